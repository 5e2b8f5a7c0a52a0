import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { reportRoutes } from '@ogi/annual-report';
import { caseworkRoutes } from '@ogi/casework';
import { deadlinesHandler, type SweepSummary } from '@ogi/deadlines';
import { loadDistrictConfig } from '@ogi/districts';
import {
  assertPortFree,
  type Emulators,
  localFolder,
  removeStackFile,
  startEmulators,
  writeStackFile,
} from '@ogi/emulators';
import { intakeRoutes } from '@ogi/intake';
import type { DistrictConfig } from '@ogi/schema';
import { createTableIfMissing } from '@ogi/store';
import { lambdaContext } from './api-gateway.js';
import { devLogin } from './dev-login.js';
import { everyMorningAt } from './morning-timer.js';
import type { LambdaHandler, Route } from './routes.js';
import { createLocalServer } from './server.js';
import { builtWebRoot, webConfigOf } from './web-app.js';

export interface LocalStackOptions {
  /** HTTP port of the API; 0 picks a free one. Default 3000. */
  readonly port?: number;
  /** Where DynamoDB and S3 keep their data; default `.local/data` (kept across restarts). */
  readonly dataDir?: string;
  /** A district id of `@ogi/districts` (infra/districts); default `dachang`. */
  readonly district?: string;
  /** Print one line per HTTP request. */
  readonly accessLog?: boolean;
  /** The handlers' log level; default info. */
  readonly logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Let the handlers write their metrics (CloudWatch EMF lines on stdout); default off. */
  readonly metrics?: boolean;
  /**
   * Web origins a browser may call the API from (CORS), e.g. a web app's dev
   * server; default none (pages served by the stack itself need none).
   */
  readonly webOrigins?: readonly string[];
  /**
   * Run the deadline tracker's sweep once started and every morning at 08:00
   * in the district's time zone while up (`pnpm start` does); default off,
   * so that tests sweep when they choose (`LocalStack.sweep`).
   */
  readonly deadlineSweeps?: boolean;
  /** Where the sweeps' results go, one JSON line each; default nowhere. */
  readonly onSweep?: (summary: SweepSummary | { error: string }) => void;
  /**
   * The built web app served at `/` (Vite's output folder); default the
   * build of `@ogi/web`; `null` serves none.
   */
  readonly webRoot?: string | null;
  /**
   * Staff sign in with this OpenID Connect issuer, as in the cloud, instead
   * of the dev login: `/config.json` names it, the handlers verify its
   * tokens by its key set (`OGI_STAFF_OIDC_*`), and `POST /api/dev/login`
   * is not served. Default none: the dev login.
   */
  readonly oidc?: LocalOidc;
}

/** The OIDC issuer a local stack trusts for staff, and how its tokens name roles. */
export interface LocalOidc {
  readonly issuer: string;
  readonly clientId: string;
  /** `<issuer>/.well-known/jwks.json` unless set. */
  readonly jwksUrl?: string;
  /** `role` unless set; `cognito:groups` for a Cognito-like issuer. */
  readonly roleClaim?: string;
}

export interface LocalStack {
  readonly url: string;
  readonly port: number;
  readonly district: DistrictConfig;
  readonly tableName: string;
  readonly bucket: string;
  /** The published annual reports' bucket. */
  readonly reportsBucket: string;
  readonly emulators: Emulators;
  /** The secret the dev login signs staff tokens with. */
  readonly tokenSecret: string;
  /** aws-ses-v2-local's web page, where the tracker's mails can be read (its JSON at `/store`). */
  readonly mailbox: string;
  /** Runs one deadline sweep through the tracker's handler, as of `date` or today. */
  sweep(date?: string): Promise<SweepSummary>;
  stop(): Promise<void>;
}

/** Everything a handler of this stack reads from its environment, as in the cloud. */
export function handlerEnvironment(stack: {
  district: DistrictConfig;
  tableName: string;
  bucket: string;
  reportsBucket: string;
  emulators: Emulators;
  tokenSecret: string;
  oidc?: LocalOidc | undefined;
}): Record<string, string> {
  return {
    ...staffSignInEnvironment(stack.tokenSecret, stack.oidc),
    OGI_DISTRICT_CONFIG: JSON.stringify(stack.district),
    OGI_TABLE_NAME: stack.tableName,
    OGI_ATTACHMENTS_BUCKET: stack.bucket,
    OGI_REPORTS_BUCKET: stack.reportsBucket,
    OGI_DYNAMODB_ENDPOINT: stack.emulators.dynamodb.endpoint,
    OGI_S3_ENDPOINT: stack.emulators.s3.endpoint,
    OGI_SES_ENDPOINT: stack.emulators.ses.endpoint,
    AWS_REGION: stack.emulators.dynamodb.clientConfig.region,
    // As Lambda says of a container it started for a request: the logs' cold_start.
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    // No EMF lines locally: CloudWatch is not there to read them (startLocalStack's `metrics`).
    POWERTOOLS_METRICS_DISABLED: 'true',
    // Nor X-Ray subsegments: there is no daemon to take them.
    OGI_TRACE_ENABLED: 'false',
    // The S3 emulator checks signatures against its own key pair; DynamoDB Local accepts any.
    AWS_ACCESS_KEY_ID: stack.emulators.s3.clientConfig.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: stack.emulators.s3.clientConfig.credentials.secretAccessKey,
  };
}

/** The dev login's shared secret, or the OIDC issuer staff sign in with: never both. */
function staffSignInEnvironment(
  tokenSecret: string,
  oidc: LocalOidc | undefined,
): Record<string, string> {
  if (oidc === undefined) {
    return {
      OGI_STAFF_TOKEN_SECRET: tokenSecret,
      OGI_STAFF_TOKEN_ISSUER: 'ogi-local',
      OGI_STAFF_TOKEN_AUDIENCE: 'ogi-casework',
    };
  }
  return {
    OGI_STAFF_OIDC_ISSUER: oidc.issuer,
    OGI_STAFF_OIDC_CLIENT_ID: oidc.clientId,
    ...(oidc.jwksUrl ? { OGI_STAFF_OIDC_JWKS_URL: oidc.jwksUrl } : {}),
    ...(oidc.roleClaim ? { OGI_STAFF_OIDC_ROLE_CLAIM: oidc.roleClaim } : {}),
  };
}

/**
 * Set once the handlers have read their environment. Like Lambdas, they read
 * it once, at import, and a module is imported once per process: a second
 * stack in the same process would send its requests to the first stack's
 * emulators.
 */
let handlersBound = false;

/**
 * The whole backend on one machine: DynamoDB Local, the S3 and SES
 * emulators, the district's table and bucket, and every Lambda handler behind
 * one HTTP server that speaks API Gateway v2 to them. No AWS account needed.
 * One stack per process (start another in a child process: `src/main.ts`).
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  if (handlersBound) {
    throw new Error(
      'a local stack was already started in this process: its handlers keep the environment they read at import, so start another stack in a child process (node --import tsx apps/local/src/main.ts)',
    );
  }
  const port = options.port ?? 3000;
  if (port !== 0) await assertPortFree(port, 'the local API');
  const district = loadDistrictConfig(options.district ?? 'dachang');
  const dataDir = options.dataDir ?? localFolder('data');
  mkdirSync(dataDir, { recursive: true });
  const tableName = `ogi-${district.id}`;
  const bucket = `ogi-${district.id}-attachments`;
  const reportsBucket = `ogi-${district.id}-reports`;
  const emulators = await startEmulators({ dataDir, buckets: [bucket, reportsBucket] });
  try {
    const dynamo = new DynamoDBClient(emulators.dynamodb.clientConfig);
    await createTableIfMissing(dynamo, tableName);
    dynamo.destroy();

    const tokenSecret = persistentSecret(dataDir);
    handlersBound = true;
    Object.assign(
      process.env,
      handlerEnvironment({
        district,
        tableName,
        bucket,
        reportsBucket,
        emulators,
        tokenSecret,
        oidc: options.oidc,
      }),
      {
        OGI_LOG_LEVEL: options.logLevel ?? 'info',
        POWERTOOLS_METRICS_DISABLED: options.metrics === true ? 'false' : 'true',
        OGI_WEB_ORIGINS: (options.webOrigins ?? []).join(','),
      },
    );
    const routes: Route[] = [
      ...(await loadRoutes([...intakeRoutes, ...caseworkRoutes, ...reportRoutes])),
      // With an issuer, staff sign in as in the cloud: no shortcut around it.
      ...(options.oidc
        ? []
        : [
            {
              method: 'POST',
              path: '/api/dev/login',
              handler: devLogin({
                secret: tokenSecret,
                issuer: 'ogi-local',
                audience: 'ogi-casework',
                district: district.id,
                webOrigins: options.webOrigins ?? [],
                logLevel: options.logLevel ?? 'info',
              }) as LambdaHandler,
            },
          ]),
    ];
    const webRoot = options.webRoot === undefined ? builtWebRoot() : options.webRoot;
    const server = createLocalServer({
      routes,
      ...(webRoot === null
        ? {}
        : {
            web: {
              root: webRoot,
              config: webConfigOf(district, options.oidc),
              // The page asks the issuer for its endpoints and exchanges the code there.
              connectSources: [
                emulators.s3.endpoint,
                ...(options.oidc ? [new URL(options.oidc.issuer).origin] : []),
              ],
            },
          }),
      ...(options.accessLog
        ? {
            onRequest: (line) =>
              process.stdout.write(
                `${line.method} ${line.path} → ${line.status} (${line.ms.toFixed(0)} ms)\n`,
              ),
          }
        : {}),
    });
    const actualPort = await listen(server, port);
    const url = `http://127.0.0.1:${actualPort}`;
    // The tracker's mails link to the case pages this stack serves.
    process.env.OGI_STAFF_WEB_ORIGIN = url;
    const tracker = (await deadlinesHandler.load()).handler;
    const sweep = (date?: string) =>
      tracker(date ? { date } : {}, lambdaContext('deadlines', 15 * 60_000));
    const report = (run: Promise<SweepSummary>) =>
      run.then(
        (summary) => options.onSweep?.(summary),
        (error: unknown) =>
          options.onSweep?.({ error: error instanceof Error ? error.message : String(error) }),
      );
    const stopSweeps = options.deadlineSweeps
      ? everyMorningAt(8, district.timeZone, () => report(sweep()))
      : () => undefined;
    if (options.deadlineSweeps) void report(sweep());
    writeStackFile(dataDir, {
      pid: process.pid,
      url,
      district: district.id,
      tableName,
      region: emulators.dynamodb.clientConfig.region,
      dynamodbEndpoint: emulators.dynamodb.endpoint,
      sesEndpoint: emulators.ses.endpoint,
      startedAt: new Date().toISOString(),
    });
    return {
      url,
      port: actualPort,
      district,
      tableName,
      bucket,
      reportsBucket,
      emulators,
      tokenSecret,
      mailbox: emulators.ses.endpoint,
      sweep,
      stop: async () => {
        stopSweeps();
        removeStackFile(dataDir);
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await emulators.stop();
      },
    };
  } catch (error) {
    await emulators.stop();
    throw error;
  }
}

interface RouteEntry {
  readonly method: string;
  readonly path: string;
  readonly load: () => Promise<{ handler: unknown }>;
}

async function loadRoutes(entries: readonly RouteEntry[]): Promise<Route[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      method: entry.method,
      path: entry.path,
      handler: (await entry.load()).handler as LambdaHandler,
    })),
  );
}

/** The dev login's signing secret, made once per data folder so tokens survive a restart. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-token-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
