import { type FieldError, fieldErrorsOrData, StaffRegistration } from '@ogi/schema';

/** How and when a request handed in, posted or faxed reached the agency, as staff type it. */
export interface ReceivedValues {
  on: string;
  channel: string;
  confirmedBy: string;
  note: string;
}

/** The channels staff register requests from: the online ones arrive through the form. */
export const REGISTER_CHANNELS = ['in-person', 'post', 'letter', 'fax', 'email'] as const;

/** The received block as it opens: today, handed in at the counter. */
export function initialReceived(today: string): ReceivedValues {
  return { on: today, channel: 'in-person', confirmedBy: 'phone', note: '' };
}

/** Whether the channel's receipt day waits for both sides to confirm it (Art. 31(3)). */
export const needsConfirmation = (channel: string): boolean =>
  channel === 'online' || channel === 'fax';

/**
 * `POST /api/staff/requests`' body, checked with the API's own
 * `StaffRegistration`: the applicant's submission (already checked by the
 * form) and the received block, or the received block's errors by field.
 */
export function registrationOf(
  submission: unknown,
  received: ReceivedValues,
):
  | { ok: true; body: { submission: unknown; received: Record<string, string> } }
  | { ok: false; errors: Map<string, FieldError> } {
  const body = {
    submission,
    received: {
      on: received.on,
      channel: received.channel,
      ...(needsConfirmation(received.channel) ? { confirmedBy: received.confirmedBy } : {}),
      ...(received.note.trim() ? { note: received.note } : {}),
    },
  };
  const result = fieldErrorsOrData(StaffRegistration, body);
  if (result.ok) return { ok: true, body };
  return { ok: false, errors: receivedErrors(result.errors) };
}

/**
 * The errors of the received block by its field (`received.on` → `on`); an
 * error of the submission is the form's, and the block leaves it alone.
 */
export function receivedErrors(errors: readonly FieldError[]): Map<string, FieldError> {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    const [root, field = ''] = error.path.split('.');
    if (root === 'received' && !byField.has(field)) byField.set(field, error);
  }
  return byField;
}
