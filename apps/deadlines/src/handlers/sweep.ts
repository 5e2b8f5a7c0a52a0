import { randomUUID } from 'node:crypto';
import middy from '@middy/core';
import { METRIC } from '@ogi/http';
import type { Context } from 'aws-lambda';
import { logger, metrics, runtime, sweep } from '../config.js';
import { countSweep } from '../sweep/metrics.js';
import { runSweep } from '../sweep/run-sweep.js';
import { isRestMorning, sweepDay } from '../sweep/schedule-event.js';
import { restDaySummary, type SweepSummary } from '../sweep/summary.js';

/**
 * The deadline tracker's scheduled handler: EventBridge Scheduler invokes it
 * every morning and it sweeps on working days (make-up weekend days
 * included); its input may name the day (`{ "date": … }`), which is swept
 * whatever it is. One sweep, whose summary it returns and logs.
 */
export const handler = middy<unknown, SweepSummary, Error, Context>()
  .handler(async (event: unknown, context: Context) => {
    const now = new Date();
    const asOf = sweepDay(event, runtime.district.timeZone, now);
    if (isRestMorning(event, asOf, runtime.calendar)) {
      logger.info('rest day: no sweep', { asOf });
      return restDaySummary(runtime.district.id, asOf, context.awsRequestId || randomUUID());
    }
    const summary = await runSweep(sweep, {
      asOf,
      runId: context.awsRequestId || randomUUID(),
      now,
    });
    countSweep(metrics, summary);
    return summary;
  })
  .use({
    before: (request) => {
      logger.addContext(request.context);
    },
    after: () => {
      metrics.flush();
    },
    onError: (request) => {
      // The error itself: the logger redacts it and maps its stack to the sources.
      logger.error('deadline sweep failed', { error: request.error ?? 'unknown' });
      metrics.count(METRIC.sweepFailure);
      metrics.flush();
    },
  });
