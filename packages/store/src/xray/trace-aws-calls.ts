import { randomBytes } from 'node:crypto';
import type {
  BuildHandlerArguments,
  BuildMiddleware,
  HandlerExecutionContext,
  MetadataBearer,
  MiddlewareStack,
} from '@smithy/types';
import { type AwsCall, awsCallSubsegment } from './subsegment.js';
import type { TraceContext } from './trace-context.js';

/** An AWS SDK v3 client: its middleware stack is all the tracing touches. */
export interface TraceableClient {
  // biome-ignore lint/suspicious/noExplicitAny: every client's stack, whatever its input and output types.
  readonly middlewareStack: MiddlewareStack<any, any>;
}

export interface TraceOptions {
  /** The client's region, recorded on each subsegment. */
  readonly region: string;
  /** Where documents go: the daemon client, or a test's collector. */
  readonly send: (document: Record<string, unknown>) => void;
  /** The trace of the invocation in progress (`currentTrace` of the live environment). */
  readonly trace: () => TraceContext | undefined;
}

/** The middleware's name on the stack. */
export const TRACE_MIDDLEWARE = 'ogiXRaySubsegment';

/**
 * Records every call `client` makes as an X-Ray subsegment of the invocation's
 * trace, when Lambda sampled it: one subsegment per call (its retries inside),
 * sent when the call ends, and the call's HTTP request sent with the
 * subsegment as its `Parent`. Unsampled or untraced invocations pass through
 * untouched. Answers the same client.
 */
export function traceAwsCalls<C extends TraceableClient>(client: C, options: TraceOptions): C {
  const middleware: BuildMiddleware<object, MetadataBearer> =
    (next, context: HandlerExecutionContext) => async (args: BuildHandlerArguments<object>) => {
      const trace = options.trace();
      if (!trace?.sampled) return next(args);
      const id = randomBytes(8).toString('hex');
      setTraceHeader(args.request, trace, id);
      const call = {
        trace,
        id,
        service: (context.clientName ?? 'AWS').replace(/Client$/, ''),
        operation: (context.commandName ?? 'Unknown').replace(/Command$/, ''),
        region: options.region,
        startTime: Date.now() / 1000,
        tableName: tableNameOf(args.input),
      };
      try {
        const result = await next(args);
        const metadata = result.output.$metadata;
        options.send(
          awsCallSubsegment({ ...call, ...answered(metadata), endTime: Date.now() / 1000 }),
        );
        return result;
      } catch (error) {
        options.send(awsCallSubsegment({ ...call, ...failed(error), endTime: Date.now() / 1000 }));
        throw error;
      }
    };
  client.middlewareStack.add(middleware, { step: 'build', name: TRACE_MIDDLEWARE, override: true });
  return client;
}

function answered(metadata: MetadataBearer['$metadata'] | undefined): Partial<AwsCall> {
  return {
    status: metadata?.httpStatusCode,
    requestId: metadata?.requestId,
    attempts: metadata?.attempts,
  };
}

function failed(error: unknown): Partial<AwsCall> {
  const failure = error instanceof Error ? error : new Error(String(error));
  const metadata = (failure as Partial<MetadataBearer>).$metadata;
  return { ...answered(metadata), error: { name: failure.name, message: failure.message } };
}

function tableNameOf(input: object): string | undefined {
  const name = (input as { TableName?: unknown }).TableName;
  return typeof name === 'string' ? name : undefined;
}

/** Downstream, the call's own subsegment is the parent (the SDK would name the function's). */
function setTraceHeader(request: unknown, trace: TraceContext, id: string): void {
  const headers = (request as { headers?: Record<string, string> } | undefined)?.headers;
  if (headers) headers['X-Amzn-Trace-Id'] = `Root=${trace.root};Parent=${id};Sampled=1`;
}
