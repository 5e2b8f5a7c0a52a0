import type { ApplicantKind, DeliveryForm, IdType, OrgKind, RetrievalMethod } from '@ogi/schema';

/** What the applicant types, field by field, as the form holds it. */
export interface FormState {
  kind: ApplicantKind;
  name: string;
  idType: IdType;
  idNumber: string;
  orgName: string;
  creditCode: string;
  orgKind: OrgKind | '';
  legalRepresentative: string;
  contactPerson: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  description: string;
  documentNumber: string;
  purpose: string;
  deliveryForm: DeliveryForm[];
  retrieval: RetrievalMethod[];
  feeWaiver: 'no' | 'yes';
  feeWaiverReason: string;
}

/** A field of the form; also the suffix of its element id (`f-idNumber`). */
export type FieldId = keyof FormState;

/** The form as it opens: 公民, 居民身份证, and e-mail as both delivery form and retrieval. */
export function emptyForm(): FormState {
  return {
    kind: 'natural-person',
    name: '',
    idType: 'resident-id',
    idNumber: '',
    orgName: '',
    creditCode: '',
    orgKind: '',
    legalRepresentative: '',
    contactPerson: '',
    phone: '',
    email: '',
    address: '',
    postcode: '',
    description: '',
    documentNumber: '',
    purpose: '',
    deliveryForm: ['email'],
    retrieval: ['email'],
    feeWaiver: 'no',
    feeWaiverReason: '',
  };
}

/** The element id of a field's control. */
export function fieldElementId(field: FieldId): string {
  return `f-${field}`;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);

/**
 * The body `POST /api/requests` takes (`Submission` of `@ogi/schema`), from
 * the form: only the chosen applicant kind's fields, empty optional fields
 * left out.
 */
export function toSubmission(form: FormState): Record<string, unknown> {
  const contact = { phone: form.phone, email: optional(form.email), postcode: form.postcode };
  const applicant =
    form.kind === 'natural-person'
      ? {
          kind: form.kind,
          name: form.name,
          idType: form.idType,
          idNumber: form.idNumber,
          postalAddress: form.address,
          ...contact,
        }
      : {
          kind: form.kind,
          name: form.orgName,
          creditCode: form.creditCode,
          orgKind: form.orgKind === '' ? undefined : form.orgKind,
          legalRepresentative: form.legalRepresentative,
          contactPerson: form.contactPerson,
          address: form.address,
          ...contact,
        };
  return withoutUndefined({
    applicant,
    information: {
      description: form.description,
      documentNumber: optional(form.documentNumber),
      purpose: optional(form.purpose),
    },
    deliveryForm: form.deliveryForm,
    retrieval: form.retrieval,
    feeWaiver:
      form.feeWaiver === 'yes'
        ? { requested: true, reason: optional(form.feeWaiverReason) }
        : { requested: false },
    channel: 'online',
  }) as Record<string, unknown>;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(([key, inner]) => [key, withoutUndefined(inner)]),
  );
}

const APPLICANT_FIELDS: Readonly<Record<string, FieldId>> = {
  kind: 'kind',
  idType: 'idType',
  idNumber: 'idNumber',
  creditCode: 'creditCode',
  orgKind: 'orgKind',
  legalRepresentative: 'legalRepresentative',
  contactPerson: 'contactPerson',
  phone: 'phone',
  email: 'email',
  postalAddress: 'address',
  address: 'address',
  postcode: 'postcode',
};

/**
 * The form field a `FieldError.path` of the API or the schema points at
 * (`applicant.name` is 姓名 for a person, 名称 for an organisation), or
 * `undefined` for a path no field shows.
 */
export function fieldOfPath(path: string, kind: ApplicantKind): FieldId | undefined {
  const [head, second] = path.split('.');
  if (head === 'applicant' && second !== undefined) {
    if (second === 'name') return kind === 'natural-person' ? 'name' : 'orgName';
    return APPLICANT_FIELDS[second];
  }
  if (head === 'information' && second !== undefined) {
    if (second === 'description' || second === 'documentNumber' || second === 'purpose') {
      return second;
    }
    return undefined;
  }
  if (head === 'deliveryForm' || head === 'retrieval') return head;
  if (head === 'feeWaiver') return second === 'reason' ? 'feeWaiverReason' : 'feeWaiver';
  return undefined;
}
