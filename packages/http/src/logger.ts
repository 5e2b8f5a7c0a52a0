import { redact, scrub } from './redact.js';

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
  /** Replaces the clock, for tests. */
  readonly now?: () => Date;
}

const RANK: Readonly<Record<LogLevel, number>> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

const defaultWriter: LogWriter = (line, stream) => {
  (stream === 'err' ? process.stderr : process.stdout).write(`${line}\n`);
};

/**
 * One JSON line per call: `{ level, time, service, message, …fields }`, every
 * field passed through `redact` (personal-data keys and ID/mobile/e-mail
 * patterns become `[redacted]`). Fields cannot overwrite `level`, `time`,
 * `service` or `message`.
 *
 * @example
 * const logger = createLogger({ service: 'intake', level: config.logLevel });
 * logger.info('request received', { receiptNo: '2026-0001' });
 */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? defaultWriter;
  const now = options.now ?? (() => new Date());

  const make = (bound: LogFields): Logger => {
    const log = (level: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
      if (RANK[level] < threshold) return;
      const line: Record<string, unknown> = {
        level,
        time: now().toISOString(),
        service: options.service,
        message: scrub(String(message)),
      };
      const extra = redact({ ...bound, ...fields });
      if (typeof extra === 'object' && extra !== null) {
        for (const [key, value] of Object.entries(extra)) {
          if (!Object.hasOwn(line, key)) line[key] = value;
        }
      }
      let text: string;
      try {
        text = JSON.stringify(line);
      } catch {
        text = JSON.stringify({
          level,
          time: line.time,
          service: options.service,
          message: line.message,
        });
      }
      write(text, level === 'warn' || level === 'error' ? 'err' : 'out');
    };
    return {
      debug: (message, fields) => log('debug', message, fields),
      info: (message, fields) => log('info', message, fields),
      warn: (message, fields) => log('warn', message, fields),
      error: (message, fields) => log('error', message, fields),
      child: (fields) => make({ ...bound, ...fields }),
    };
  };

  return make(options.fields ?? {});
}
