/**
 * The case page's applicant (masked until asked), its attachments and the
 * queue's list of submissions awaiting receipt: part of the one catalogue
 * (`catalogue.ts` spreads them in).
 */
export const CASE_ZH = {
  caseApplicantMasked:
    '申请人的证件号码、电话和电子邮箱已部分隐藏。显示完整信息时，系统将记录查看人和查看时间。',
  caseRevealApplicant: '显示申请人信息',
  caseRevealed: '已显示完整的申请人信息，本次查看已记录。',
  caseRevealFailed: '申请人信息无法显示，请稍后重试。',
  caseReveals: '申请人信息查看记录',
  caseRevealEntry: '{actor}（{role}）于{at}查看',
  caseAttachmentOpen: '打开',
  caseAttachmentPending: '尚未核验',
  caseAttachmentRejected: '未通过核验',
  caseAttachmentFailed: '文件无法打开，请稍后重试。',
} as const;

export const CASE_EN: Record<keyof typeof CASE_ZH, string> = {
  caseApplicantMasked:
    'The applicant’s ID number, phone and e-mail are partly hidden. Showing them in full records who asked and when.',
  caseRevealApplicant: 'Show the applicant’s details',
  caseRevealed: 'The applicant’s details are shown in full; this viewing is recorded.',
  caseRevealFailed: 'The applicant’s details could not be shown; try again later.',
  caseReveals: 'Who was shown the applicant’s details',
  caseRevealEntry: '{actor} ({role}) at {at}',
  caseAttachmentOpen: 'Open',
  caseAttachmentPending: 'not checked yet',
  caseAttachmentRejected: 'failed the check',
  caseAttachmentFailed: 'The file could not be opened; try again later.',
};
