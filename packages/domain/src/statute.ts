/** The periods the law fixes, in working days, each with its source. */
export const STATUTE = {
  /** Art. 33 ¶2: answer within 20 working days of receipt. */
  answerWorkingDays: 20,
  /** Art. 33 ¶2: one extension of at most 20 working days, approved by the head of the OGI office. */
  maxExtensionWorkingDays: 20,
  /** Art. 30: ask for a correction once, within 7 working days of receipt. */
  correctionNoticeWorkingDays: 7,
  /** Art. 32 (third parties) and Art. 34 (other agencies): 15 working days to reply. */
  consultationReplyWorkingDays: 15,
  /** 国办函〔2020〕109号: the applicant pays within 20 working days of the fee notice. */
  feePaymentWorkingDays: 20,
} as const;

/** The settings a district may choose where the law leaves a choice. */
export interface ClockSettings {
  /** Art. 30 asks for a "reasonable" correction period: the default in working days. */
  readonly correctionPeriodWorkingDays: number;
  /** Whether the answer clock stands still from the fee notice to payment. */
  readonly feePausesClock: boolean;
}

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = {
  correctionPeriodWorkingDays: 15,
  feePausesClock: true,
};
