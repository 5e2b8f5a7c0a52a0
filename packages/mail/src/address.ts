import { encodeWord, quoteString } from 'nodemailer/lib/mime-funcs';

/**
 * `Name <address>` as a header carries it: a plain name as it is, other ASCII
 * quoted, anything else (a Chinese office name) as RFC 2047 encoded words,
 * which SES requires of a display name that is not ASCII.
 * @example formatAddress('大场镇政务公开办', 'ogi@example.gov.cn') // '=?UTF-8?B?…?= <ogi@example.gov.cn>'
 */
export function formatAddress(name: string | undefined, address: string): string {
  if (!name) return address;
  if (/^[\w ]*$/.test(name)) return `${name} <${address}>`;
  if (/^[\x20-\x7e]*$/.test(name)) return `${quoteString(name)} <${address}>`;
  return `${encodeWord(name, 'B', 52)} <${address}>`;
}
