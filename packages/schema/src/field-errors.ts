import type { z } from 'zod';
import { fieldLabel, isMessageKey, MESSAGES, type MessageKey } from './messages.js';

/** One problem with one field, ready for the web form or an API error body. */
export interface FieldError {
  /** Dotted path to the field: `applicant.idNumber`, `events.2.on`; empty for the whole input. */
  path: string;
  /** The `MESSAGES` key of the message. */
  code: string;
  /** Chinese message, prefixed with the field's display name where known (`证件号码：校验位不正确，请核对号码`). */
  zh: string;
  /** English message. */
  en: string;
}

/** The result of `fieldErrorsOrData`. */
export type FieldResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

type Issue = z.core.$ZodIssue;
type Fill = string | { zh: string; en: string };
interface Described {
  key: MessageKey;
  vars?: Record<string, Fill>;
  /** Replaces the catalogue's English text (custom issues without a known key). */
  en?: string;
}

const EXPECTED: Readonly<Record<string, { zh: string; en: string }>> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  bigint: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否', en: 'true or false' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  tuple: { zh: '列表', en: 'a list' },
  record: { zh: '对象', en: 'an object' },
  date: { zh: '日期', en: 'a date' },
};

const SIZED_STRING = { min: 'tooShort', max: 'tooLong', exact: 'exactLength' } as const;
const SIZED_LIST = { min: 'tooFewItems', max: 'tooManyItems', exact: 'exactItems' } as const;

function isMissing(issue: Issue): boolean {
  if ('input' in issue) return issue.input === undefined;
  // Without `reportInput`, zod drops the input; its default message still says what it received.
  return typeof issue.message === 'string' && issue.message.endsWith('received undefined');
}

function list(values: readonly unknown[], separator: string): string {
  return values.map((value) => (typeof value === 'string' ? value : String(value))).join(separator);
}

function sized(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): Described {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const vars = { limit };
  const sizedKeys =
    issue.origin === 'string'
      ? SIZED_STRING
      : issue.origin === 'array' || issue.origin === 'set'
        ? SIZED_LIST
        : undefined;
  if (sizedKeys) {
    if (issue.exact) return { key: sizedKeys.exact, vars };
    if (small && limit === '1')
      return { key: sizedKeys === SIZED_STRING ? 'required' : 'atLeastOneItem' };
    return { key: small ? sizedKeys.min : sizedKeys.max, vars };
  }
  if (issue.inclusive === false)
    return { key: small ? 'tooSmallExclusive' : 'tooBigExclusive', vars };
  return { key: small ? 'tooSmall' : 'tooBig', vars };
}

function describe(issue: Issue): Described {
  switch (issue.code) {
    case 'invalid_type': {
      if (isMissing(issue)) return { key: 'required' };
      if (issue.expected === 'int') return { key: 'notInteger' };
      const expected = EXPECTED[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return { key: 'invalidType', vars: { expected } };
    }
    case 'too_small':
    case 'too_big':
      return sized(issue);
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'email' };
      if (issue.format === 'date') return { key: 'invalidDate' };
      return { key: 'invalidFormat' };
    case 'not_multiple_of':
      return { key: 'notMultipleOf', vars: { limit: String(issue.divisor) } };
    case 'unrecognized_keys':
      return {
        key: 'unrecognizedKeys',
        vars: { keys: { zh: list(issue.keys, '、'), en: list(issue.keys, ', ') } },
      };
    case 'invalid_union':
      if ('options' in issue && issue.options && issue.options.length > 0) {
        return { key: 'invalidOption', vars: { options: list(issue.options, ', ') } };
      }
      return { key: 'invalidUnion' };
    case 'invalid_value':
      return { key: 'invalidOption', vars: { options: list(issue.values, ', ') } };
    case 'invalid_key':
      return { key: 'invalidKey' };
    case 'invalid_element':
      return { key: 'invalidElement' };
    case 'custom': {
      const key: unknown = issue.params?.messageKey;
      if (isMessageKey(key)) return { key };
      return typeof issue.message === 'string' && issue.message !== ''
        ? { key: 'invalid', en: issue.message }
        : { key: 'invalid' };
    }
    default:
      return { key: 'invalid' };
  }
}

function fill(template: string, vars: Record<string, Fill> | undefined, lang: 'zh' | 'en'): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : value[lang];
  });
}

/** Maps one zod issue to a bilingual field error. */
export function toFieldError(issue: Issue): FieldError {
  const { key, vars, en } = describe(issue);
  const message = MESSAGES[key];
  const path = Array.isArray(issue.path) ? issue.path : [];
  const label = fieldLabel(path);
  const zh = fill(message.zh, vars, 'zh');
  return {
    path: path.map((segment) => String(segment)).join('.'),
    code: key,
    zh: label ? `${label}：${zh}` : zh,
    en: en ?? fill(message.en, vars, 'en'),
  };
}

/**
 * Maps every issue of a zod error to a bilingual `FieldError` (one per unknown
 * key): custom issues by
 * their `params.messageKey`, built-in issues to generic messages that state the
 * limit where there is one (`不能超过200个字符` / `must be at most 200 characters`).
 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    // One error per unknown key, each on its own path, so a form or a CLI can name it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => toFieldError({ ...issue, path: [...issue.path, key], keys: [key] }))
      : [toFieldError(issue)],
  );
}

/**
 * Parses `input` with `schema`: the parsed data, or the field errors.
 * @example
 * const result = fieldErrorsOrData(Submission, body);
 * if (!result.ok) return { statusCode: 400, body: JSON.stringify({ errors: result.errors }) };
 */
export function fieldErrorsOrData<S extends z.ZodType>(
  schema: S,
  input: unknown,
): FieldResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}
