import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by hand survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bytes as Crockford base32 (5 bits a character, most significant first, no padding). */
export function crockfordBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/**
 * A new id for a request, an attachment or a verified copy: 128 random bits,
 * 26 lower-case base32 characters, safe in a URL and in an S3 key.
 */
export function newStoreId(): string {
  return crockfordBase32(randomBytes(16)).toLowerCase();
}

/** Whether `id` has the shape of an id made by `newStoreId`. */
export function isStoreId(id: string): boolean {
  return /^[0-9a-hjkmnp-tv-z]{26}$/.test(id);
}

/** Characters in a query code. */
export const QUERY_CODE_LENGTH = 10;
/** The entropy of a query code: 10 base32 characters of 5 bits. */
export const QUERY_CODE_BITS = QUERY_CODE_LENGTH * 5;

/**
 * A new query code (查询码): 10 Crockford base32 characters from the CSPRNG,
 * 50 bits. Shown to the applicant once, at creation; only its hash is kept.
 */
export function newQueryCode(): string {
  // 7 bytes = 56 random bits; the first 10 characters carry 50 of them.
  return crockfordBase32(randomBytes(7)).slice(0, QUERY_CODE_LENGTH);
}

/**
 * A query code as typed back by a person: upper case, no spaces or dashes,
 * and Crockford's look-alikes mapped (I, L → 1; O → 0).
 */
export function normaliseQueryCode(code: string): string {
  return code
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** SHA-256 hex of a string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The stored form of a query code: SHA-256 hex of its normalised form. */
export function hashQueryCode(code: string): string {
  return sha256Hex(normaliseQueryCode(code));
}

/** Whether `code` is the query code whose hash is `queryCodeHash`, compared in constant time. */
export function queryCodeMatches(queryCodeHash: string, code: string): boolean {
  const expected = Buffer.from(queryCodeHash, 'hex');
  const actual = Buffer.from(hashQueryCode(code), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** JSON with object keys sorted at every level: equal data, equal text, equal hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) {
      sorted[key] = (inner as Record<string, unknown>)[key];
    }
    return sorted;
  });
}
