import { feePerItem, feePerPage } from '@ogi/domain';
import {
  AssignmentCommand,
  type FieldError,
  fieldErrorsOrData,
  type LetterKind,
  LetterRevisionCommand,
  StaffCommand,
} from '@ogi/schema';

/** The steps the case page has a form for, in the order it shows them. */
export const COMMAND_KINDS = [
  'received',
  'correctionRequested',
  'consultationStarted',
  'consultationEnded',
  'correctionReceived',
  'feeNoticed',
  'feePaid',
  'extended',
  'deadlineSet',
  'decided',
  'deemedWithdrawn',
  'appealFiled',
  'appealConcluded',
] as const;
export type CommandKind = (typeof COMMAND_KINDS)[number];

/** The fields each step's form has, beside the day (`on`) and the note every step has. */
export const COMMAND_FIELDS: Readonly<Record<CommandKind, readonly string[]>> = {
  received: ['confirmedBy'],
  correctionRequested: ['items', 'applicantDueOn'],
  consultationStarted: [
    'party',
    'ref',
    'letter.thirdParty.name',
    'letter.thirdParty.contact',
    'letter.question',
  ],
  consultationEnded: ['party', 'reply'],
  correctionReceived: [],
  feeNoticed: ['scale', 'quantity', 'prior'],
  feePaid: [],
  extended: ['workingDays', 'letter.extensionReason'],
  deadlineSet: ['dueOn', 'reason'],
  decided: [
    'outcome',
    'letter.provision',
    'letter.publishedAt',
    'letter.withheld',
    'letter.reasons',
  ],
  deemedWithdrawn: ['reason'],
  appealFiled: ['kind'],
  appealConcluded: ['kind', 'result'],
};

/** Fields typed over several lines. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set([
  'items',
  'letter.question',
  'letter.extensionReason',
  'letter.provision',
  'letter.withheld',
  'letter.reasons',
  'deadlineSet.reason',
]);

/**
 * The steps whose record issues a letter, with the kinds it may issue (the
 * first unless staff pick one): a preview shows it before the step is sent.
 */
export const LETTERS_OF: Readonly<Partial<Record<CommandKind, readonly LetterKind[]>>> = {
  received: ['receipt'],
  correctionRequested: ['correction-notice'],
  consultationStarted: ['third-party-consultation'],
  feeNoticed: ['fee-notice'],
  extended: ['extension-notice'],
  decided: ['answer', 'third-party-decision'],
  deemedWithdrawn: ['answer'],
};

/** What was typed into one step's form, by field. */
export type CommandValues = Record<string, string>;

/** A step's form as it opens: today, and the choices most steps take. */
export function initialValues(kind: CommandKind, today: string): CommandValues {
  const values: CommandValues = { on: today, note: '' };
  for (const field of COMMAND_FIELDS[kind]) values[field] = '';
  if (kind === 'received') values.confirmedBy = 'phone';
  if (kind === 'consultationStarted') values.party = 'third-party';
  if (kind === 'feeNoticed') Object.assign(values, { scale: 'page', prior: '0' });
  if (kind === 'extended') values.workingDays = '20';
  if (kind === 'deemedWithdrawn') values.reason = 'correction-lapsed';
  if (kind === 'appealFiled' || kind === 'appealConcluded') values.kind = 'reconsideration';
  if (kind === 'appealConcluded') values.result = 'upheld';
  return values;
}

const whole = (text: string | undefined): number | undefined =>
  text !== undefined && /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;

/**
 * The fee the notice asks for (国办函〔2020〕109号), computed as staff type the
 * quantity: pages of this request, or items counting the applicant's earlier
 * items this month. `undefined` until the quantity is a whole number.
 */
export function feeOf(values: CommandValues): number | undefined {
  const quantity = whole(values.quantity);
  if (quantity === undefined || quantity < 1) return undefined;
  if (values.scale === 'item') {
    return feePerItem({ prior: whole(values.prior) ?? 0, items: quantity }).yuan;
  }
  return feePerPage({ pages: quantity }).yuan;
}

/** The lifecycle event a step's form describes (unchecked: the schema judges it). */
export function eventOf(kind: CommandKind, values: CommandValues, channel: string) {
  const note = values.note?.trim() ? { note: values.note } : {};
  const base = { type: kind, on: values.on ?? '', ...note };
  const optional = (name: string) => (values[name]?.trim() ? { [name]: values[name] } : {});
  switch (kind) {
    case 'received':
      return {
        ...base,
        channel,
        ...(channel === 'online' || channel === 'fax' ? optional('confirmedBy') : {}),
      };
    case 'correctionRequested': {
      const items = (values.items ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return { ...base, ...(items.length > 0 ? { items } : {}), ...optional('applicantDueOn') };
    }
    case 'consultationStarted':
      return { ...base, party: values.party, ...optional('ref') };
    case 'consultationEnded':
      return { ...base, ...optional('party'), ...optional('reply') };
    case 'feeNoticed': {
      const quantity = whole(values.quantity);
      return {
        ...base,
        scale: values.scale,
        yuan: feeOf(values) ?? Number.NaN,
        ...(quantity === undefined ? { quantity: values.quantity } : { quantity }),
      };
    }
    case 'extended':
      return { ...base, workingDays: whole(values.workingDays) ?? values.workingDays };
    case 'decided':
      return { ...base, outcome: values.outcome };
    case 'correctionReceived':
    case 'feePaid':
      return base;
    case 'deadlineSet':
      return { ...base, dueOn: values.dueOn, reason: values.reason };
    case 'deemedWithdrawn':
      return { ...base, reason: values.reason };
    case 'appealFiled':
      return { ...base, kind: values.kind };
    case 'appealConcluded':
      return { ...base, kind: values.kind, result: values.result };
  }
}

/**
 * What the step's letter needs beyond the records (`LetterDetails`), from
 * the form's `letter.…` fields that were filled in; `undefined` when none was.
 */
export function letterOf(values: CommandValues): Record<string, unknown> | undefined {
  const letter: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    const [root, name, part] = field.split('.');
    if (root !== 'letter' || name === undefined || !value.trim()) continue;
    if (part === undefined) letter[name] = value;
    else letter[name] = { ...(letter[name] as Record<string, string> | undefined), [part]: value };
  }
  return Object.keys(letter).length > 0 ? letter : undefined;
}

/**
 * The command's body, checked with the API's own `StaffCommand`, or the
 * errors by form field (`event.items.0` → `items`; `event.yuan` → `quantity`).
 */
export function commandOf(
  kind: CommandKind,
  values: CommandValues,
  channel: string,
  expectedVersion: number,
):
  | { ok: true; body: { expectedVersion: number; event: unknown; letter?: unknown } }
  | { ok: false; errors: Map<string, FieldError> } {
  const letter = letterOf(values);
  const body = {
    expectedVersion,
    event: eventOf(kind, values, channel),
    ...(letter ? { letter } : {}),
  };
  const result = fieldErrorsOrData(StaffCommand, body);
  if (result.ok) return { ok: true, body };
  return { ok: false, errors: errorsByField(result.errors) };
}

/**
 * The form field an error's path names: the event's own field, the fee under
 * the quantity, a letter's detail by its whole path (a party under its name).
 */
export function fieldOfPath(path: string): string {
  const [root, field, part] = path.split('.');
  if (root === 'letter' && field !== undefined) {
    return `letter.${field}${field === 'thirdParty' || field === 'otherAgency' ? `.${part ?? 'name'}` : ''}`;
  }
  if (root !== 'event' || field === undefined) return '';
  return field === 'yuan' ? 'quantity' : field;
}

/** The first error of each field ('' for errors of no field), for the messages beside the fields. */
export function errorsByField(errors: readonly FieldError[]): Map<string, FieldError> {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (!byField.has(field)) byField.set(field, error);
  }
  return byField;
}

/**
 * `PUT …/assignee`'s body, checked with the API's own `AssignmentCommand`:
 * the staff id typed (nobody when left empty), against the version read.
 */
export function assignmentOf(
  assignee: string,
  expectedVersion: number,
):
  | { ok: true; body: { expectedVersion: number; assignee: string | null } }
  | { ok: false; error: FieldError } {
  const body = { expectedVersion, assignee: assignee.trim() ? assignee.trim() : null };
  const result = fieldErrorsOrData(AssignmentCommand, body);
  if (result.ok) return { ok: true, body };
  return { ok: false, error: result.errors[0] as FieldError };
}

/**
 * `POST …/letters/{letterId}/versions`' body, checked with the API's own
 * `LetterRevisionCommand`: the letter's details typed again and why it is
 * corrected, or the errors by form field (`correction`, `letter.…`).
 */
export function revisionOf(
  values: CommandValues,
  expectedVersion: number,
):
  | { ok: true; body: { expectedVersion: number; letter: unknown; correction: string } }
  | { ok: false; errors: Map<string, FieldError> } {
  const body = {
    expectedVersion,
    letter: letterOf(values) ?? {},
    correction: values.correction ?? '',
  };
  const result = fieldErrorsOrData(LetterRevisionCommand, body);
  if (result.ok) return { ok: true, body };
  const errors = new Map<string, FieldError>();
  for (const error of result.errors) {
    const field = error.path.startsWith('letter.') ? fieldOfPath(error.path) : error.path;
    if (!errors.has(field)) errors.set(field, error);
  }
  return { ok: false, errors };
}

/** The details each kind of letter is drafted from, typed again when it is corrected. */
export const LETTER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  answer: ['letter.provision', 'letter.publishedAt', 'letter.withheld', 'letter.reasons'],
  'extension-notice': ['letter.extensionReason'],
  'third-party-consultation': [
    'letter.thirdParty.name',
    'letter.thirdParty.contact',
    'letter.question',
  ],
  'third-party-decision': ['letter.reasons'],
};

/** A correction's form as it opens: the details the letter was drafted with. */
export function revisionValues(kind: string, details: Record<string, unknown> = {}): CommandValues {
  const values: CommandValues = { correction: '' };
  for (const field of LETTER_FIELDS[kind] ?? []) {
    const [, name = '', part] = field.split('.');
    const detail = details[name];
    values[field] =
      part === undefined
        ? typeof detail === 'string'
          ? detail
          : ''
        : String((detail as Record<string, unknown> | undefined)?.[part] ?? '');
  }
  return values;
}
