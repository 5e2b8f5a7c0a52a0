import { Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { accessOf } from '../access/function-access.js';
import { sizeOf } from '../access/function-sizes.js';
import type { DeployableDistrict } from '../district-stack.js';
import { appFile } from '../paths.js';
import { type ApiRoute, apiRoutes, routeKey, trackerEntry } from '../routes.js';
import { type AccessTargets, accessStatements } from './access-statements.js';
import { DistrictConfigLayer } from './district-config-layer.js';
import { HandlerFunction } from './handler-function.js';
import type { Mail } from './mail.js';
import { NAG_REASONS } from './nag-acknowledgements.js';
import type { Operations } from './operations.js';
import { TrackerSchedule } from './tracker-schedule.js';

export interface HandlersProps {
  readonly district: DeployableDistrict;
  readonly table: ITable;
  /** The key of the table and the buckets. */
  readonly dataKey: AccessTargets['dataKey'];
  readonly attachments: IBucket;
  readonly reports: IBucket;
  readonly mail: Mail;
  readonly operations: Operations;
  /** The web origins browsers call the API from (CORS); none when the web app shares the API's origin. */
  readonly webOrigins: readonly string[];
}

/** A route and the function that answers it. */
export interface RouteFunction {
  readonly route: ApiRoute;
  readonly fn: IFunction;
}

/** How staff routes check tokens: the OIDC issuer (a Cognito user pool or the district's own). */
export interface StaffSignInSettings {
  /** Exactly as the tokens' `iss` says. */
  readonly issuer: string;
  /** The web app's client id at the issuer. */
  readonly clientId: string;
  /** The claim naming the staff role; `role` unless set (`cognito:groups` for Cognito groups). */
  readonly roleClaim?: string;
  /** The issuer's key set; `<issuer>/.well-known/jwks.json` unless set. */
  readonly jwksUrl?: string;
}

/** `POST /api/requests/{receiptNo}/attachments` → `PostRequestsReceiptNoAttachments`. */
function routeId({ method, path }: Pick<ApiRoute, 'method' | 'path'>): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/{}-]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]?.toUpperCase() + word.slice(1));
  return `${method[0]}${method.slice(1).toLowerCase()}${words.join('')}`;
}

/**
 * Every handler of the district as its own function: one per API route, and
 * the deadline tracker on its morning schedule. Each has the environment
 * `createRuntime` reads, its size (`FUNCTION_SIZES`), exactly the access its
 * row of `FUNCTION_ACCESS` gives, and alarms on its errors and throttles.
 */
export class Handlers extends Construct {
  readonly routes: readonly RouteFunction[];
  readonly tracker: IFunction;
  /** Every function, the tracker last, with its role and log group. */
  readonly functions: readonly HandlerFunction[];
  readonly schedule: TrackerSchedule;
  readonly #staffRoutes: readonly HandlerFunction[];

  constructor(scope: Construct, id: string, props: HandlersProps) {
    super(scope, id);
    const { district, operations } = props;
    const config = new DistrictConfigLayer(this, 'DistrictConfig', { district });
    const targets: AccessTargets = {
      table: props.table,
      dataKey: props.dataKey,
      buckets: { attachments: props.attachments, reports: props.reports },
      mail: props.mail.sendStatements,
      deadLetters: { queue: operations.deadLetters, key: operations.key },
    };
    const environment = {
      ...config.environment,
      OGI_TABLE_NAME: props.table.tableName,
      OGI_ATTACHMENTS_BUCKET: props.attachments.bucketName,
      OGI_REPORTS_BUCKET: props.reports.bucketName,
      ...(props.webOrigins.length > 0 ? { OGI_WEB_ORIGINS: props.webOrigins.join(',') } : {}),
    };
    const make = (
      name: string,
      key: string,
      entry: string,
      description: string,
      extra: Readonly<Record<string, string>> = {},
    ) => {
      const handler = new HandlerFunction(this, name, {
        entry,
        description: `ogi ${district.id}: ${description}`,
        environment: { ...environment, ...extra },
        layers: [config.layer],
        ...sizeOf(key),
      });
      handler.allow(...accessStatements(handler, accessOf(key), targets));
      return handler;
    };

    const routes = apiRoutes().map((route) => ({
      route,
      handler: make(
        routeId(route),
        routeKey(route),
        appFile(route.app, route.entry),
        `${route.method} ${route.path}`,
      ),
    }));
    this.routes = routes.map(({ route, handler }) => ({ route, fn: handler.function }));
    for (const { handler } of routes) {
      Validations.of(handler.function).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason: NAG_REASONS.syncInvocation,
      });
    }
    this.#staffRoutes = routes
      .filter(({ route }) => route.access === 'staff')
      .map(({ handler }) => handler);

    const webOrigin = district.deployment.webDomain;
    const tracker = make(
      'Tracker',
      'tracker',
      appFile('deadlines', trackerEntry),
      "the deadline tracker's morning sweep",
      {
        ...props.mail.environment,
        ...(webOrigin ? { OGI_STAFF_WEB_ORIGIN: `https://${webOrigin}` } : {}),
      },
    );
    tracker.function.configureAsyncInvoke({
      retryAttempts: 2,
      // The grant is the tracker's row of FUNCTION_ACCESS (`deadLetters`), not the destination's.
      onFailure: { bind: () => ({ destination: operations.deadLetters.queueArn }) },
    });
    Validations.of(tracker.function).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'failed runs go to the dead-letter queue through the on-failure destination above, which also keeps the error',
    });
    this.tracker = tracker.function;
    this.schedule = new TrackerSchedule(this, 'Schedule', {
      tracker: tracker.function,
      timeZone: district.timeZone,
      deadLetters: { queue: operations.deadLetters, key: operations.key },
    });

    this.functions = [...routes.map(({ handler }) => handler), tracker];
    for (const handler of this.functions) {
      const { function: fn } = handler;
      operations.alarm(
        'Errors',
        { metric: fn.metricErrors(), description: `${fn.node.path}: the function failed` },
        handler,
      );
      operations.alarm(
        'Throttles',
        { metric: fn.metricThrottles(), description: `${fn.node.path}: calls were throttled` },
        handler,
      );
    }
  }

  /**
   * Points the staff routes at the issuer whose tokens they accept
   * (`OGI_STAFF_OIDC_*` of `createRuntime`): the district's own from its
   * config, or the Cognito user pool the sign-in construct creates. There is
   * no shared secret in the cloud: `OGI_STAFF_TOKEN_SECRET` is the local
   * stack's alone.
   */
  useStaffSignIn(settings: StaffSignInSettings): void {
    for (const handler of this.#staffRoutes) {
      handler.function.addEnvironment('OGI_STAFF_OIDC_ISSUER', settings.issuer);
      handler.function.addEnvironment('OGI_STAFF_OIDC_CLIENT_ID', settings.clientId);
      if (settings.roleClaim) {
        handler.function.addEnvironment('OGI_STAFF_OIDC_ROLE_CLAIM', settings.roleClaim);
      }
      if (settings.jwksUrl) {
        handler.function.addEnvironment('OGI_STAFF_OIDC_JWKS_URL', settings.jwksUrl);
      }
    }
  }
}
