import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { nagFindingsOf } from './support/nag.js';
import { shipped, stackOf } from './support/stacks.js';

const ids = shipped.map((district) => district.id);

interface Acknowledged {
  readonly path: string;
  readonly rule: string;
  readonly reason: string;
}

function acknowledgements(scope: IConstruct): Acknowledged[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({
          path: construct.node.path,
          rule,
          reason,
        })),
      ),
  );
}

describe('cdk-nag: the AwsSolutions and Serverless packs', () => {
  it.each(ids)('report no unacknowledged finding on %s', (id) => {
    // Act
    const findings = nagFindingsOf(stackOf(id));

    // Assess
    expect(findings).toEqual([]);
  });

  it.each(ids)('acknowledge on %s only below the stack, each rule with a reason', (id) => {
    // Act
    const acknowledged = acknowledgements(stackOf(id));

    // Assess
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, reason } of acknowledged) {
      expect(path).not.toBe(Stack.of(stackOf(id)).node.path);
      expect(reason.length).toBeGreaterThan(40);
    }
  });

  it('acknowledges no wildcard action, and object wildcards only by their key prefix', () => {
    // Act
    const rules = ids.flatMap((id) => acknowledgements(stackOf(id)).map(({ rule }) => rule));

    // Assess
    const wildcards = rules.filter((rule) => rule.startsWith('AwsSolutions-IAM5'));
    for (const rule of wildcards) {
      expect(rule).toMatch(/^AwsSolutions-IAM5\[Resource::(\*|<\w+\.Arn>\/[a-z-]+\/\*)\]$/);
    }
  });
});
