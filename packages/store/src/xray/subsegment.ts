import type { TraceContext } from './trace-context.js';

/** What one AWS call did, as the tracing middleware saw it. */
export interface AwsCall {
  readonly trace: TraceContext;
  /** The subsegment's own id: 16 hex digits, also sent downstream as `Parent`. */
  readonly id: string;
  /** `DynamoDB`, `S3`: the client's name without `Client`. */
  readonly service: string;
  /** `GetItem`: the command's name without `Command`. */
  readonly operation: string;
  readonly region: string;
  /** Epoch seconds. */
  readonly startTime: number;
  readonly endTime: number;
  /** The call's `TableName`, when it names one table. */
  readonly tableName?: string | undefined;
  /** What the SDK's `$metadata` says of the response, or of the error. */
  readonly status?: number | undefined;
  readonly requestId?: string | undefined;
  readonly attempts?: number | undefined;
  /** The error the call ended with, if it failed. */
  readonly error?: { readonly name: string; readonly message: string } | undefined;
}

/** X-Ray keeps an exception's message; a long one is cut here. */
const MAX_MESSAGE = 500;

/**
 * The X-Ray subsegment document of one AWS call, in the form the SDK for
 * X-Ray sends for a captured v3 client: `namespace: aws`, the `aws` block
 * (operation, region, request id, retries, table) and the HTTP status, with
 * `throttle` for 429, `error` for other 4xx, `fault` for 5xx or no answer,
 * and the exception in `cause`. Pure: the daemon client sends it.
 */
export function awsCallSubsegment(call: AwsCall): Record<string, unknown> {
  const status = call.status;
  const flags =
    call.error === undefined
      ? {}
      : status === 429
        ? { error: true, throttle: true }
        : status !== undefined && status >= 400 && status < 500
          ? { error: true }
          : { fault: true };
  return {
    id: call.id,
    trace_id: call.trace.root,
    parent_id: call.trace.parent,
    type: 'subsegment',
    name: call.service,
    namespace: 'aws',
    start_time: call.startTime,
    end_time: call.endTime,
    aws: {
      operation: call.operation,
      region: call.region,
      ...(call.requestId ? { request_id: call.requestId } : {}),
      ...(call.attempts ? { retries: call.attempts - 1 } : {}),
      ...(call.tableName ? { table_name: call.tableName } : {}),
    },
    ...(status === undefined ? {} : { http: { response: { status } } }),
    ...flags,
    ...(call.error === undefined
      ? {}
      : {
          cause: {
            exceptions: [
              {
                id: call.id,
                type: call.error.name,
                message: call.error.message.slice(0, MAX_MESSAGE),
                remote: status !== undefined,
              },
            ],
          },
        }),
  };
}
