/**
 * A layer of the bundle benchmark: `createRuntime` plus the Powertools Logger
 * and Metrics every app makes in its config module.
 */
import { createLogger, createMetrics } from '@ogi/http';
import { createRuntime } from '@ogi/store';

const runtime = await createRuntime(process.env);
const logger = createLogger({ service: 'bench', level: runtime.env.OGI_LOG_LEVEL });
const metrics = createMetrics({ service: 'bench', district: runtime.district.id });

export async function handler(): Promise<unknown> {
  logger.debug('layer');
  metrics.flush();
  return runtime.district.id;
}
