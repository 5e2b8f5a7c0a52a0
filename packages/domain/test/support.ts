import { LifecycleEvent, type LifecycleEventInput } from '@ogi/schema';
import type { ClockSettings } from '../src/index.js';
import { computeClock, WorkingCalendar } from '../src/index.js';

export const calendar = new WorkingCalendar();

/** Parses events through the shared schema, as every entry point does. */
export function events(...inputs: LifecycleEventInput[]): LifecycleEvent[] {
  return inputs.map((input) => LifecycleEvent.parse(input));
}

export function clockOf(
  inputs: LifecycleEventInput[],
  options: { asOf?: string; settings?: Partial<ClockSettings> } = {},
) {
  return computeClock({ calendar, events: events(...inputs), ...options });
}

export const receivedInPerson = (on: string): LifecycleEventInput => ({
  type: 'received',
  on,
  channel: 'in-person',
});
