import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { LedgerCell } from './cells.js';
import { decodeLedgerText, isLegacyXls, isZip } from './decode.js';
import { LedgerFormatError } from './errors.js';

/** One row of a ledger file, numbered as the spreadsheet shows it (the header is row 1). */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly LedgerCell[];
  /** How far through the file, 0–1, when the reader can tell (CSV); undefined for XLSX. */
  readonly fraction?: number | undefined;
}

/**
 * The rows of a CSV or XLSX ledger, one at a time: CSV through csv-parse's
 * stream with back-pressure, XLSX through exceljs's streaming reader (first
 * worksheet only), so no file is held as a table of rows. Throws
 * `LedgerFormatError` when the file cannot be read at all.
 */
export async function* sheetRows(bytes: Uint8Array, fileName: string): AsyncGenerator<SheetRow> {
  const lower = fileName.toLowerCase();
  if (isLegacyXls(bytes) || lower.endsWith('.xls')) {
    throw new LedgerFormatError(fileName, {
      zh: '不支持旧版Excel（.xls）文件，请另存为.xlsx或.csv后再导入',
      en: 'legacy Excel (.xls) files are not supported: save the ledger as .xlsx or .csv',
    });
  }
  if (isZip(bytes) || lower.endsWith('.xlsx')) {
    yield* xlsxRows(bytes, fileName);
  } else {
    yield* csvRows(bytes, fileName);
  }
}

const CHUNK = 64 * 1024;

async function* csvRows(bytes: Uint8Array, fileName: string): AsyncGenerator<SheetRow> {
  const { text } = decodeLedgerText(bytes);
  const total = Math.max(1, Buffer.byteLength(text));
  function* chunks(): Generator<string> {
    for (let at = 0; at < text.length; at += CHUNK) yield text.slice(at, at + CHUNK);
  }
  const parser = Readable.from(chunks()).pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }),
  );
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      yield {
        row: item.info.lines,
        cells: item.record,
        fraction: Math.min(1, item.info.bytes / total),
      };
    }
  } catch (error) {
    throw new LedgerFormatError(fileName, {
      zh: `无法读取CSV文件：${(error as Error).message}`,
      en: `not a readable CSV file: ${(error as Error).message}`,
    });
  }
}

async function* xlsxRows(bytes: Uint8Array, fileName: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sawSheet = false;
  try {
    for await (const worksheet of reader) {
      if (sawSheet) continue; // drain the other sheets unread
      sawSheet = true;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: LedgerCell[] = [];
        for (let index = 1; index < values.length; index++) cells.push(excelCell(values[index]));
        yield { row: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof LedgerFormatError) throw error;
    throw new LedgerFormatError(fileName, {
      zh: `无法读取Excel文件：${(error as Error).message}`,
      en: `not a readable XLSX workbook: ${(error as Error).message}`,
    });
  }
  if (!sawSheet) {
    throw new LedgerFormatError(fileName, {
      zh: 'Excel文件中没有工作表',
      en: 'the workbook has no worksheet',
    });
  }
}

/** An exceljs cell value as text, a number or a date: rich text, formulas and links flattened. */
function excelCell(value: unknown): LedgerCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return (object.richText as { text?: unknown }[])
        .map((part) => String(part.text ?? ''))
        .join('');
    }
    if ('result' in object) return excelCell(object.result);
    if ('text' in object) return excelCell(object.text);
    if ('error' in object) return String(object.error);
  }
  return String(value);
}
