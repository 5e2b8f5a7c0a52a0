import type { Template } from 'aws-cdk-lib/assertions';
import type { DistrictStack } from '../../src/index.js';
import { shipped, stackOf, templateOf } from './stacks.js';

/** A shipped district's stack and its synthesised template. */
export interface SynthesisedDistrict {
  readonly stack: DistrictStack;
  readonly template: Template;
}

/** Every shipped district's stack and template, from the app `stacks.ts` builds once. */
export function shippedDistricts(): Map<string, SynthesisedDistrict> {
  return new Map(
    shipped.map(({ id }) => [id, { stack: stackOf(id), template: templateOf(id) }] as const),
  );
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
