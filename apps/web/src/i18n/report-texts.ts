import { language } from './language.js';

/**
 * The annual report page's texts: a part of the catalogue loaded with the
 * page's own chunk (`rt`), so the applicant's first load does not carry
 * them. The template's own words (section headings, table labels) are not
 * here: the page takes them from `@ogi/report/layout`, as the published
 * report prints them.
 */
export const REPORT_ZH = {
  reportTitle: '政府信息公开工作年度报告',
  reportYear: '年度',
  reportOpen: '打开',
  reportLoading: '正在汇总本年度的办理记录……',
  reportLoadFailed: '年度报告无法加载，请稍后重试。',
  reportReadOnly: '经办人员可以查看年度报告；填写和发布由公开办或负责人办理。',
  reportChecksTitle: '校验结果',
  reportChecksNone: '所有校验均已通过。',
  reportChecksIntro: '有问题的单元格已在表中标出；点击问题可跳到对应的单元格或填写项。',
  reportCheckError: '错误，须修改后才能发布',
  reportCheckWarning: '提示，请核对',
  reportCellFlag: '有校验问题：',
  reportInputsTitle: '工作人员填写的内容',
  reportInputsIntro:
    '表二、第一、五、六部分和信息处理费金额由工作人员填写，表三、表四由办理记录汇总。保存后报告重新汇总和校验。表二没有的填0。',
  reportInputsErrors: '请先修改标出的填写项再保存。',
  reportFees: '本年度收取的信息处理费（元）',
  reportFeesFromRecords: '留空则按办理记录中的缴费合计填报，目前为{n}元。',
  reportFeesBlank: '留空则按办理记录中的缴费合计填报。',
  reportDraftsTitle: '根据表格生成的文字草稿',
  reportDraftsIntro:
    '以下文字由表三、表四的数字生成，可加入第一部分后再修改。只发布第一部分中的文字。',
  reportDraftApplications: '依申请公开情况',
  reportDraftAppeals: '行政复议、行政诉讼情况',
  reportDraftInsert: '加入第一部分',
  reportSave: '保存填写内容',
  reportSaving: '正在保存……',
  reportSaved: '已保存，报告已重新汇总和校验。',
  reportConflict:
    '该年度报告已被他人保存，已重新加载最新内容；您填写的内容已保留，请核对后再保存。',
  reportUnsaved: '有尚未保存的修改。',
  reportPublishTitle: '审阅并发布',
  reportPublishIntro:
    '发布的是上面显示的、已保存的报告。发布时将核对下面的摘要值：如果您审阅后报告有变化（新的办理记录，或他人保存了填写内容），将不予发布，请重新审阅。',
  reportDigest: '报告摘要值（SHA-256）',
  reportGapsTitle: '发布前还需填写：',
  reportHasErrors: '报告存在错误（R1–R5），须修改后才能发布。',
  reportConfirm: '我已审阅上述年度报告，确认发布',
  reportConfirmMissing: '请先勾选确认已审阅报告',
  reportPublish: '发布年度报告',
  reportPublishing: '正在发布……',
  reportPublished: '已发布。',
  reportChanged: '报告在您审阅后已有变化，已重新加载，请重新审阅后再发布。',
  reportSaveFirst: '请先保存填写内容再发布：发布的是已保存的报告。',
  reportRefused: '未能发布：',
  reportVersionsTitle: '已发布的版本',
  reportVersionsNone: '本年度报告尚未发布。',
  reportVersion: '第{n}版',
  reportPublishedBy: '发布人',
  reportDownloadHtml: '下载网页版（HTML）',
  reportDownloadDocx: '下载Word版（DOCX）',
} as const;

export const REPORT_EN: Record<keyof typeof REPORT_ZH, string> = {
  reportTitle: 'Annual report on government information disclosure',
  reportYear: 'Year',
  reportOpen: 'Open',
  reportLoading: 'Counting the year’s records…',
  reportLoadFailed: 'The annual report could not be loaded; try again later.',
  reportReadOnly:
    'Clerks may read the annual report; the OGI office or the head of office fills it in and publishes it.',
  reportChecksTitle: 'Checks',
  reportChecksNone: 'Every check passes.',
  reportChecksIntro:
    'The cells with a problem are marked in the tables; follow a problem to its cell or field.',
  reportCheckError: 'error, to fix before publishing',
  reportCheckWarning: 'warning, to verify',
  reportCellFlag: 'Check failed: ',
  reportInputsTitle: 'What staff fill in',
  reportInputsIntro:
    'Staff fill in table 二, sections 一, 五 and 六 and the fees collected; tables 三 and 四 are counted from the records. Saving counts and checks the report again. Enter 0 in table 二 where there is none.',
  reportInputsErrors: 'Correct the fields marked, then save.',
  reportFees: 'Information processing fees collected this year (yuan)',
  reportFeesFromRecords:
    'Left empty, the total of the fees paid in the records is reported: {n} yuan now.',
  reportFeesBlank: 'Left empty, the total of the fees paid in the records is reported.',
  reportDraftsTitle: 'Text drafted from the tables',
  reportDraftsIntro:
    'Drafted from the figures of tables 三 and 四: add it to section 一 and edit it there. Only the text of section 一 is published.',
  reportDraftApplications: 'Requests',
  reportDraftAppeals: 'Reconsiderations and lawsuits',
  reportDraftInsert: 'Add to section 一',
  reportSave: 'Save',
  reportSaving: 'Saving…',
  reportSaved: 'Saved; the report was counted and checked again.',
  reportConflict:
    'Someone else saved this report; the latest was loaded and what you typed is kept: check it, then save.',
  reportUnsaved: 'There are unsaved changes.',
  reportPublishTitle: 'Review and publish',
  reportPublishIntro:
    'What is published is the saved report shown above. Publishing checks the digest below: if the report changed after you reviewed it (new records, or someone saved the inputs), nothing is published and you review it again.',
  reportDigest: 'Digest of the report (SHA-256)',
  reportGapsTitle: 'Still to fill in before publishing:',
  reportHasErrors: 'The report has errors (R1–R5): fix them before publishing.',
  reportConfirm: 'I have reviewed the report above and publish it',
  reportConfirmMissing: 'Tick the box to confirm that you reviewed the report',
  reportPublish: 'Publish the annual report',
  reportPublishing: 'Publishing…',
  reportPublished: 'Published.',
  reportChanged:
    'The report changed after you reviewed it; it was loaded again: review it, then publish.',
  reportSaveFirst: 'Save what you typed first: what is published is the saved report.',
  reportRefused: 'Not published: ',
  reportVersionsTitle: 'Published versions',
  reportVersionsNone: 'This year’s report has not been published yet.',
  reportVersion: 'version {n}',
  reportPublishedBy: 'published by',
  reportDownloadHtml: 'Download the web page (HTML)',
  reportDownloadDocx: 'Download the Word document (DOCX)',
};

/** A key of the report page's texts. */
export type ReportTextKey = keyof typeof REPORT_ZH;

const REPORT_TEXTS = { zh: REPORT_ZH, en: REPORT_EN } as const;

/** The report page's text for `key` in the current language (`t` for the rest of the catalogue). */
export function rt(key: ReportTextKey): string {
  return REPORT_TEXTS[language.value][key];
}
