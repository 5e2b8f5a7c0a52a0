import {
  type LogItem,
  LogLevelThreshold,
  Logger as PowertoolsLogger,
} from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { redact, redactingReplacer, scrub } from './redact.js';

/** Log levels, least severe first; `silent` writes nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Extra structured fields of one log line. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Where a line goes: `out` for debug and info, `err` for warn and error. */
export type LogWriter = (line: string, stream: 'out' | 'err') => void;

/** A structured JSON logger that never writes personal data. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (a request id, a route). */
  child(fields: LogFields): Logger;
  /**
   * Puts the invocation's Lambda context on every later line of this logger
   * and its children: `cold_start`, `function_name`, `function_request_id`
   * (Powertools' `addContext`). `httpApi` calls it once per request.
   */
  addContext(context: Context): void;
}

export interface LoggerOptions {
  /** The service name on every line: `intake`, `casework`. */
  readonly service: string;
  /** The least severe level written; `info` unless set (apps read it from their config). */
  readonly level?: LogLevel;
  /** Fields on every line. */
  readonly fields?: LogFields;
  /** Replaces stdout/stderr, for tests. */
  readonly write?: LogWriter;
}

const THRESHOLD: Readonly<Record<LogLevel, number>> = {
  debug: LogLevelThreshold.DEBUG,
  info: LogLevelThreshold.INFO,
  warn: LogLevelThreshold.WARN,
  error: LogLevelThreshold.ERROR,
  silent: LogLevelThreshold.SILENT,
};

const POWERTOOLS_LEVEL = {
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  silent: 'SILENT',
} as const satisfies Record<LogLevel, string>;

/** What Powertools writes on every line; fields never replace it. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'level',
  'message',
  'timestamp',
  'service',
  'sampling_rate',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
  'xray_trace_id',
  'tenant_id',
]);

const defaultWriter: LogWriter = (line, stream) => {
  (stream === 'err' ? process.stderr : process.stdout).write(`${line}\n`);
};

/** Powertools' Logger writing each finished line through a `LogWriter`. */
class WritingLogger extends PowertoolsLogger {
  // Not a #private field: Powertools may log from its own constructor, before this is set.
  private readonly writer?: LogWriter;

  constructor(options: ConstructorParameters<typeof PowertoolsLogger>[0], writer?: LogWriter) {
    super(options);
    this.writer = writer;
  }

  protected override printLog(level: number, log: LogItem): void {
    log.prepareForPrint();
    const line = JSON.stringify(log.getAttributes(), this.getJsonReplacer());
    (this.writer ?? defaultWriter)(line, level >= LogLevelThreshold.WARN ? 'err' : 'out');
  }
}

/** The fields of a line, redacted, without keys of the envelope. */
function lineFields(fields: LogFields): Record<string, unknown> {
  const clean = redact(fields);
  const out: Record<string, unknown> = {};
  if (typeof clean !== 'object' || clean === null) return out;
  for (const [key, value] of Object.entries(clean)) {
    if (!ENVELOPE_KEYS.has(key)) out[key] = value;
  }
  return out;
}

/**
 * Powertools for AWS Lambda's Logger behind ogi's interface: one JSON line per
 * call, `{ level, message, timestamp, service, …Lambda context, …fields }`,
 * debug and info to stdout, warn and error to stderr. Fields go through
 * `redact` (personal-data keys and ID/mobile/e-mail patterns become
 * `[redacted]`), and the whole line through it again as Powertools' JSON
 * replacer, so nothing Powertools adds escapes it either. Fields cannot
 * replace the envelope.
 *
 * @example
 * const logger = createLogger({ service: 'intake', level: config.logLevel });
 * logger.info('request received', { receiptNo: '2026-0001' });
 */
export function createLogger(options: LoggerOptions): Logger {
  const level = options.level ?? 'info';
  const powertools = new WritingLogger(
    {
      serviceName: options.service,
      logLevel: POWERTOOLS_LEVEL[level],
      jsonReplacerFn: redactingReplacer,
    },
    options.write,
  );

  const make = (bound: LogFields): Logger => {
    const log = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
      // Powertools checks too; checking first spares redacting a line nobody reads.
      if (THRESHOLD[at] < powertools.level) return;
      powertools[at](scrub(String(message)), lineFields({ ...bound, ...fields }));
    };
    return {
      debug: (message, fields) => log('debug', message, fields),
      info: (message, fields) => log('info', message, fields),
      warn: (message, fields) => log('warn', message, fields),
      error: (message, fields) => log('error', message, fields),
      child: (fields) => make({ ...bound, ...fields }),
      addContext: (context) => powertools.addContext(context),
    };
  };

  return make(options.fields ?? {});
}
