import { CORS_PREFLIGHT } from '@ogi/http';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_STAGE, pathParametersOf, resourcePathOf } from '../api-paths.js';
import type { RouteFunction } from './handlers.js';
import { keptLogGroup } from './kept-log-group.js';

export interface ApiProps {
  /** Every route with the function that answers it. */
  readonly routes: readonly RouteFunction[];
  /** The web app's origin, the only one a browser may call the API from (CORS). */
  readonly webOrigin: string;
  /**
   * The user pool whose ID tokens the staff routes require, checked by API
   * Gateway before a handler runs. Without one, the staff handlers' own
   * token verification is the only check.
   */
  readonly staffUserPool?: IUserPool;
  /** X-Ray tracing of the stage, where the partition offers it. */
  readonly tracing: boolean;
  /** Requests a second across the stage, and the burst above it. */
  readonly throttling?: { readonly rateLimit: number; readonly burstLimit: number };
}

/**
 * The district's REST API (API Gateway v1, regional: a REST API is what AWS
 * WAF can protect): every route of the apps as a Lambda proxy integration
 * with its path parameters, on the one stage `api`, throttled, traced, with
 * JSON access logs kept for six months (网络安全法 Art. 21). Browsers'
 * preflights are answered here, for the web origin only; the handlers add
 * the same origin to their answers (`OGI_WEB_ORIGINS`).
 */
export class Api extends Construct {
  readonly restApi: RestApi;
  readonly accessLogs: LogGroup;
  /** `https://<id>.execute-api.<region>.<suffix>`: the web app's `apiOrigin`. */
  readonly origin: string;
  /** `<origin>/api/`, where the routes start. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.accessLogs = keptLogGroup(this, 'AccessLogs');
    const throttling = props.throttling ?? { rateLimit: 50, burstLimit: 100 };
    this.restApi = new RestApi(this, 'RestApi', {
      // The API's CloudWatch metrics are keyed by its name: one per district.
      restApiName: `${Stack.of(this).stackName}-api`,
      description: 'ogi: the applicants’ and staff routes of one district',
      endpointTypes: [EndpointType.REGIONAL],
      // Every body passes base64-encoded (the handlers decode it) so that the
      // DOCX and PDF files the handlers return reach the browser as bytes.
      binaryMediaTypes: ['*/*'],
      // Execution logs need the account's API Gateway log role; kept when a
      // district is removed, since other districts' stages use it too.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: API_STAGE,
        tracingEnabled: props.tracing,
        throttlingRateLimit: throttling.rateLimit,
        throttlingBurstLimit: throttling.burstLimit,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat: accessLogFormat(),
      },
      defaultCorsPreflightOptions: {
        allowOrigins: [props.webOrigin],
        // The same answer as the handlers' own preflight (`@ogi/http`).
        allowMethods: [...CORS_PREFLIGHT.methods],
        allowHeaders: [...CORS_PREFLIGHT.headers],
        maxAge: Duration.seconds(CORS_PREFLIGHT.maxAgeSeconds),
      },
    });
    // Replaced by the stack's own output of `url`, which names no deployment.
    this.restApi.node.tryRemoveChild('Endpoint');
    if (!props.tracing) {
      Validations.of(this.restApi.deploymentStage).acknowledge({
        id: 'Serverless-APIGWXrayEnabled',
        reason:
          "Off where the partition traces no Lambda function (AWS China): the stage's trace alone would end at the gateway",
      });
    }
    this.origin = `https://${this.restApi.restApiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;
    this.url = `${this.origin}/${API_STAGE}/`;

    // API Gateway's own refusals (WAF, throttling, authorizer) carry the web
    // origin too, so the page reads their status instead of a network error.
    for (const [name, type] of [
      ['Default4xx', ResponseType.DEFAULT_4XX],
      ['Default5xx', ResponseType.DEFAULT_5XX],
    ] as const) {
      this.restApi.addGatewayResponse(name, {
        type,
        responseHeaders: {
          'Access-Control-Allow-Origin': `'${props.webOrigin}'`,
          Vary: "'Origin'",
        },
      });
    }

    const requestValidator = this.restApi.addRequestValidator('PathParameters', {
      validateRequestParameters: true,
      validateRequestBody: false,
    });
    Validations.of(this.restApi).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        "Bodies are checked by the handlers with @ogi/schema, the web form's own schemas; an API Gateway model would be a second copy to drift. Path parameters are checked here",
    });
    const authorizer = props.staffUserPool
      ? new CognitoUserPoolsAuthorizer(this, 'StaffAuthorizer', {
          cognitoUserPools: [props.staffUserPool],
        })
      : undefined;
    for (const { route, fn } of props.routes) {
      const resource = this.restApi.root.resourceForPath(resourcePathOf(route.path));
      const checked = route.access === 'staff' && authorizer !== undefined;
      const method = resource.addMethod(
        route.method,
        new LambdaIntegration(fn, { allowTestInvoke: false }),
        {
          requestValidator,
          requestParameters: Object.fromEntries(
            pathParametersOf(route.path).map((name) => [`method.request.path.${name}`, true]),
          ),
          ...(checked
            ? { authorizationType: AuthorizationType.COGNITO, authorizer }
            : { authorizationType: AuthorizationType.NONE }),
        },
      );
      if (!checked) {
        const reason =
          route.access === 'public'
            ? "An applicant's route: anyone may file a request (条例 Art. 27); a request's own routes check its query code, and the web ACL limits their rate"
            : "A staff route without a user pool: the handler verifies the bearer token against the district's OIDC issuer before anything else";
        for (const rule of ['AwsSolutions-APIG4', 'AwsSolutions-COG4']) {
          Validations.of(method).acknowledge({ id: rule, reason });
        }
      }
    }
    const logRole = this.restApi.node.tryFindChild('CloudWatchRole');
    if (logRole) {
      Validations.of(logRole).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          "AWS's own policy for the account's API Gateway log role, which writes the execution logs",
      });
    }
  }

  /** The ARN of the API's stage, for the web ACL. */
  get stageArn(): string {
    return this.restApi.deploymentStage.stageArn;
  }
}

function accessLogFormat(): AccessLogFormat {
  // The path template, never the path: receipt numbers stay out of the logs.
  return AccessLogFormat.custom(
    JSON.stringify({
      requestId: AccessLogField.contextRequestId(),
      time: AccessLogField.contextRequestTime(),
      ip: AccessLogField.contextIdentitySourceIp(),
      method: AccessLogField.contextHttpMethod(),
      resource: AccessLogField.contextResourcePath(),
      status: AccessLogField.contextStatus(),
      length: AccessLogField.contextResponseLength(),
      latency: AccessLogField.contextResponseLatency(),
      integrationStatus: AccessLogField.contextIntegrationStatus(),
      error: AccessLogField.contextErrorResponseType(),
      waf: AccessLogField.contextWafResponseCode(),
      staff: AccessLogField.contextAuthorizerClaims('sub'),
    }),
  );
}
