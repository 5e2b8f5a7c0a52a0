import { describe, expect, it } from 'vitest';
import {
  type DigestContext,
  type DigestRecipients,
  type OfficeNotice,
  renderDigest,
  renderDigests,
} from '../src/index.js';
import { reminder } from './tracker-support.js';

const context: DigestContext = {
  district: { name: '大场镇', webOrigin: 'https://ogi.dachang.gov.cn/' },
  asOf: '2026-10-20',
};

const overdue = reminder({
  requestId: 'req-0002',
  receiptNo: 'DC-2026-0002',
  maskedName: '王*',
  kind: 'overdue',
  deadline: '2026-10-16',
  threshold: '2026-10-20',
  workingDaysLeft: -2,
  text: '答复期限已过，尚未答复',
  toOffice: true,
});

const moved = reminder({
  requestId: 'req-0003',
  receiptNo: 'DC-2026-0003',
  maskedName: '赵*',
  kind: 'deadlines-moved',
  deadline: '2027-01-14',
  threshold: '2026-10-20',
  workingDaysLeft: 55,
  article: '国务院办公厅关于2027年部分节假日安排的通知',
  text: '节假日安排更新：答复期限由2027-01-13调整为2027-01-14',
});

const reportNotice: OfficeNotice = {
  kind: 'annual-report-unpublished',
  year: 2025,
  deadline: '2026-01-31',
  text: '2025年政府信息公开工作年度报告尚未公布：应于2026-01-31（星期六）前向社会公布（《条例》第四十九条）',
};

describe('Function: renderDigest', () => {
  it('writes one request as plain text: receipt number, masked name, what is due, weekday, days left, link', () => {
    // Act
    const digest = renderDigest('ogi@dachang.gov.cn', [reminder()], [], context);
    // Assess
    expect(digest.subject).toBe('【大场镇政府信息公开】1件申请期限提醒');
    expect(digest.text).toBe(
      [
        '大场镇政府信息公开期限提醒：2026-10-20（星期二）',
        '',
        '一、需要办理的申请（1件）',
        '',
        '1. 受理编号：DC-2026-0001　申请人：张*',
        '   · 答复期限（《条例》第三十三条第二款）',
        '     期限：2026-10-22（星期四），还剩2个工作日',
        '   查看：https://ogi.dachang.gov.cn/staff/requests/req-0001',
        '',
        '——',
        '本邮件由政府信息公开系统在每个工作日自动发送。为保护申请人个人信息，邮件只列受理编号和隐去部分的申请人姓名，详情请登录系统查看。',
        '',
      ].join('\n'),
    );
    expect(digest).toMatchObject({ to: 'ogi@dachang.gov.cn', notices: [] });
    expect(digest.reminders).toHaveLength(1);
  });

  it('counts requests, not reminders, in the subject, and the office notices apart', () => {
    // Prepare: request 1 owes two reminders.
    const correction = reminder({
      kind: 'correction-notice',
      deadline: '2026-10-21',
      threshold: 0,
      workingDaysLeft: 1,
      article: '《条例》第三十条',
      text: '告知补正期限',
    });
    // Act
    const digest = renderDigest(
      'office@dachang.gov.cn',
      [reminder(), correction, overdue, moved],
      [reportNotice],
      context,
    );
    // Assess
    expect(digest.subject).toBe('【大场镇政府信息公开】3件申请期限提醒、1项工作提醒');
  });

  it('lists requests by earliest deadline, then moved deadlines and office notices in sections of their own', () => {
    // Act
    const { text } = renderDigest(
      'office@dachang.gov.cn',
      [reminder(), moved, overdue],
      [reportNotice],
      context,
    );
    // Assess
    const order = [
      '一、需要办理的申请（2件）',
      'DC-2026-0002',
      '已超过2个工作日',
      'DC-2026-0001',
      '二、期限调整（1件）',
      'DC-2026-0003',
      '新期限：2027-01-14（星期四）',
      '三、工作提醒（1项）',
      '1. 2025年政府信息公开工作年度报告尚未公布',
    ].map((part) => text.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('numbers the sections it has: office notices alone are section 一', () => {
    // Act
    const digest = renderDigest('office@dachang.gov.cn', [], [reportNotice], context);
    // Assess
    expect(digest.subject).toBe('【大场镇政府信息公开】1项工作提醒');
    expect(digest.text).toContain('一、工作提醒（1项）');
    expect(digest.text).not.toContain('需要办理的申请');
  });

  it.each([
    ['2026-10-10', '2026-10-10（星期六）'],
    ['2026-10-11', '2026-10-11（星期日）'],
    ['2026-10-12', '2026-10-12（星期一）'],
  ])('shows the deadline %s with its weekday as %s', (deadline, shown) => {
    // Act
    const digest = renderDigest('ogi@dachang.gov.cn', [reminder({ deadline })], [], context);
    // Assess
    expect(digest.text).toContain(`期限：${shown}`);
    expect(digest.html).toContain(`期限：${shown}`);
  });

  it('escapes a hostile masked name and receipt number in the HTML part', () => {
    // Prepare
    const hostile = reminder({
      maskedName: '<script>alert("x")</script>&',
      receiptNo: "DC'<img src=x onerror=alert(1)>",
    });
    // Act
    const { html } = renderDigest('ogi@dachang.gov.cn', [hostile], [], context);
    // Assess
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(html).toContain('DC&#39;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps a field with line breaks on one line in the plain text and the subject', () => {
    // Act
    const digest = renderDigest(
      'ogi@dachang.gov.cn',
      [reminder({ maskedName: '张*\n受理编号：伪造' })],
      [],
      { ...context, district: { ...context.district, name: '大场镇\r\nBcc: x@evil.example' } },
    );
    // Assess
    expect(digest.subject).toBe('【大场镇 Bcc: x@evil.example政府信息公开】1件申请期限提醒');
    expect(digest.text).toContain('申请人：张* 受理编号：伪造\n');
  });

  it('links to the case page under the district origin, the id encoded', () => {
    // Act
    const { text, html } = renderDigest(
      'ogi@dachang.gov.cn',
      [reminder({ requestId: 'a/b?c' })],
      [],
      context,
    );
    // Assess
    expect(text).toContain('查看：https://ogi.dachang.gov.cn/staff/requests/a%2Fb%3Fc');
    expect(html).toContain('<a href="https://ogi.dachang.gov.cn/staff/requests/a%2Fb%3Fc">');
  });

  it('marks overdue lines in the HTML part and writes a whole document', () => {
    // Act
    const { html } = renderDigest('office@dachang.gov.cn', [overdue], [], context);
    // Assess
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<title>【大场镇政府信息公开】1件申请期限提醒</title>');
    expect(html).toContain(
      '<li style="color:#b00020">答复期限已过，尚未答复（《条例》第三十三条第二款）<br>期限：2026-10-16（星期五），已超过2个工作日</li>',
    );
  });

  it('carries a provisional deadline’s note from the reminder into the mail', () => {
    // Act
    const { text } = renderDigest(
      'ogi@dachang.gov.cn',
      [
        reminder({
          deadline: '2027-01-12',
          provisional: true,
          text: '答复期限（暂定：2027年节假日安排尚未公布，公布后重新计算）',
        }),
      ],
      [],
      context,
    );
    // Assess
    expect(text).toContain('答复期限（暂定：2027年节假日安排尚未公布，公布后重新计算）');
  });
});

describe('Function: renderDigests', () => {
  const recipients: DigestRecipients = {
    staffAddresses: { 李四: 'lisi@dachang.gov.cn' },
    staffRecipients: ['ogi@dachang.gov.cn'],
    officeRecipients: ['office@dachang.gov.cn', 'OGI@dachang.gov.cn'],
  };

  it('gives each recipient one digest with everything addressed to them', () => {
    // Prepare
    const assigned = reminder({ assignee: '李四' });
    // Act
    const digests = renderDigests({
      ...context,
      recipients,
      reminders: [assigned, overdue, moved],
      notices: [reportNotice],
    });
    // Assess
    expect(
      digests.map((digest) => [
        digest.to,
        digest.reminders.map((item) => item.receiptNo),
        digest.notices.length,
      ]),
    ).toEqual([
      ['lisi@dachang.gov.cn', ['DC-2026-0001'], 0],
      ['ogi@dachang.gov.cn', ['DC-2026-0002', 'DC-2026-0003'], 1],
      ['office@dachang.gov.cn', ['DC-2026-0002'], 1],
    ]);
  });

  it('sends one digest to an address listed as both staff and office recipient', () => {
    // Act
    const digests = renderDigests({ ...context, recipients, reminders: [overdue], notices: [] });
    // Assess
    expect(digests.map((digest) => digest.to)).toEqual([
      'ogi@dachang.gov.cn',
      'office@dachang.gov.cn',
    ]);
    expect(digests[0]?.reminders).toHaveLength(1);
  });

  it('sends nothing when nothing is due', () => {
    // Act
    const digests = renderDigests({ ...context, recipients, reminders: [], notices: [] });
    // Assess
    expect(digests).toEqual([]);
  });
});
