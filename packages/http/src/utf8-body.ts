import { type FieldError, messageIssue, toFieldError } from '@ogi/schema';
import { HttpError } from './errors.js';

/** The BOM is kept, so that a body starting with one is refused as JSON, as a text body is. */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** More would only lengthen the answer: the caller's encoding is wrong throughout. */
const MAX_FIELDS = 20;

type Path = readonly (string | number)[];

/**
 * Where the undecodable bytes fell: the path of every string (or key) that
 * holds the U+FFFD a lenient decoder put in their place, when the text is
 * still JSON; otherwise the body itself (the empty path). Iterative, so that
 * deeply nested JSON cannot exhaust the stack.
 */
function pathsOfReplacements(text: string): Path[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return [[]];
  }
  const found: Path[] = [];
  const pending: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  for (let next = pending.pop(); next && found.length < MAX_FIELDS; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (value.includes('\uFFFD')) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        pending.push({ value: item, path: [...path, i] });
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\uFFFD')) found.push([...path, key]);
        pending.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found.length > 0 ? found.slice(0, MAX_FIELDS) : [[]];
}

function fieldError(path: Path): FieldError {
  return toFieldError({
    code: 'custom',
    path: [...path],
    input: undefined,
    ...messageIssue('invalidEncoding'),
  });
}

/**
 * The text of a base64-encoded body, decoded as UTF-8 that must be valid: a
 * decoder that silently turns bad bytes into U+FFFD would store them. Bytes
 * that are not UTF-8 end as 400 `invalid-encoding`, naming the fields they
 * fell in where the body is still readable JSON, else the body (`''`).
 *
 * @example decodeUtf8Body(Buffer.from('{"a":1}').toString('base64')) // '{"a":1}'
 */
export function decodeUtf8Body(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  try {
    return strict.decode(bytes);
  } catch (cause) {
    throw new HttpError({
      status: 400,
      code: 'invalid-encoding',
      zh: '请求内容不是有效的UTF-8编码文本',
      en: 'The request body is not valid UTF-8 text',
      fields: pathsOfReplacements(lenient.decode(bytes)).map(fieldError),
      cause,
    });
  }
}
