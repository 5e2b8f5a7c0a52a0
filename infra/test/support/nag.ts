import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { DistrictStack } from '../../src/index.js';

/** One resource a cdk-nag rule reports, not acknowledged. */
export interface NagFinding {
  readonly rule: string;
  /** The construct path of the resource, e.g. `ogi-dachang/Api/...`. */
  readonly path: string;
}

const findings = new Map<DistrictStack, NagFinding[]>();

/**
 * What the AwsSolutions and Serverless packs report on a stack, the packs run
 * once per stack for every test file (the files share one process).
 */
export function nagFindingsOf(stack: DistrictStack): NagFinding[] {
  let found = findings.get(stack);
  if (!found) {
    found = [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
      pack.validateScope(stack).violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => ({
          rule: violation.ruleName,
          path: resource.constructPath ?? '',
        })),
      ),
    );
    findings.set(stack, found);
  }
  return found;
}

/** `rule path` of each finding on the stacks whose construct path matches. */
export function nagFindingsUnder(stacks: Iterable<DistrictStack>, path: RegExp): string[] {
  return [...stacks]
    .flatMap(nagFindingsOf)
    .filter((finding) => path.test(finding.path))
    .map(({ rule, path }) => `${rule} ${path}`);
}
