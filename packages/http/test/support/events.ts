import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createLogger, type Logger } from '../../src/index.js';

export interface EventInput {
  method?: string;
  path?: string;
  routeKey?: string;
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string>;
  pathParameters?: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  requestId?: string;
  sourceIp?: string;
}

/** An API Gateway HTTP API (payload 2.0) event, as API Gateway would build it. */
export function apiEvent(input: EventInput = {}): APIGatewayProxyEventV2 {
  const method = input.method ?? 'POST';
  const path = input.path ?? '/api/requests';
  const routeKey = input.routeKey ?? `${method} ${path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: input.headers ?? {},
    ...(input.pathParameters ? { pathParameters: input.pathParameters } : {}),
    ...(input.queryStringParameters ? { queryStringParameters: input.queryStringParameters } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.cn',
      domainPrefix: 'api',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp: input.sourceIp ?? '203.0.113.7',
        userAgent: 'vitest',
      },
      requestId: input.requestId ?? 'req-123',
      routeKey,
      stage: '$default',
      time: '26/Nov/2025:12:00:00 +0000',
      timeEpoch: 1_764_158_400_000,
    },
    isBase64Encoded: input.isBase64Encoded ?? false,
    ...(input.body === undefined ? {} : { body: input.body }),
  };
}

/**
 * An API Gateway REST API (payload 1.0) proxy event, as the district stacks
 * send it: the stage `api` in front of the resource, header names as the
 * client wrote them, a binary-media body base64-encoded.
 */
export function restApiEvent(input: EventInput = {}): APIGatewayProxyEventV2 {
  const method = input.method ?? 'POST';
  const resource = (input.path ?? '/api/requests').replace(/^\/api/, '');
  return {
    resource,
    path: resource,
    httpMethod: method,
    headers: input.headers ?? {},
    multiValueHeaders: {},
    queryStringParameters: input.queryStringParameters ?? null,
    multiValueQueryStringParameters: null,
    pathParameters: input.pathParameters ?? null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'rest',
      httpMethod: method,
      identity: { sourceIp: input.sourceIp ?? '203.0.113.9', userAgent: 'vitest' },
      path: `/api${resource}`,
      protocol: 'HTTP/1.1',
      requestId: input.requestId ?? 'rest-req-1',
      resourcePath: resource,
      stage: 'api',
    },
    isBase64Encoded: input.isBase64Encoded ?? false,
    body: input.body ?? null,
  } as unknown as APIGatewayProxyEventV2;
}

/** A JSON POST of `value`. */
export function jsonEvent(value: unknown, input: EventInput = {}): APIGatewayProxyEventV2 {
  return apiEvent({
    ...input,
    body: JSON.stringify(value),
    headers: { 'Content-Type': 'application/json', ...input.headers },
  });
}

/** A Lambda context with a fresh object per call (the chain writes to it). */
export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'intake-submit',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:cn-north-1:123456789012:function:intake-submit',
    memoryLimitInMB: '512',
    awsRequestId: 'aws-req-1',
    logGroupName: '/aws/lambda/intake-submit',
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 29_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export interface CapturedLogs {
  logger: Logger;
  /** Every line written, as text. */
  lines: string[];
  /** Every line written, parsed. */
  entries: () => Record<string, unknown>[];
}

/** A logger that keeps its lines instead of writing them. */
export function captureLogs(level: 'debug' | 'info' = 'debug'): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({
    service: 'test',
    level,
    write: (line) => lines.push(line),
  });
  return {
    logger,
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** The parsed JSON body of a result. */
export function bodyOf(result: { body?: string }): Record<string, unknown> {
  return JSON.parse(result.body ?? 'null') as Record<string, unknown>;
}
