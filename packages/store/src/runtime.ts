import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type ClockSettings, districtRules, type WorkingCalendar } from '@ogi/domain';
import { DEFAULT_DISTRICT_CLAIM, DEFAULT_ROLE_CLAIM, DistrictConfig } from '@ogi/schema';
import * as z from 'zod';
import { AttachmentStore } from './attachments.js';
import { withDistrictConfigFile } from './district-config-file.js';
import { DEFAULT_CONTENTION_BUDGET_MS, documentClient } from './dynamo.js';
import { LetterFiles } from './letter-files.js';
import { RequestRepository } from './request-repository.js';
import { awsClientTracer } from './tracing.js';

/**
 * What every handler reads from its environment. The CDK stack sets these in
 * the cloud, the local stack sets them on a laptop; a missing or malformed
 * one fails at cold start, never halfway through a request.
 */
export const RuntimeEnvironment = z
  .object({
    /** The district's config as JSON, validated by `DistrictConfig`. */
    OGI_DISTRICT_CONFIG: z.string().transform((text, ctx) => {
      try {
        return DistrictConfig.parse(JSON.parse(text));
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `not a valid district config: ${String(error)}` });
        return z.NEVER;
      }
    }),
    OGI_TABLE_NAME: z.string().min(3),
    OGI_ATTACHMENTS_BUCKET: z.string().min(3),
    /** The district's bucket of published annual reports (versioned in the cloud). */
    OGI_REPORTS_BUCKET: z.string().min(3).optional(),
    /** Only for the local stack: DynamoDB Local and the S3 emulator. */
    OGI_DYNAMODB_ENDPOINT: z.url().optional(),
    OGI_S3_ENDPOINT: z.url().optional(),
    /** Where browsers reach S3 for presigned uploads, when it differs from OGI_S3_ENDPOINT. */
    OGI_S3_PUBLIC_ENDPOINT: z.url().optional(),
    /**
     * The local stack's staff sign-in: the secret its dev login signs HS256
     * tokens with (at least 32 characters), with their `iss` and `aud`. Set it
     * or OGI_STAFF_OIDC_ISSUER, never both.
     */
    OGI_STAFF_TOKEN_SECRET: z.string().min(32).optional(),
    OGI_STAFF_TOKEN_ISSUER: z.string().min(1).default('ogi'),
    OGI_STAFF_TOKEN_AUDIENCE: z.string().min(1).default('ogi-casework'),
    /**
     * Staff sign-in in the cloud: the OpenID Connect issuer whose tokens the
     * staff routes take, exactly as its tokens' `iss` says (a Cognito user
     * pool: `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`; or the
     * district's own issuer). https (http only on a loopback host, for tests).
     */
    OGI_STAFF_OIDC_ISSUER: z.url().optional(),
    /** The web app's client id at that issuer; required with the issuer. */
    OGI_STAFF_OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
    /**
     * The issuer's key set; `<issuer>/.well-known/jwks.json` (where Cognito
     * publishes it) unless set. Another issuer: the `jwks_uri` of its
     * `/.well-known/openid-configuration`, read when deploying, not at run time.
     */
    OGI_STAFF_OIDC_JWKS_URL: z.url().optional(),
    /**
     * The token the web app sends (its `/config.json` `signIn.bearer`): `id`
     * (default), checked by `aud`; or `access`, checked by `client_id`.
     */
    OGI_STAFF_OIDC_TOKEN_USE: z.enum(['id', 'access']).default('id'),
    /** The claim naming the staff role: `role` unless set; `cognito:groups` for Cognito groups. */
    OGI_STAFF_OIDC_ROLE_CLAIM: z.string().min(1).max(100).default(DEFAULT_ROLE_CLAIM),
    /**
     * The claim naming a district, for an issuer that carries one (`custom:district`):
     * a token naming another district is refused; one naming none belongs to this one.
     */
    OGI_STAFF_OIDC_DISTRICT_CLAIM: z.string().min(1).max(100).default(DEFAULT_DISTRICT_CLAIM),
    OGI_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /**
     * How long a write keeps retrying when other processes hold the item it
     * needs (the year's receipt counter), before it answers 503 with
     * Retry-After: milliseconds, 3000 unless set. Keep it well under the
     * function's timeout.
     */
    OGI_CONTENTION_BUDGET_MS: z.coerce
      .number()
      .int()
      .min(1)
      .max(20_000)
      .default(DEFAULT_CONTENTION_BUDGET_MS),
    /**
     * The web origins a browser may call the API from (CORS), comma-separated:
     * `https://ogi.example.gov.cn`. None unless set (the web app served from the
     * API's own origin needs none).
     */
    OGI_WEB_ORIGINS: z
      .string()
      .default('')
      .transform((text, ctx) => {
        const origins = text
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== '');
        for (const origin of origins) {
          const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
          if (parsed?.origin !== origin) {
            ctx.addIssue({
              code: 'custom',
              message: `not an origin (scheme://host[:port]): ${origin}`,
            });
          }
        }
        return origins;
      }),
    AWS_REGION: z.string().min(1),
    /** `false` keeps the AWS clients untraced (the local stack); in Lambda they are traced unless it says so. */
    OGI_TRACE_ENABLED: z.string().optional(),
    /** Set by Lambda: the AWS clients are traced only there. */
    AWS_EXECUTION_ENV: z.string().optional(),
    /** Set by Lambda with active tracing: its X-Ray daemon's address. */
    AWS_XRAY_DAEMON_ADDRESS: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    const issuer = env.OGI_STAFF_OIDC_ISSUER !== undefined;
    if (issuer && env.OGI_STAFF_OIDC_CLIENT_ID === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['OGI_STAFF_OIDC_CLIENT_ID'],
        message: 'required with OGI_STAFF_OIDC_ISSUER',
      });
    }
    if (!issuer && env.OGI_STAFF_OIDC_CLIENT_ID !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['OGI_STAFF_OIDC_ISSUER'],
        message: 'required with OGI_STAFF_OIDC_CLIENT_ID',
      });
    }
    if (issuer && env.OGI_STAFF_TOKEN_SECRET !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['OGI_STAFF_TOKEN_SECRET'],
        message:
          'set OGI_STAFF_OIDC_ISSUER or OGI_STAFF_TOKEN_SECRET, not both: one way for staff to sign in',
      });
    }
  });
export type RuntimeEnvironment = z.infer<typeof RuntimeEnvironment>;

/** The adapters and settings one handler needs, made once at module scope. */
export interface Runtime {
  readonly env: RuntimeEnvironment;
  readonly district: DistrictConfig;
  readonly calendar: WorkingCalendar;
  readonly clockSettings: ClockSettings;
  readonly requests: RequestRepository;
  /**
   * The document client of the district's table, for adapters only some apps
   * need (`LedgerStore`, `ReportStore`): made by those apps, so that the
   * other handlers' bundles hold none of them.
   */
  readonly dynamo: DynamoDBDocumentClient;
  /** A new S3 client, its SDK loaded on first use: for `ReportDocuments` and the like. */
  readonly s3: () => Promise<S3Client>;
  readonly attachments: AttachmentStore;
  /** The issued letters' DOCX files, in the attachments bucket. */
  readonly letterFiles: LetterFiles;
  /** How staff tokens are checked: what `districtStaffAuth` of `@ogi/http` takes. */
  readonly staffTokens: StaffTokenSettings;
}

/** The staff sign-in an environment configures: a shared secret, or an OIDC issuer. */
export interface StaffTokenSettings {
  /** The HS256 secret of the local stack's dev login; absent with an issuer. */
  readonly secret: string | undefined;
  readonly issuer: string;
  readonly audience: string;
  /** The OIDC issuer the staff routes trust instead, when one is configured. */
  readonly oidc?: {
    readonly issuer: string;
    readonly clientId: string;
    readonly jwksUrl?: string;
    readonly tokenUse: 'id' | 'access';
    readonly roleClaim: string;
    readonly districtClaim: string;
  };
}

/** The staff sign-in settings of a parsed environment. */
export function staffTokenSettings(env: RuntimeEnvironment): StaffTokenSettings {
  const clientId = env.OGI_STAFF_OIDC_CLIENT_ID;
  return {
    secret: env.OGI_STAFF_TOKEN_SECRET,
    issuer: env.OGI_STAFF_TOKEN_ISSUER,
    audience: env.OGI_STAFF_TOKEN_AUDIENCE,
    ...(env.OGI_STAFF_OIDC_ISSUER && clientId
      ? {
          oidc: {
            issuer: env.OGI_STAFF_OIDC_ISSUER,
            clientId,
            ...(env.OGI_STAFF_OIDC_JWKS_URL ? { jwksUrl: env.OGI_STAFF_OIDC_JWKS_URL } : {}),
            tokenUse: env.OGI_STAFF_OIDC_TOKEN_USE,
            roleClaim: env.OGI_STAFF_OIDC_ROLE_CLAIM,
            districtClaim: env.OGI_STAFF_OIDC_DISTRICT_CLAIM,
          },
        }
      : {}),
  };
}

/**
 * Builds the runtime from an environment (pass `process.env` from the app's
 * config module, and await it at module scope). The district's config is
 * `OGI_DISTRICT_CONFIG`, or the file `OGI_DISTRICT_CONFIG_FILE` names (the
 * cloud's). Throws with every missing variable named. In Lambda, unless
 * `OGI_TRACE_ENABLED` is `false`, every call of the DynamoDB and S3 clients
 * is an X-Ray subsegment of the invocation's trace (`awsClientTracer`).
 *
 * @example export const runtime = await createRuntime(process.env);
 */
export async function createRuntime(
  environment: Record<string, string | undefined>,
): Promise<Runtime> {
  const parsed = RuntimeEnvironment.safeParse(withDistrictConfigFile(environment));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`invalid handler environment: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const district = env.OGI_DISTRICT_CONFIG;
  // The environment itself, not its parsed copy: the invocation's trace is read from it on each call.
  const traced = awsClientTracer(environment, env.AWS_REGION);
  const dynamo = traced(
    new DynamoDBClient({
      region: env.AWS_REGION,
      ...(env.OGI_DYNAMODB_ENDPOINT ? { endpoint: env.OGI_DYNAMODB_ENDPOINT } : {}),
    }),
  );
  // Made on first use: the S3 SDK adds some 80 ms to a cold start that most routes never need.
  const s3 = async () => {
    const { S3Client } = await import('@aws-sdk/client-s3');
    return traced(
      new S3Client({
        region: env.AWS_REGION,
        ...(env.OGI_S3_ENDPOINT ? { endpoint: env.OGI_S3_ENDPOINT, forcePathStyle: true } : {}),
        // Presigned uploads must not carry a checksum of an empty body (real S3 rejects the file).
        requestChecksumCalculation: 'WHEN_REQUIRED',
      }),
    );
  };
  const client = documentClient(dynamo);
  const rules = districtRules(district);
  return {
    env,
    district,
    calendar: rules.calendar,
    clockSettings: rules.settings,
    requests: new RequestRepository({
      client,
      tableName: env.OGI_TABLE_NAME,
      contentionBudgetMs: env.OGI_CONTENTION_BUDGET_MS,
    }),
    dynamo: client,
    s3,
    attachments: new AttachmentStore({
      s3,
      bucket: env.OGI_ATTACHMENTS_BUCKET,
      dynamo: client,
      tableName: env.OGI_TABLE_NAME,
    }),
    letterFiles: new LetterFiles({ s3, bucket: env.OGI_ATTACHMENTS_BUCKET }),
    staffTokens: staffTokenSettings(env),
  };
}
