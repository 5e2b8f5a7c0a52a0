import { createLogger, districtStaffAuth } from '@ogi/http';
import { createRuntime } from '@ogi/store';

/** Made once per cold start: a missing variable fails here, not in a request. */
export const runtime = createRuntime(process.env);
export const logger = createLogger({ service: 'casework', level: runtime.env.OGI_LOG_LEVEL });
export const lifecycle = { calendar: runtime.calendar, settings: runtime.clockSettings };

/** Staff routes: a bearer token of this district's staff. */
export const staffAuth = districtStaffAuth({
  app: 'casework',
  secret: runtime.env.OGI_STAFF_TOKEN_SECRET,
  issuer: runtime.env.OGI_STAFF_TOKEN_ISSUER,
  audience: runtime.env.OGI_STAFF_TOKEN_AUDIENCE,
  district: runtime.district.id,
});
