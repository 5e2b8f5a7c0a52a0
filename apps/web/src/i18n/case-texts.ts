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
  queueAwaitingTitle: '待确认收到的网上申请',
  queueAwaitingIntro:
    '网上提交的申请，以双方确认之日为收到申请之日（《条例》第三十一条第三项）。请与申请人确认后，在办理页面登记收到申请。',
  queueAwaitingCaption: '按受理编号排序，先提交的在前',
  queueAwaitingEmpty: '没有待确认收到的申请。',
  queueReceivedTitle: '已收到的申请',
  queueWorkingDaysLeft: '剩余工作日',
  queueDaysLeft: '还剩{n}个工作日',
  queueDueToday: '今天到期',
  queueDaysOver: '已超过{n}个工作日',
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
  queueAwaitingTitle: 'Online requests awaiting confirmation of receipt',
  queueAwaitingIntro:
    'An online request is received on the day both sides confirm it (Art. 31(3) of the Regulations). Confirm with the applicant, then record the receipt on the case page.',
  queueAwaitingCaption: 'By receipt number, the earliest first',
  queueAwaitingEmpty: 'No request awaits confirmation of receipt.',
  queueReceivedTitle: 'Requests received',
  queueWorkingDaysLeft: 'Working days left',
  queueDaysLeft: '{n} working days left',
  queueDueToday: 'Due today',
  queueDaysOver: '{n} working days over',
};
