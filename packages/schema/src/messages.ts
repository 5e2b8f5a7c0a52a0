/**
 * Every validation message ogi shows, in Chinese and English. Placeholders in
 * braces (`{limit}`, `{options}`, `{keys}`, `{expected}`) are filled in by
 * `toFieldErrors`. Custom issues name their message with `params.messageKey`.
 */

import { CLOCK_DATE_SPAN } from './calendar-span.js';

/** One message in both languages. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** The catalogue of validation messages, keyed by the code a `FieldError` carries. */
export const MESSAGES = {
  required: { zh: '不能为空', en: 'is required' },
  invalid: { zh: '填写不正确', en: 'is invalid' },
  invalidType: { zh: '应为{expected}', en: 'must be {expected}' },
  notInteger: { zh: '应为整数', en: 'must be a whole number' },
  tooShort: { zh: '不能少于{limit}个字符', en: 'must be at least {limit} characters' },
  tooLong: { zh: '不能超过{limit}个字符', en: 'must be at most {limit} characters' },
  exactLength: { zh: '应为{limit}个字符', en: 'must be exactly {limit} characters' },
  atLeastOneItem: { zh: '至少需要选择或填写一项', en: 'must have at least one item' },
  tooFewItems: { zh: '至少需要{limit}项', en: 'must have at least {limit} items' },
  tooManyItems: { zh: '不能超过{limit}项', en: 'must have at most {limit} items' },
  exactItems: { zh: '应为{limit}项', en: 'must have exactly {limit} items' },
  tooSmall: { zh: '不能小于{limit}', en: 'must be at least {limit}' },
  tooBig: { zh: '不能大于{limit}', en: 'must be at most {limit}' },
  tooSmallExclusive: { zh: '应大于{limit}', en: 'must be greater than {limit}' },
  tooBigExclusive: { zh: '应小于{limit}', en: 'must be less than {limit}' },
  notMultipleOf: { zh: '应为{limit}的倍数', en: 'must be a multiple of {limit}' },
  invalidFormat: { zh: '格式不正确', en: 'has the wrong format' },
  invalidDate: {
    zh: '应为真实存在的日期，格式为YYYY-MM-DD',
    en: 'must be a real calendar date written YYYY-MM-DD',
  },
  dateOutsideClock: {
    zh: `应为${CLOCK_DATE_SPAN.from}至${CLOCK_DATE_SPAN.to}之间的日期`,
    en: `must be a date from ${CLOCK_DATE_SPAN.from} to ${CLOCK_DATE_SPAN.to}, the span the working-day calendar computes deadlines in`,
  },
  invalidOption: { zh: '不是可选的值，请从给定选项中选择', en: 'must be one of: {options}' },
  invalidUnion: { zh: '不符合任何一种允许的格式', en: 'matches none of the allowed forms' },
  unrecognizedKeys: { zh: '含有无法识别的字段：{keys}', en: 'has fields it does not know: {keys}' },
  invalidKey: { zh: '含有无效的键', en: 'has an invalid key' },
  invalidElement: { zh: '含有无效的元素', en: 'has an invalid element' },
  duplicateOption: { zh: '选项不能重复', en: 'must not list the same option twice' },
  invalidCharacter: {
    zh: '含有无效字符，请重新输入',
    en: 'contains an unpaired surrogate or a Unicode noncharacter',
  },
  replacementCharacter: {
    zh: '含有无法识别的字符（�），请检查文字编码后重新输入',
    en: 'contains U+FFFD, the mark of text that could not be decoded: check its encoding',
  },
  bidiControl: {
    zh: '不能含有改变文字方向的控制字符',
    en: 'must not contain bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069)',
  },
  lineBreak: { zh: '应写在一行内，不能换行', en: 'must be on one line' },
  controlCharacter: { zh: '不能含有控制字符', en: 'must not contain control characters' },
  invisibleOnly: {
    zh: '只含有不可见字符，请删除或填写内容',
    en: 'has only invisible characters: remove them or write something',
  },
  invalidEncoding: {
    zh: '含有不是UTF-8编码的字节，请以UTF-8编码提交',
    en: 'contains bytes that are not UTF-8',
  },
  residentIdFormat: {
    zh: '身份证号码应为18位，前17位为数字，末位为数字或X',
    en: 'a resident ID number has 18 characters: 17 digits, then a digit or X',
  },
  residentIdBirthDate: {
    zh: '身份证号码中的出生日期（第7至14位）不是有效日期',
    en: 'the date of birth in the resident ID number (characters 7–14) is not a real date',
  },
  residentIdCheckDigit: {
    zh: '校验位不正确，请核对号码',
    en: 'the check digit of the resident ID number is wrong: please check the number',
  },
  idNumberFormat: {
    zh: '应为1至40位字母、数字或连字符',
    en: 'must be 1 to 40 letters, digits or dashes',
  },
  creditCodeFormat: {
    zh: '应为18位数字或大写字母（不含I、O、S、V、Z），其中第3至8位为行政区划码',
    en: 'a unified social credit code has 18 digits or capital letters (no I, O, S, V or Z), with a 6-digit region code in characters 3–8',
  },
  creditCodeCheckDigit: {
    zh: '校验码不正确，请核对代码',
    en: 'the check character of the unified social credit code is wrong: please check the code',
  },
  phone: {
    zh: '应为11位手机号码，或带区号的固定电话号码',
    en: 'must be an 11-digit mainland mobile number or a landline number with its area code',
  },
  postcode: { zh: '应为6位数字', en: 'a postcode has 6 digits' },
  email: { zh: '不是有效的电子邮箱地址', en: 'must be an e-mail address' },
  emailRequiredForDelivery: {
    zh: '选择以电子邮件提供或获取信息的，须填写电子邮箱',
    en: 'give an e-mail address when the information is to be provided or sent by e-mail',
  },
  feeWaiverReasonRequired: {
    zh: '申请减免信息处理费的，须说明理由',
    en: 'say why the processing fee should be waived',
  },
  fileTooLarge: { zh: '不能超过10MB', en: 'a file must be at most 10 MB' },
  attachmentsThroughUpload: {
    zh: '附件不随申请内容提交：请在提交申请后，通过上传附件功能逐个上传',
    en: 'attachments are not part of the submission: upload each file through the attachment routes after submitting',
  },
  confirmationRequired: {
    zh: '网上或传真提交的申请须写明双方如何确认收到',
    en: 'an online or fax request is received on the day both sides confirm it: say how',
  },
  smtpSettingsRequired: {
    zh: '发送方式为SMTP的，须填写SMTP服务器设置（地址、端口、加密方式）',
    en: 'give the SMTP relay (host, port, security) when the transport is smtp',
  },
  smtpSettingsUnused: {
    zh: '发送方式为SES时不使用SMTP服务器设置：如需通过SMTP发送，请将发送方式设为smtp',
    en: 'is not used while the transport is ses: set transport to smtp to send through this relay',
  },
  cognitoNotInChina: {
    zh: 'AWS中国区域没有Cognito用户池：请改用本单位的OIDC身份提供方（kind 设为 oidc）',
    en: "AWS China regions have no Cognito user pools: use the district's own OIDC issuer (kind oidc)",
  },
  webDomainInChina: {
    zh: 'AWS中国区域的CloudFront不能使用其默认域名：请填写已完成ICP备案的网站域名',
    en: 'CloudFront in AWS China serves nothing on its own domain: give the web domain, with its ICP recordal',
  },
  webCertificateRequired: {
    zh: '填写网站域名的，须同时填写该域名的证书（全球区域为us-east-1的ACM证书，中国区域为IAM服务器证书）',
    en: 'give the certificate of the web domain (an ACM certificate in us-east-1, or in AWS China an IAM server certificate)',
  },
  webCertificateUnused: {
    zh: '未填写网站域名时不使用证书：请填写网站域名，或删除证书设置',
    en: 'is not used without a web domain: give webDomain, or remove the certificate',
  },
  acmNotInChinaCloudFront: {
    zh: 'AWS中国区域的CloudFront不支持ACM证书：请将证书上传至IAM（路径 /cloudfront/），并填写其证书ID（kind 设为 iam）',
    en: 'CloudFront in AWS China takes no ACM certificate: upload it to IAM under /cloudfront/ and give its id (kind iam)',
  },
  sesNotInChina: {
    zh: 'AWS中国区域没有SES：请将发送方式设为smtp并填写SMTP服务器设置',
    en: 'AWS China regions have no SES: set transport to smtp and give the relay',
  },
  smtpCredentialsTogether: {
    zh: '用户名与密码环境变量须同时填写，或均不填写',
    en: 'give user and passwordEnv together, or neither',
  },
  environmentVariableName: {
    zh: '应为环境变量的名称（大写字母、数字或下划线，不以数字开头），而非密码本身',
    en: 'must be the name of an environment variable (capital letters, digits and underscores, not starting with a digit), not the password itself',
  },
  feePaymentRequired: {
    zh: '收取信息处理费的机关须写明缴费方式，收费通知书才能告知申请人如何缴费',
    en: 'is required while the district charges fees: the fee notice must say how to pay',
  },
  letterNumberPattern: {
    zh: '文号格式应各含一次{year}（年份）和{n}（序号），例如：大场依申〔{year}〕第{n}号',
    en: 'must contain {year} and {n} once each, e.g. 大场依申〔{year}〕第{n}号',
  },
} as const satisfies Record<string, Message>;

/** The key of a message in `MESSAGES`; also the `code` of a `FieldError`. */
export type MessageKey = keyof typeof MESSAGES;

/** Whether `key` names a message in `MESSAGES`. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(MESSAGES, key);
}

/**
 * Options for a custom zod issue that `toFieldErrors` renders from `MESSAGES[key]`:
 * the English text as `message`, the key as `params.messageKey`.
 * @example ctx.addIssue({ code: 'custom', path: ['email'], ...messageIssue('email') })
 */
export function messageIssue(key: MessageKey): {
  message: string;
  params: { messageKey: MessageKey };
} {
  return { message: MESSAGES[key].en, params: { messageKey: key } };
}

/**
 * The Chinese display name of each field, as the web form labels it. A key
 * `parent.field` wins over `field` where one name means different things.
 */
export const FIELD_LABELS = {
  applicant: '申请人',
  'applicant.kind': '申请人类型',
  kind: '类型',
  name: '姓名/名称',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '联系电话',
  email: '电子邮箱',
  postalAddress: '通信地址',
  address: '通信地址',
  postcode: '邮政编码',
  workplace: '工作单位',
  creditCode: '统一社会信用代码',
  orgKind: '法人或其他组织类型',
  legalRepresentative: '法定代表人',
  contactPerson: '联系人',
  information: '所需信息',
  description: '所需信息的名称、文号或其他特征描述',
  documentNumber: '文号',
  purpose: '用途',
  'attachments.purpose': '附件用途',
  deliveryForm: '指定提供方式',
  retrieval: '获取信息的方式',
  feeWaiver: '减免费用',
  requested: '是否申请减免',
  reason: '理由',
  attachments: '附件',
  key: '文件标识',
  fileName: '文件名',
  contentType: '文件类型',
  size: '文件大小',
  channel: '提交渠道',
  type: '事件类型',
  on: '日期',
  actor: '经办人',
  note: '备注',
  confirmedBy: '确认方式',
  applicantDueOn: '补正期限',
  items: '补正事项',
  party: '征求意见对象',
  ref: '编号',
  reply: '答复',
  workingDays: '工作日数',
  approvedBy: '批准人',
  yuan: '金额（元）',
  scale: '收费方式',
  quantity: '数量',
  dueOn: '办理期限',
  outcome: '办理结果',
  result: '结果',
  transport: '邮件发送方式',
  smtp: 'SMTP服务器设置',
  'smtp.host': 'SMTP服务器地址',
  'smtp.port': 'SMTP端口',
  'smtp.security': 'SMTP加密方式',
  'smtp.user': 'SMTP用户名',
  'smtp.passwordEnv': 'SMTP密码环境变量',
  staffAddresses: '工作人员邮箱',
} as const satisfies Record<string, string>;

const LABELS: Readonly<Record<string, string>> = FIELD_LABELS;

/**
 * The Chinese display name of the field at `path`, or `undefined` when none is
 * known. Array indices are skipped (`attachments.0.size` → 文件大小).
 */
export function fieldLabel(path: readonly PropertyKey[]): string | undefined {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  const last = names.at(-1);
  if (last === undefined) return undefined;
  const qualified = `${names.at(-2) ?? ''}.${last}`;
  if (Object.hasOwn(LABELS, qualified)) return LABELS[qualified];
  return Object.hasOwn(LABELS, last) ? LABELS[last] : undefined;
}
