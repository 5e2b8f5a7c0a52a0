/** The X-Ray trace an invocation belongs to, as Lambda hands it to the function. */
export interface TraceContext {
  /** `Root`: the trace id, `1-<8 hex>-<24 hex>`. */
  readonly root: string;
  /** `Parent`: the id of the segment Lambda records for this invocation. */
  readonly parent: string;
  /** `Sampled=1`: only then is anything sent. */
  readonly sampled: boolean;
}

const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const SEGMENT_ID = /^[0-9a-f]{16}$/;

/**
 * Reads an `X-Amzn-Trace-Id` value (`Root=1-…;Parent=…;Sampled=1`, fields in
 * any order, others ignored). Undefined when it names no well-formed root and
 * parent: a subsegment without both would be an orphan X-Ray cannot place.
 */
export function parseTraceHeader(header: string | undefined): TraceContext | undefined {
  if (!header) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const root = fields.get('Root') ?? '';
  const parent = fields.get('Parent') ?? '';
  if (!TRACE_ID.test(root) || !SEGMENT_ID.test(parent)) return undefined;
  return { root, parent, sampled: fields.get('Sampled') === '1' };
}

/** What newer Lambda runtimes put on `globalThis` for the invocation in progress. */
interface LambdaGlobal {
  readonly awslambda?: { readonly InvokeStore?: { getXRayTraceId?(): string | undefined } };
}

/**
 * The trace of the invocation in progress: Lambda's invocation store where
 * the runtime has one (several invocations may share a process there), else
 * `_X_AMZN_TRACE_ID`, which the runtime sets in `process.env` before each
 * invocation (pass that object itself: it is read on every AWS call, never
 * copied or cached, for each invocation has its own).
 */
export function currentTrace(env: {
  readonly _X_AMZN_TRACE_ID?: string | undefined;
}): TraceContext | undefined {
  const fromStore = (globalThis as LambdaGlobal).awslambda?.InvokeStore?.getXRayTraceId?.();
  return parseTraceHeader(fromStore ?? env._X_AMZN_TRACE_ID);
}
