import { describe, expect, it } from 'vitest';
import {
  type CfnStatement,
  referencedIds,
  resourcesOf,
  shipped,
  stackOf,
  templateOf,
} from './support/stacks.js';

const statementsOfStack = (id: string) =>
  Object.values(resourcesOf(templateOf(id), 'AWS::IAM::Policy')).flatMap(
    (policy) => (policy.Properties.PolicyDocument as { Statement: CfnStatement[] }).Statement,
  );

describe('District isolation: roles name only their own district’s resources', () => {
  const ids = shipped.map((district) => district.id);

  it.each(ids)('refers in %s’s policies only to resources of its own template', (id) => {
    // Prepare
    const resources = Object.keys(templateOf(id).toJSON().Resources as object);

    // Act
    const referenced = statementsOfStack(id).flatMap((statement) =>
      referencedIds(statement.Resource).filter((ref) => !ref.startsWith('AWS::')),
    );

    // Assess
    expect(referenced.length).toBeGreaterThan(0);
    for (const ref of referenced) expect(resources).toContain(ref);
  });

  it.each(ids)('writes no literal partition, import or other region into %s’s policies', (id) => {
    // Prepare
    const others = shipped
      .filter((district) => district.id !== id)
      .flatMap((district) => [district.id, district.deployment?.region ?? '']);

    // Act
    const text = JSON.stringify(statementsOfStack(id));

    // Assess
    // An ARN is built from the stack's partition (`arn:` + `AWS::Partition`), never written out.
    expect(text).not.toMatch(/arn:aws/);
    expect(text).not.toContain('Fn::ImportValue');
    for (const other of others) expect(text).not.toContain(other);
  });

  it.each(ids)('grants a wildcard resource in %s to X-Ray alone, which takes no other', (id) => {
    // Act
    const wildcards = statementsOfStack(id).filter((statement) => statement.Resource === '*');

    // Assess
    for (const statement of wildcards) {
      expect(statement.Action).toEqual(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']);
    }
  });

  it('cross-checks the two districts: each role set names its own key, in its own region', () => {
    // Prepare
    const [first, second] = ids;
    if (!first || !second) throw new Error('two districts are shipped');
    const viaRegions = (id: string) =>
      new Set(
        [
          ...JSON.stringify(statementsOfStack(id)).matchAll(
            /"(?:dynamodb|s3|sqs|secretsmanager)\.([a-z0-9-]+)\./g,
          ),
        ].map((match) => match[1]),
      );

    // Assess
    expect([...viaRegions(first)]).toEqual([stackOf(first).region]);
    expect([...viaRegions(second)]).toEqual([stackOf(second).region]);
    expect(stackOf(first).region).not.toBe(stackOf(second).region);
  });
});

describe('The China district (aws-cn)', () => {
  const china = shipped.find((district) => district.deployment?.region.startsWith('cn-'));
  if (!china) throw new Error('a district in an AWS China region is shipped');
  const template = templateOf(china.id);
  const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map(
    (resource) => resource.Type,
  );

  it('has no SES and no Cognito resource', () => {
    // Assess
    expect(types.filter((type) => /^AWS::(SES|Cognito)::/.test(type))).toEqual([]);
  });

  it('writes no arn:aws: anywhere in its template: every ARN takes the stack’s partition', () => {
    // Assess
    expect(JSON.stringify(template.toJSON())).not.toContain('arn:aws:');
  });
});
