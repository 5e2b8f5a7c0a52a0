import * as z from 'zod';
import { CreditCode, EmailAddress, PhoneNumber, Postcode, RESIDENT_ID_MESSAGES } from './fields.js';
import { messageIssue } from './messages.js';
import { OptionalSingleLineText, SingleLineText } from './text.js';
import { halfWidth } from './validators/half-width.js';
import { residentIdProblem } from './validators/resident-id.js';
import { whenValid } from './when-valid.js';

/** Identity documents a natural person may give. */
export const ID_TYPES = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
  'other',
] as const;
/** An identity document type. */
export const IdType = z.enum(ID_TYPES);
export type IdType = z.infer<typeof IdType>;

/** Chinese labels of the identity document types, as the form shows them. */
export const ID_TYPE_LABELS = {
  'resident-id': '居民身份证',
  passport: '护照',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  'foreign-permanent-residence': '外国人永久居留身份证',
  other: '其他证件',
} as const satisfies Record<IdType, string>;

/** Kinds of 法人或其他组织, the annual report's applicant columns after 自然人. */
export const ORG_KINDS = [
  'commercial',
  'research',
  'public-interest',
  'legal-service',
  'other',
] as const;
/** A kind of organisation. */
export const OrgKind = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof OrgKind>;

/** Chinese labels of the organisation kinds, as the annual report's columns print them. */
export const ORG_KIND_LABELS = {
  commercial: '商业企业',
  research: '科研机构',
  'public-interest': '社会公益组织',
  'legal-service': '法律服务机构',
  other: '其他',
} as const satisfies Record<OrgKind, string>;

/** The kinds of applicant. */
export const APPLICANT_KINDS = ['natural-person', 'organisation'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** Chinese labels of the applicant kinds. */
export const APPLICANT_KIND_LABELS = {
  'natural-person': '自然人',
  organisation: '法人或其他组织',
} as const satisfies Record<ApplicantKind, string>;

/** Letters, digits and dashes: the numbers of passports, permits and other documents. */
const OTHER_ID_NUMBER = /^[A-Z0-9-]{1,40}$/;

/** A natural person (自然人) applying in their own name. */
export const NaturalPersonApplicant = z
  .strictObject({
    kind: z.literal('natural-person'),
    name: SingleLineText(50),
    idType: IdType,
    /** Checked against `idType`: a resident ID number must pass GB 11643. */
    idNumber: z
      .string()
      .overwrite((raw) => halfWidth(raw).trim().toUpperCase())
      .min(1)
      .max(40),
    phone: PhoneNumber,
    email: EmailAddress.optional(),
    postalAddress: SingleLineText(200),
    postcode: Postcode,
    workplace: OptionalSingleLineText(100),
  })
  .superRefine(
    (person, ctx) => {
      if (person.idType === 'resident-id') {
        const problem = residentIdProblem(person.idNumber);
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            path: ['idNumber'],
            ...messageIssue(RESIDENT_ID_MESSAGES[problem]),
          });
        }
      } else if (!OTHER_ID_NUMBER.test(person.idNumber)) {
        ctx.addIssue({ code: 'custom', path: ['idNumber'], ...messageIssue('idNumberFormat') });
      }
    },
    { when: whenValid(['idType'], ['idNumber']) },
  );
export type NaturalPersonApplicant = z.infer<typeof NaturalPersonApplicant>;

/** A legal person or other organisation (法人或其他组织). */
export const OrganisationApplicant = z.strictObject({
  kind: z.literal('organisation'),
  name: SingleLineText(100),
  creditCode: CreditCode,
  orgKind: OrgKind,
  legalRepresentative: SingleLineText(50),
  contactPerson: SingleLineText(50),
  phone: PhoneNumber,
  email: EmailAddress.optional(),
  address: SingleLineText(200),
  postcode: Postcode,
});
export type OrganisationApplicant = z.infer<typeof OrganisationApplicant>;

/** Who asks for the information: a natural person or an organisation. */
export const Applicant = z.discriminatedUnion('kind', [
  NaturalPersonApplicant,
  OrganisationApplicant,
]);
export type Applicant = z.infer<typeof Applicant>;
export type ApplicantInput = z.input<typeof Applicant>;

/** The applicant columns of the annual report's table 三, in the template's order. */
export const APPLICANT_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** Chinese labels of the applicant columns, as the template prints them. */
export const APPLICANT_COLUMN_LABELS = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
} as const satisfies Record<ApplicantColumn, string>;

const ORG_KIND_COLUMNS = {
  commercial: 'commercial',
  research: 'research',
  'public-interest': 'publicInterest',
  'legal-service': 'legalService',
  other: 'otherOrg',
} as const satisfies Record<OrgKind, ApplicantColumn>;

/**
 * The annual report column an applicant is counted in.
 * @example applicantColumn({ kind: 'organisation', orgKind: 'legal-service' }) // 'legalService'
 */
export function applicantColumn(
  applicant: { kind: 'natural-person' } | { kind: 'organisation'; orgKind: OrgKind },
): ApplicantColumn {
  return applicant.kind === 'natural-person'
    ? 'naturalPerson'
    : ORG_KIND_COLUMNS[applicant.orgKind];
}
