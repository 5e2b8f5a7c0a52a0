import { districtIds, loadDistrictConfig } from '@ogi/districts';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, DistrictStack } from '../../src/index.js';

/** A shipped district's stack and its synthesised template. */
export interface SynthesisedDistrict {
  readonly stack: DistrictStack;
  readonly template: Template;
}

/**
 * Every shipped district's stack, built as `pnpm synth` builds them but
 * without bundling the handlers: nothing checked here reads a bundle, and
 * esbuild would take most of the test's time.
 */
export function shippedDistricts(): Map<string, SynthesisedDistrict> {
  const before = process.env.CDK_CONTEXT_JSON;
  process.env.CDK_CONTEXT_JSON = JSON.stringify({ 'aws:cdk:bundling-stacks': [] });
  try {
    const app = buildApp(districtIds().map((id) => loadDistrictConfig(id)));
    const stacks = app.node.children.filter((child) => child instanceof DistrictStack);
    return new Map(
      stacks.map((stack) => [stack.district.id, { stack, template: Template.fromStack(stack) }]),
    );
  } finally {
    if (before === undefined) delete process.env.CDK_CONTEXT_JSON;
    else process.env.CDK_CONTEXT_JSON = before;
  }
}

/** The district's stack and template, or an error naming the district. */
export function districtOf(
  districts: Map<string, SynthesisedDistrict>,
  id: string,
): SynthesisedDistrict {
  const found = districts.get(id);
  if (!found) throw new Error(`no shipped district ${id}`);
  return found;
}
