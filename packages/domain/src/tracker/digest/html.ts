import type { DigestContent, DigestEntry, DigestLine } from './content.js';
import { escapeHtml as h } from './escape-html.js';

/** The digest's HTML part: every value escaped, styles inline as mail clients need. */
export function digestHtml(content: DigestContent): string {
  const sections = content.sections.map((section) => {
    const items =
      section.kind === 'requests'
        ? section.entries.map(entryHtml)
        : section.items.map((item) => `<li>${h(item)}</li>`);
    return `<h2 style="font-size:16px">${h(section.title)}</h2>\n<ol>\n${items.join('\n')}\n</ol>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${h(content.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.6">',
    `<h1 style="font-size:18px">${h(content.heading)}</h1>`,
    ...sections,
    `<p style="color:#666;font-size:12px">${h(content.footer)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function entryHtml(entry: DigestEntry): string {
  return [
    '<li>',
    `<p><strong>受理编号：${h(entry.receiptNo)}</strong>　申请人：${h(entry.maskedName)}</p>`,
    `<ul>${entry.lines.map(lineHtml).join('')}</ul>`,
    `<p><a href="${h(entry.link)}">查看申请</a></p>`,
    '</li>',
  ].join('');
}

function lineHtml(line: DigestLine): string {
  const style = line.late ? ' style="color:#b00020"' : '';
  return `<li${style}>${h(line.what)}（${h(line.article)}）<br>${h(line.deadlineLabel)}：${h(line.deadline)}，${h(line.daysLeft)}</li>`;
}
