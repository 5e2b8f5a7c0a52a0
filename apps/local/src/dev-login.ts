import { issueStaffToken, type StaffRole } from '@ogi/http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';

const Login = z.strictObject({
  sub: z.string().trim().min(1).max(64).default('dev-clerk'),
  name: z.string().trim().min(1).max(50).default('本地测试人员'),
  role: z.enum(['clerk', 'head', 'office']).default('clerk'),
});

export interface DevLoginOptions {
  readonly secret: string;
  readonly issuer: string;
  readonly audience: string;
  readonly district: string;
}

/**
 * `POST /api/dev/login` of the local stack only: issues a staff token for any
 * name and role, so the casework API can be tried without an identity
 * provider. Never deployed.
 */
export function devLogin(options: DevLoginOptions) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    let body: unknown = {};
    try {
      body = event.body ? JSON.parse(event.body) : {};
    } catch {
      return json(400, { error: 'invalid-json', message: '请求内容不是有效的JSON' });
    }
    const parsed = Login.safeParse(body);
    if (!parsed.success) {
      return json(400, {
        error: 'invalid-login',
        message: 'sub, name and role (clerk | head | office)',
      });
    }
    const claims = {
      ...parsed.data,
      role: parsed.data.role as StaffRole,
      district: options.district,
    };
    const token = await issueStaffToken(claims, options);
    return json(200, { token, claims });
  };
}

function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}
