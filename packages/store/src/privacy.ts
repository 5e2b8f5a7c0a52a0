import { type Applicant, type IdType, normalisePhone, phoneKind } from '@ogi/schema';

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/**
 * An identity number with all but its edges hidden, the length kept: a
 * resident ID keeps its first 6 (region) and last 4 characters; any other
 * document keeps its last 4 (fewer for short numbers: never more than half).
 *
 * @example maskIdNumber('11010519491231002X') // '110105********002X'
 * @example maskIdNumber('E12345678', 'passport') // '*****5678'
 */
export function maskIdNumber(idNumber: string, idType: IdType = 'resident-id'): string {
  const id = idNumber.trim();
  if (idType === 'resident-id' && id.length === 18) {
    return `${id.slice(0, 6)}${stars(8)}${id.slice(-4)}`;
  }
  const keep = Math.min(4, Math.floor(id.length / 2));
  return `${stars(id.length - keep)}${keep > 0 ? id.slice(-keep) : ''}`;
}

/**
 * A phone number with its middle hidden: a mobile keeps its first 3 and last 4
 * digits; a landline keeps its area code and last 2 digits (an extension is
 * hidden); anything else keeps its last 2 characters.
 *
 * @example maskPhone('13812345678') // '138****5678'
 * @example maskPhone('0531-88886666') // '0531-******66'
 */
export function maskPhone(phone: string): string {
  const normalised = normalisePhone(phone);
  if (normalised !== undefined && phoneKind(normalised) === 'mobile') {
    return `${normalised.slice(0, 3)}${stars(4)}${normalised.slice(-4)}`;
  }
  if (normalised !== undefined) {
    const [area = '', number = '', extension] = normalised.split('-');
    const masked = `${area}-${stars(number.length - 2)}${number.slice(-2)}`;
    return extension === undefined ? masked : `${masked}-${stars(extension.length)}`;
  }
  const raw = phone.trim();
  const keep = Math.min(2, Math.floor(raw.length / 2));
  return `${stars(raw.length - keep)}${keep > 0 ? raw.slice(-keep) : ''}`;
}

/**
 * An e-mail address with the local part hidden but its first character.
 * @example maskEmail('zhang.san@example.com') // 'z***@example.com'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return stars(3);
  return `${email.charAt(0)}***${email.slice(at)}`;
}

/**
 * A copy of the applicant for every response except the staff case view:
 * identity number, phone and e-mail masked. A unified social credit code is
 * public business information and stays as it is, as do names and addresses
 * (the applicant's own answer letter needs them).
 */
export function maskApplicant<T extends Applicant>(applicant: T): T {
  const email = applicant.email === undefined ? {} : { email: maskEmail(applicant.email) };
  if (applicant.kind === 'natural-person') {
    return {
      ...applicant,
      idNumber: maskIdNumber(applicant.idNumber, applicant.idType),
      phone: maskPhone(applicant.phone),
      ...email,
    };
  }
  return { ...applicant, phone: maskPhone(applicant.phone), ...email };
}

/**
 * A name as a reminder mail may carry it: the first character and one star
 * per further character, at most two (`欧**`, `张*`). Mails leave the system,
 * so they name the applicant no more than the receipt slip's reader needs.
 */
export function maskName(name: string): string {
  const characters = [...name.trim()];
  const first = characters[0] ?? '';
  return `${first}${stars(Math.min(2, Math.max(characters.length - 1, 1)))}`;
}
