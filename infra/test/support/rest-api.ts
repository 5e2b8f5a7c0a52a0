import type { Template } from 'aws-cdk-lib/assertions';

type Json = Record<string, unknown>;

/** One method of the template's REST API, with the path its resources spell. */
export interface TemplateMethod {
  readonly httpMethod: string;
  /** The resource path under the stage, e.g. `/requests/{receiptNo}`. */
  readonly path: string;
  readonly properties: Json;
}

function refOf(value: unknown): string | undefined {
  const ref = (value as { Ref?: unknown } | undefined)?.Ref;
  return typeof ref === 'string' ? ref : undefined;
}

/** Every `AWS::ApiGateway::Method` of the template with its resource path. */
export function restApiMethods(template: Template): TemplateMethod[] {
  const resources = template.findResources('AWS::ApiGateway::Resource') as Record<
    string,
    { Properties: { PathPart: string; ParentId: unknown } }
  >;
  const pathOf = (resourceId: unknown): string => {
    const ref = refOf(resourceId);
    const resource = ref === undefined ? undefined : resources[ref];
    if (!resource) return ''; // the API's root resource
    return `${pathOf(resource.Properties.ParentId)}/${resource.Properties.PathPart}`;
  };
  const methods = template.findResources('AWS::ApiGateway::Method') as Record<
    string,
    { Properties: Json & { HttpMethod: string; ResourceId: unknown } }
  >;
  return Object.values(methods).map(({ Properties }) => ({
    httpMethod: Properties.HttpMethod,
    path: pathOf(Properties.ResourceId) || '/',
    properties: Properties,
  }));
}
