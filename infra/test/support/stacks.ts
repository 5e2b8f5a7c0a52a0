import { districtIds, loadDistrictConfig } from '@ogi/districts';
import type { DistrictConfig } from '@ogi/schema';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, DistrictStack } from '../../src/index.js';

/** A CloudFormation resource as a template holds it. */
export interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DependsOn?: unknown;
}

/** An IAM policy statement as a template holds it. */
export interface CfnStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** The districts shipped in `infra/districts`, each validated. */
export const shipped: DistrictConfig[] = districtIds().map((id) => loadDistrictConfig(id));

let app: App | undefined;
const templates = new Map<string, Template>();

/** The stacks of the shipped districts, built once for every test file. */
export function stacks(): DistrictStack[] {
  app ??= buildApp(shipped);
  return app.node.children.filter((child) => child instanceof DistrictStack);
}

export function stackOf(id: string): DistrictStack {
  const stack = stacks().find((candidate) => candidate.district.id === id);
  if (!stack) throw new Error(`no stack for ${id}`);
  return stack;
}

export function templateOf(id: string): Template {
  let template = templates.get(id);
  if (!template) {
    template = Template.fromStack(stackOf(id));
    templates.set(id, template);
  }
  return template;
}

export function resourcesOf(template: Template, type: string): Record<string, CfnResource> {
  return template.findResources(type) as Record<string, CfnResource>;
}

/**
 * The functions that run ogi's handlers: every `AWS::Lambda::Function` but
 * CDK's own deployment function of the web app (`Custom::CDKBucketDeployment…`),
 * which runs only while a stack deploys.
 */
export function handlerFunctionsOf(template: Template): Record<string, CfnResource> {
  return Object.fromEntries(
    Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).filter(
      ([id]) => !id.startsWith('CustomCDKBucketDeployment'),
    ),
  );
}

/** One resource of a type by its logical id; throws naming it when there is none. */
export function resourceOf(template: Template, type: string, id: string): CfnResource {
  const resource = resourcesOf(template, type)[id];
  if (!resource) throw new Error(`no ${type} ${id}`);
  return resource;
}

/** The logical id of the function of a route (`POST /api/requests`) or of `tracker`. */
export function functionIdOf(districtId: string, key: string): string {
  const stack = stackOf(districtId);
  const handlers = stack.handlers;
  const fn =
    key === 'tracker'
      ? handlers.tracker
      : handlers.routes.find(({ route }) => `${route.method} ${route.path}` === key)?.fn;
  if (!fn) throw new Error(`no function for ${key}`);
  return stack.getLogicalId(fn.node.defaultChild as import('aws-cdk-lib').CfnElement);
}

/** The statements of the role a function runs as, as the template holds them. */
export function statementsOf(template: Template, functionId: string): CfnStatement[] {
  const fn = resourceOf(template, 'AWS::Lambda::Function', functionId);
  const roleArn = fn.Properties.Role as { 'Fn::GetAtt': [string, string] } | undefined;
  const roleId = roleArn?.['Fn::GetAtt'][0];
  if (!roleId) throw new Error(`function ${functionId} has no role of the stack`);
  return Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((policy) =>
      (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId),
    )
    .flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: CfnStatement[] }).Statement,
    );
}

/** Every action of some statements, flattened. */
export function actionsOf(statements: readonly CfnStatement[]): string[] {
  return statements.flatMap((statement) =>
    Array.isArray(statement.Action) ? statement.Action : [statement.Action],
  );
}

/** The logical ids an expression refers to (`Ref`, `Fn::GetAtt`), anywhere inside it. */
export function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if (typeof object.Ref === 'string') return [object.Ref];
  const getAtt = object['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return [getAtt[0]];
  return Object.values(object).flatMap(referencedIds);
}
