import { createLogger } from '@ogi/http';
import { createRuntime } from '@ogi/store';

/** Made once per cold start: a missing variable fails here, not in a request. */
export const runtime = createRuntime(process.env);
export const logger = createLogger({ service: 'intake', level: runtime.env.OGI_LOG_LEVEL });
export const lifecycle = { calendar: runtime.calendar, settings: runtime.clockSettings };
