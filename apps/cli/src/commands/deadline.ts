import {
  applyEvent,
  computeClock,
  IllegalTransitionError,
  initialState,
  type LifecycleContext,
} from '@ogi/domain';
import { ClockQuery, fieldErrorsOrData, type LifecycleEvent } from '@ogi/schema';
import { loadDistrict, todayIn } from '../districts.js';
import { UsageError } from '../errors.js';
import { parseJson, printJson, readStdin } from '../io.js';

/** `ogi deadline`: one ClockQuery on stdin, the request's clock on stdout. */
export async function deadlineCommand(): Promise<void> {
  const parsed = fieldErrorsOrData(ClockQuery, parseJson(await readStdin(), 'stdin'));
  if (!parsed.ok) throw new UsageError('invalid input', parsed.errors);
  const query = parsed.data;
  const district = loadDistrict(query.district);
  const { settings } = district;
  checkLifecycle(query.events, { calendar: district.calendar, settings });
  const clock = computeClock({
    calendar: district.calendar,
    events: query.events,
    settings,
    asOf: query.asOf ?? todayIn(district.timeZone),
  });
  printJson({ district: district.config?.id ?? null, ...clock });
}

/** Refuses a history the law does not allow, naming the first event that breaks a rule. */
function checkLifecycle(events: readonly LifecycleEvent[], context: LifecycleContext): void {
  events.reduce((state, event, index) => {
    try {
      return applyEvent(state, event, context);
    } catch (error) {
      if (!(error instanceof IllegalTransitionError)) throw error;
      throw new UsageError('this history breaks a rule of the 条例', [
        { path: `events.${index}`, zh: error.zh, en: error.en },
      ]);
    }
  }, initialState());
}
