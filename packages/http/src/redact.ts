import { loggedStack } from './source-mapped-stack.js';

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

const MAX_DEPTH = 12;

/** Keys whose value is personal data or a secret, compared lower-cased without `-`/`_`. */
const SENSITIVE_KEYS: ReadonlySet<string> = new Set([
  'idnumber',
  'phone',
  'mobile',
  'email',
  'name',
  'address',
  'postaladdress',
  'legalrepresentative',
  'contactperson',
  'applicant',
  'querycode',
  'code',
  'authorization',
  'password',
  'token',
  'cookie',
  'setcookie',
  'secret',
  'workplace',
]);

/** Parts of a key that make it sensitive wherever they appear: `applicantPhone`, `accessToken`. */
const SENSITIVE_PARTS = [
  'idnumber',
  'phone',
  'mobile',
  'email',
  'address',
  'legalrepresentative',
  'contactperson',
  'applicant',
  'querycode',
  'authorization',
  'password',
  'token',
  'secret',
  'cookie',
] as const;

/** Names of things, not people, that end in `name` and are safe to log. */
const SAFE_NAMES: ReadonlySet<string> = new Set([
  'functionname',
  'servicename',
  'tablename',
  'bucketname',
  'indexname',
  'loggroupname',
  'logstreamname',
  'domainname',
  'routename',
  'errorname',
  'eventname',
]);

/** Credit codes are public (GB 32100, printed on every business licence): kept. */
const PUBLIC_KEYS: ReadonlySet<string> = new Set(['creditcode']);

/** Whether a value under `key` must never be logged. */
export function isSensitiveKey(key: string): boolean {
  const normal = key.toLowerCase().replace(/[-_\s]/g, '');
  if (PUBLIC_KEYS.has(normal)) return false;
  if (SENSITIVE_KEYS.has(normal)) return true;
  if (SENSITIVE_PARTS.some((part) => normal.includes(part))) return true;
  return normal.endsWith('name') && !SAFE_NAMES.has(normal);
}

const DIGIT = '[0-9０-９]';
// Not inside a longer run of letters and digits: a request id or a hash is not a phone number.
const BEFORE = '(?<![0-9A-Za-z０-９])';
const AFTER = '(?![0-9A-Za-z０-９])';
/** 18-character resident ID numbers (GB 11643), half- or full-width, wherever they appear. */
const RESIDENT_ID = new RegExp(`${BEFORE}${DIGIT}{17}[0-9０-９XxＸｘ]${AFTER}`, 'g');
/** Mainland mobile numbers, with or without `+86` and `-`/space groups. */
const MOBILE = new RegExp(
  `${BEFORE}(?:\\+?86[- ]?)?[1１][3-9３-９]${DIGIT}(?:[- ]?${DIGIT}{4}){2}${AFTER}`,
  'g',
);
const MOBILE_NUMBER = /^1[3-9]\d{9}$/;
const EMAIL = /[^\s@"'<>,;:()[\]]+@[^\s@"'<>,;:()[\]]+\.[^\s@"'<>,;:()[\]]+/g;

/** `text` with resident ID numbers, mobile numbers and e-mail addresses replaced. */
export function scrub(text: string): string {
  return text.replace(RESIDENT_ID, REDACTED).replace(MOBILE, REDACTED).replace(EMAIL, REDACTED);
}

function errorFields(error: Error): Record<string, unknown> {
  const fields: Record<string, unknown> = { errorType: error.name, message: error.message };
  if (error.stack) fields.stack = loggedStack(error.stack, error.message);
  for (const [key, value] of Object.entries(error)) {
    // `code` is redacted by key, but an error's code is what the operator needs.
    if (key === 'code' && (typeof value === 'string' || typeof value === 'number')) {
      fields.errorCode = value;
    } else if (key !== 'name' && key !== 'message' && key !== 'stack') {
      fields[key] = value;
    }
  }
  if (error.cause !== undefined) fields.cause = error.cause;
  return fields;
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  switch (typeof value) {
    case 'string':
      return scrub(value);
    case 'number':
      // A number can hold a mobile number whole; an 18-digit ID only mangled, so any 17+ digits go.
      return MOBILE_NUMBER.test(String(value)) || Math.abs(value) >= 1e16 ? REDACTED : value;
    case 'bigint':
      return scrub(value.toString());
    case 'boolean':
      return value;
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen) ?? null);
    if (value instanceof Map) return walk(Object.fromEntries(value), depth, seen);
    if (value instanceof Set) return walk([...value], depth, seen);
    const source = value instanceof Error ? errorFields(value) : value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(source)) {
      if (isSensitiveKey(key)) {
        out[key] = REDACTED;
        continue;
      }
      const clean = walk(child, depth + 1, seen);
      if (clean !== undefined) out[key] = clean;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * A copy of `value` safe to log: values under personal-data keys (`idNumber`,
 * `phone`, `name`, `applicant`, `authorization`, …) at any depth become
 * `[redacted]`, and resident ID numbers, mobile numbers and e-mail addresses
 * inside any string are scrubbed. Errors become `{ errorType, message, stack }`,
 * the stack mapped through the bundle's source maps (`loggedStack`).
 *
 * @example redact({ applicant: { name: '张三' }, note: '电话13800138000' })
 * // { applicant: '[redacted]', note: '电话[redacted]' }
 */
export function redact(value: unknown): unknown {
  try {
    return walk(value, 0, new WeakSet());
  } catch {
    // A getter that throws, a revoked proxy: never let logging fail the request.
    return '[unloggable]';
  }
}

/**
 * A `JSON.stringify` replacer that sends the whole value through `redact`
 * when it starts (the root, key `''`), so every line is redacted whatever
 * put it together: Powertools' Logger takes it as `jsonReplacerFn`. Values
 * below the root pass as they are, already redacted.
 *
 * @example JSON.stringify({ phone: '13800138000' }, redactingReplacer) // '{"phone":"[redacted]"}'
 */
export function redactingReplacer(key: string, value: unknown): unknown {
  return key === '' ? redact(value) : value;
}
