import type { LetterDocument } from '@ogi/schema';
import {
  AlignmentType,
  Document,
  Header,
  type IFontAttributesProperties,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { dateZh } from '../dates.js';

/**
 * Fonts as 公文 (GB/T 9704) set them: an East Asian font and, for Latin
 * digits and letters, Times New Roman; Word and WPS substitute a similar
 * installed font (宋体/仿宋) when a named one is missing.
 */
const FONTS = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312'),
} as const;

function font(eastAsia: string): IFontAttributesProperties {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' };
}

/** Sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt. */
const SIZE = { title: 44, body: 32, mark: 24 } as const;
/** One character of 三号 text, in twips. */
const CHARACTER = 320;

/** A4 portrait in twips, margins per GB/T 9704 (37/35/28/26 mm). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
/** Fixed 28pt lines, as 公文 body text. */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

/** What a preview prints where the 文号 goes, and across the top of each page. */
export const PREVIEW_MARK = '【预览稿】文号于发文时编定，本稿不作为正式文书';

/** Options of `renderLetterDocx`. */
export interface RenderLetterOptions {
  /** A draft shown before the step is recorded: the preview mark replaces the missing number. */
  readonly preview?: boolean;
}

/**
 * One letter as an A4 DOCX laid out as 公文 are: the title in 方正小标宋简体
 * 二号 centred, the 文号 line, the addressee line (`张三：`), the body in
 * 仿宋_GB2312 三号 with a two-character indent on 28pt lines, then room for
 * the seal and the agency and date (GB/T 9704-2012: Arabic numerals)
 * right-aligned at the foot. Pure apart from zipping.
 *
 * @throws RangeError for a letter without its number that is not a preview.
 * @example await renderLetterDocx(document, { preview: true })
 */
export async function renderLetterDocx(
  document: LetterDocument,
  options: RenderLetterOptions = {},
): Promise<Uint8Array> {
  const preview = options.preview === true;
  if (document.number === null && !preview) {
    throw new RangeError('an unnumbered letter can only be rendered as a preview');
  }
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240, line: 700, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: document.title, font: FONTS.title, size: SIZE.title })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...BODY_LINE, after: 280 },
      children: [
        new TextRun({
          text: document.number ?? PREVIEW_MARK,
          font: FONTS.body,
          size: document.number === null ? SIZE.mark : SIZE.body,
          ...(document.number === null ? { color: '808080' } : {}),
        }),
      ],
    }),
    new Paragraph({ spacing: BODY_LINE, children: [bodyRun(`${document.to}：`)] }),
    ...document.paragraphs.map(
      (text) =>
        new Paragraph({
          alignment: AlignmentType.BOTH,
          indent: { firstLine: 2 * CHARACTER },
          spacing: BODY_LINE,
          children: [bodyRun(text)],
        }),
    ),
    // Room for the seal, which presses on the agency's name and the date.
    new Paragraph({ spacing: BODY_LINE, children: [] }),
    footLine('（印章）', { color: 'A0A0A0' }),
    footLine(document.agency),
    footLine(dateZh(document.date)),
  ];

  const docx = new Document({
    creator: document.agency,
    title: document.title,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        ...(preview
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: [
                        new TextRun({
                          text: PREVIEW_MARK,
                          font: FONTS.body,
                          size: SIZE.mark,
                          color: '808080',
                        }),
                      ],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(docx);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function bodyRun(text: string): TextRun {
  return new TextRun({ text, font: FONTS.body, size: SIZE.body });
}

/** A line of the foot: right-aligned, four characters in from the margin (GB/T 9704 7.3.5.1). */
function footLine(text: string, run: { color?: string } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: 4 * CHARACTER },
    spacing: BODY_LINE,
    children: [new TextRun({ text, font: FONTS.body, size: SIZE.body, ...run })],
  });
}
