import { DaemonClient, daemonAddress } from './xray/daemon.js';
import { type TraceableClient, traceAwsCalls } from './xray/trace-aws-calls.js';
import { currentTrace } from './xray/trace-context.js';

/** The variables that decide whether, and into which trace, a handler records its AWS calls. */
export interface TracingEnvironment {
  /** Set by Lambda before each invocation it traces: `Root=…;Parent=…;Sampled=1`. */
  readonly _X_AMZN_TRACE_ID?: string;
  /** `false` turns tracing off (the local stack sets it, and districts in AWS China). */
  readonly OGI_TRACE_ENABLED?: string;
  /** Set by Lambda (`AWS_Lambda_nodejs22.x`); nothing is traced anywhere else. */
  readonly AWS_EXECUTION_ENV?: string;
  /** Set by Lambda with active tracing: where its X-Ray daemon listens. */
  readonly AWS_XRAY_DAEMON_ADDRESS?: string;
}

/** Whether AWS calls are traced here: only in Lambda, and not when `OGI_TRACE_ENABLED` is `false`. */
export function tracingEnabled(env: TracingEnvironment): boolean {
  if (env.OGI_TRACE_ENABLED?.trim().toLowerCase() === 'false') return false;
  return (env.AWS_EXECUTION_ENV ?? '').trim() !== '';
}

/**
 * What a handler wraps each AWS client with: where tracing is on, every call
 * becomes an X-Ray subsegment of the invocation Lambda sampled, sent to
 * Lambda's X-Ray daemon; elsewhere, the client as it is. `env` is read on
 * every call for the invocation's trace: pass the live `process.env` (or what
 * the app passed to `createRuntime`), not a copy.
 *
 * ogi writes these subsegments itself (`./xray`, a few KB) rather than
 * through Powertools' Tracer, which brings the X-Ray SDK: 91 KB loaded at
 * every traced cold start, more than a handler's bundle budget leaves
 * (README, Benchmarks). Lambda records the invocation itself; only the AWS
 * calls are ogi's to record.
 */
export function awsClientTracer(
  env: TracingEnvironment,
  region: string,
): <C extends TraceableClient>(client: C) => C {
  if (!tracingEnabled(env)) return (client) => client;
  const daemon = new DaemonClient(daemonAddress(env.AWS_XRAY_DAEMON_ADDRESS));
  return (client) =>
    traceAwsCalls(client, {
      region,
      send: (document) => daemon.send(document),
      trace: () => currentTrace(env),
    });
}
