import { createLogger, createMetrics, districtStaffAuth } from '@ogi/http';
import { createRuntime } from '@ogi/store';

/** Made once per cold start: a missing variable fails here, not in a request. */
export const runtime = await createRuntime(process.env);
export const logger = createLogger({ service: 'casework', level: runtime.env.OGI_LOG_LEVEL });
export const metrics = createMetrics({ service: 'casework', district: runtime.district.id });
/** What every route of this app shares: its logger, its metrics, and the web origins CORS allows. */
export const api = { logger, metrics, webOrigins: runtime.env.OGI_WEB_ORIGINS };
export const lifecycle = { calendar: runtime.calendar, settings: runtime.clockSettings };

/** Staff routes: a bearer token of this district's staff, from its OIDC issuer or the dev login. */
export const staffAuth = districtStaffAuth({
  app: 'casework',
  district: runtime.district.id,
  ...runtime.staffTokens,
});
