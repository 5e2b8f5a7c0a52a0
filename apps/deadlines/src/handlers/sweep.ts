import { randomUUID } from 'node:crypto';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger, runtime, sweep } from '../config.js';
import { runSweep } from '../sweep/run-sweep.js';
import { sweepDay } from '../sweep/schedule-event.js';
import type { SweepSummary } from '../sweep/summary.js';

/**
 * The deadline tracker's scheduled handler: EventBridge Scheduler invokes it
 * every working morning; its input may name the day (`{ "date": … }`). One
 * sweep, whose summary it returns and logs.
 */
export const handler = middy<unknown, SweepSummary, Error, Context>()
  .handler(async (event: unknown, context: Context) => {
    const now = new Date();
    const asOf = sweepDay(event, runtime.district.timeZone, now);
    return runSweep(sweep, {
      asOf,
      runId: context.awsRequestId || randomUUID(),
      now,
    });
  })
  .use({
    before: (request) => {
      logger.addContext(request.context);
    },
    onError: (request) => {
      logger.error('deadline sweep failed', { error: request.error?.name ?? 'unknown' });
    },
  });
