import { createLogger, httpApi, issueStaffToken, json, parseBody } from '@ogi/http';
import { StaffRole } from '@ogi/schema';
import * as z from 'zod';

/** The login's body; an empty one signs in the default clerk. */
const Login = z
  .strictObject({
    sub: z.string().trim().min(1).max(64).default('dev-clerk'),
    name: z.string().trim().min(1).max(50).default('本地测试人员'),
    role: StaffRole.default('clerk'),
  })
  .prefault({});

export interface DevLoginOptions {
  readonly secret: string;
  readonly issuer: string;
  readonly audience: string;
  readonly district: string;
  readonly webOrigins?: readonly string[];
  readonly logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

/**
 * `POST /api/dev/login` of the local stack only: issues a staff token for any
 * name and role, so the casework API can be tried without an identity
 * provider. Never deployed. It runs in the same middleware chain as every
 * route (headers, JSON parsing, field errors).
 */
export function devLogin(options: DevLoginOptions) {
  const logger = createLogger({ service: 'dev-login', level: options.logLevel ?? 'info' });
  return httpApi(
    async (event) => {
      const login = parseBody(Login, event);
      const claims = { ...login, district: options.district };
      const token = await issueStaffToken(claims, options);
      return json(200, { token, claims });
    },
    { logger, webOrigins: options.webOrigins ?? [] },
  );
}
