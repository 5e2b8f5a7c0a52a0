import type { DigestContent, DigestEntry, DigestLine } from './content.js';

/** The digest's plain-text part. */
export function digestPlainText(content: DigestContent): string {
  const blocks = [content.heading];
  for (const section of content.sections) {
    const items =
      section.kind === 'requests'
        ? section.entries.map((entry, i) => entryText(entry, i + 1))
        : section.items.map((item, i) => `${i + 1}. ${item}`);
    blocks.push([section.title, ...items].join('\n\n'));
  }
  blocks.push(`——\n${content.footer}`);
  return `${blocks.join('\n\n')}\n`;
}

function entryText(entry: DigestEntry, number: number): string {
  return [
    `${number}. 受理编号：${entry.receiptNo}　申请人：${entry.maskedName}`,
    ...entry.lines.map(lineText),
    `   查看：${entry.link}`,
  ].join('\n');
}

function lineText(line: DigestLine): string {
  return `   · ${line.what}（${line.article}）\n     ${line.deadlineLabel}：${line.deadline}，${line.daysLeft}`;
}
