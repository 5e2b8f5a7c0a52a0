import type { TextKey } from '../i18n/catalogue.js';
import type { CommandKind } from './commands.js';
import type { DeadlineState } from './deadline-state.js';

/** The catalogue's word for each stored status. */
export const STATUS_TEXT: Readonly<Record<string, TextKey>> = {
  submitted: 'statusSubmitted',
  processing: 'statusProcessing',
  'awaiting-correction': 'statusAwaitingCorrection',
  decided: 'statusDecided',
  withdrawn: 'statusWithdrawn',
  'deemed-withdrawn': 'statusDeemedWithdrawn',
};

/** The catalogue's word for each deadline state (the colour is the CSS class `state--<state>`). */
export const STATE_TEXT: Readonly<Record<DeadlineState, TextKey>> = {
  overdue: 'stateOverdue',
  'due-soon': 'stateDueSoon',
  'on-track': 'stateOnTrack',
  paused: 'statePaused',
  'awaiting-receipt': 'stateAwaitingReceipt',
  closed: 'stateClosed',
};

/** Whose deadline the next one is. */
export const DEADLINE_TEXT: Readonly<Record<string, TextKey>> = {
  answer: 'deadlineAnswer',
  'correction-notice': 'deadlineCorrectionNotice',
  'applicant-correction': 'deadlineApplicantCorrection',
  'consultation-reply': 'deadlineConsultationReply',
  'fee-payment': 'deadlineFeePayment',
  'deemed-withdrawal': 'deadlineDeemedWithdrawal',
};

/** The title of each step's form. */
export const COMMAND_TEXT: Readonly<Record<CommandKind, TextKey>> = {
  received: 'cmdReceived',
  correctionRequested: 'cmdCorrectionRequested',
  consultationStarted: 'cmdConsultationStarted',
  consultationEnded: 'cmdConsultationEnded',
  feeNoticed: 'cmdFeeNoticed',
  extended: 'cmdExtended',
  correctionReceived: 'cmdCorrectionReceived',
  feePaid: 'cmdFeePaid',
  deadlineSet: 'cmdDeadlineSet',
  decided: 'cmdDecided',
  deemedWithdrawn: 'cmdDeemedWithdrawn',
  appealFiled: 'cmdAppealFiled',
  appealConcluded: 'cmdAppealConcluded',
};

/** The name of each kind of letter. */
export const LETTER_KIND_TEXT: Readonly<Record<string, TextKey>> = {
  receipt: 'letterKindReceipt',
  'correction-notice': 'letterKindCorrectionNotice',
  'extension-notice': 'letterKindExtensionNotice',
  'third-party-consultation': 'letterKindThirdPartyConsultation',
  'third-party-decision': 'letterKindThirdPartyDecision',
  'fee-notice': 'letterKindFeeNotice',
  answer: 'letterKindAnswer',
};

/** The word for each entry of the history. */
export const EVENT_TEXT: Readonly<Record<string, TextKey>> = {
  submitted: 'eventSubmitted',
  received: 'eventReceived',
  correctionRequested: 'eventCorrectionRequested',
  correctionReceived: 'eventCorrectionReceived',
  consultationStarted: 'eventConsultationStarted',
  consultationEnded: 'eventConsultationEnded',
  extended: 'eventExtended',
  feeNoticed: 'eventFeeNoticed',
  feePaid: 'eventFeePaid',
  deadlineSet: 'eventDeadlineSet',
  decided: 'eventDecided',
  withdrawn: 'eventWithdrawn',
  deemedWithdrawn: 'eventDeemedWithdrawn',
  appealFiled: 'eventAppealFiled',
  appealConcluded: 'eventAppealConcluded',
  assignment: 'eventAssignment',
  'deadline-moved': 'eventDeadlineMoved',
  'letter-revised': 'eventLetterRevised',
};

/** The options of the step forms' choices. */
export const CHOICES: Readonly<Record<string, readonly [string, TextKey][]>> = {
  confirmedBy: [
    ['phone', 'confirmPhone'],
    ['sms', 'confirmSms'],
    ['email', 'confirmEmail'],
    ['system', 'confirmSystem'],
    ['in-writing', 'confirmInWriting'],
  ],
  party: [
    ['third-party', 'partyThirdParty'],
    ['agency', 'partyAgency'],
  ],
  reply: [
    ['agreed', 'replyAgreed'],
    ['objected', 'replyObjected'],
    ['silent', 'replySilent'],
  ],
  scale: [
    ['page', 'scalePage'],
    ['item', 'scaleItem'],
  ],
  'deemedWithdrawn.reason': [
    ['correction-lapsed', 'withdrawalCorrectionLapsed'],
    ['fee-unpaid', 'withdrawalFeeUnpaid'],
  ],
  kind: [
    ['reconsideration', 'appealReconsideration'],
    ['litigation-direct', 'appealLitigationDirect'],
    ['litigation-after-reconsideration', 'appealLitigationAfterReconsideration'],
  ],
  result: [
    ['upheld', 'appealUpheld'],
    ['corrected', 'appealCorrected'],
    ['other', 'appealOther'],
  ],
};

/** The choices of a step form's field, where one step's field of a shared name differs (`<kind>.<field>` first). */
export function choicesOf(kind: string, field: string): readonly [string, TextKey][] | undefined {
  return CHOICES[`${kind}.${field}`] ?? CHOICES[field];
}

/** The label of a step form's field (`<kind>.<field>` first). */
export function fieldTextOf(kind: string, field: string): TextKey {
  return FIELD_TEXT[`${kind}.${field}`] ?? FIELD_TEXT[field] ?? 'fieldNote';
}

/** The label of each step form's field. */
export const FIELD_TEXT: Readonly<Record<string, TextKey>> = {
  on: 'fieldOn',
  note: 'fieldNote',
  confirmedBy: 'fieldConfirmedBy',
  items: 'fieldItems',
  applicantDueOn: 'fieldApplicantDueOn',
  party: 'fieldParty',
  ref: 'fieldRef',
  reply: 'fieldReply',
  scale: 'fieldScale',
  quantity: 'fieldQuantity',
  prior: 'fieldPrior',
  workingDays: 'fieldWorkingDays',
  outcome: 'fieldOutcome',
  dueOn: 'fieldDueOn',
  'deadlineSet.reason': 'fieldDeadlineReason',
  'deemedWithdrawn.reason': 'fieldWithdrawalReason',
  kind: 'fieldAppealKind',
  result: 'fieldAppealResult',
  'letter.thirdParty.name': 'fieldThirdPartyName',
  'letter.thirdParty.contact': 'fieldThirdPartyContact',
  'letter.question': 'fieldQuestion',
  'letter.extensionReason': 'fieldExtensionReason',
  'letter.provision': 'fieldProvision',
  'letter.publishedAt': 'fieldPublishedAt',
  'letter.withheld': 'fieldWithheld',
  'letter.reasons': 'fieldReasons',
};
