import type { EventOf, ReceiptChannel } from '@ogi/schema';
import type { Receipt } from './types.js';

const CONFIRMATION_ZH = {
  phone: '电话',
  sms: '短信',
  email: '电子邮件',
  system: '系统确认',
  'in-writing': '书面',
} as const;

/** Art. 31 and 国办公开办函〔2015〕207号: which day counts as receipt for each channel. */
const RECEIPT_BASIS: Record<ReceiptChannel, string> = {
  'in-person': '当面提交的，以提交之日为收到申请之日（《条例》第三十一条第一项）',
  post: '以邮寄方式提交的，以行政机关签收之日为收到申请之日（《条例》第三十一条第二项）',
  letter:
    '以平常信函等无需签收的邮寄方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日（《条例》第三十一条第二项）',
  online: '通过互联网渠道提交的，以双方确认之日为收到申请之日（《条例》第三十一条第三项）',
  fax: '通过传真提交的，以双方确认之日为收到申请之日（《条例》第三十一条第三项）',
  email: '通过电子邮件提交的，以系统收到之日为收到申请之日（国办公开办函〔2015〕207号）',
};

/** The receipt date of a request and the rule behind it (Art. 31). */
export function describeReceipt(event: EventOf<'received'>): Receipt {
  const confirmation = event.confirmedBy ? `；确认方式：${CONFIRMATION_ZH[event.confirmedBy]}` : '';
  return {
    channel: event.channel,
    on: event.on,
    ...(event.confirmedBy ? { confirmedBy: event.confirmedBy } : {}),
    basis: `${RECEIPT_BASIS[event.channel]}${confirmation}`,
  };
}
