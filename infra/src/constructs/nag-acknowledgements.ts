import { Stack, Validations } from 'aws-cdk-lib';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag's AwsSolutions and Serverless packs run on every synth
 * (`buildApp`); what they flag on purpose is acknowledged here, each on the
 * narrowest construct that carries it, with the reason.
 */
export const NAG_REASONS = {
  runtime:
    'ogi runs on nodejs22.x, the runtime issue 12 names and its bundles, benchmarks and tests target; raise it together with them',
  noTracingInChina:
    'AWS China does not offer the X-Ray integration with Lambda (Getting Started with AWS in China, Lambda): a traced function cannot be deployed there',
  xray: 'X-Ray PutTraceSegments and PutTelemetryRecords have no resource-level permissions: AWS documents Resource "*" for them',
  objectPrefix:
    'object keys are made per request (requests/<id>/…, letters/<id>/…): the key prefix of one file area is the narrowest resource IAM can name',
  syncInvocation:
    'API Gateway invokes this function synchronously: a failure is answered to the caller, there is no event for a dead-letter queue to keep',
} as const;

/** The finding id cdk-nag gives a wildcard object ARN, e.g. `<AttachmentsBucket.Arn>/letters/*`. */
function wildcardResourceIds(scope: IConstruct, statement: PolicyStatement): string[] {
  const stack = Stack.of(scope);
  return statement.resources.flatMap((resource) => {
    const resolved: unknown = stack.resolve(resource);
    const join = (resolved as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    const [head, tail] = join?.[1] ?? [];
    const getAtt = (head as { 'Fn::GetAtt'?: [string, string] } | undefined)?.['Fn::GetAtt'];
    if (!getAtt || typeof tail !== 'string' || !tail.includes('*')) return [];
    return [`<${getAtt[0]}.${getAtt[1]}>${tail}`];
  });
}

/** Acknowledges the object-prefix wildcards of `statements` on the role that holds them. */
export function acknowledgeObjectPrefixes(
  role: IConstruct,
  statements: readonly PolicyStatement[],
): void {
  const ids = new Set(statements.flatMap((statement) => wildcardResourceIds(role, statement)));
  for (const id of ids) {
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${id}]`,
      reason: NAG_REASONS.objectPrefix,
    });
  }
}
