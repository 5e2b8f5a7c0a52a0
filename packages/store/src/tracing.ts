import type { Tracer } from '@aws-lambda-powertools/tracer';

/** The variables that decide whether a handler traces its AWS calls. */
export interface TracingEnvironment {
  /** Powertools' switch: `false` turns tracing off (the local stack sets it). */
  readonly POWERTOOLS_TRACE_ENABLED?: string;
  /** Set by Lambda (`AWS_Lambda_nodejs22.x`); Powertools traces nowhere else. */
  readonly AWS_EXECUTION_ENV?: string;
}

/**
 * Whether Powertools' Tracer would trace here: only in Lambda, and not when
 * `POWERTOOLS_TRACE_ENABLED` is `false`.
 */
export function tracingEnabled(env: TracingEnvironment): boolean {
  if (env.POWERTOOLS_TRACE_ENABLED?.trim().toLowerCase() === 'false') return false;
  return (env.AWS_EXECUTION_ENV ?? '').trim() !== '';
}

/**
 * Powertools' Tracer for `service` when tracing is on, otherwise undefined.
 * It is imported only then: it brings the X-Ray SDK (some 125 KB minified,
 * loaded at cold start), which the local stack and the tests never need and
 * which bundled with code splitting is a chunk only a traced handler loads.
 */
export async function loadTracer(
  env: TracingEnvironment,
  service: string,
): Promise<Tracer | undefined> {
  if (!tracingEnabled(env)) return undefined;
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  return new Tracer({ serviceName: service });
}
