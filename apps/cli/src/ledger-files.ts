import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LedgerFormatError, type LedgerProgress, type LedgerRowError } from '@ogi/report';
import { UsageError } from './errors.js';
import { progressBar } from './progress.js';

/** Parsing progress of a ledger file, on stderr once it passes a few thousand rows. */
export function parseProgress(what: string): LedgerProgress {
  const show = progressBar(what);
  return (rows, fraction) => show(rows, undefined, fraction);
}

/** Runs a ledger parse, turning a file that cannot be read into a usage error naming the option. */
export async function readLedger<T>(
  option: 'ledger' | 'appeals',
  path: string,
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof LedgerFormatError)) throw error;
    throw new UsageError(`--${option}: ${path}: ${error.detail.en}`, [
      {
        path: error.column ? `${option}.${error.column}` : option,
        zh: error.detail.zh,
        en: error.detail.en,
      },
    ]);
  }
}

/** The folder the user ran `pnpm ogi` from: pnpm sets INIT_CWD to it. */
export function resolvePath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function readInput(file: string, option: string): Buffer {
  const path = resolvePath(file);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String(error);
    throw new UsageError(`${option === file ? file : `--${option}`}: ${reason}: ${path}`, [
      { path: option, zh: `无法读取文件：${path}`, en: `${reason}: ${path}` },
    ]);
  }
}

/** Prints each bad row (row number, column, message in both languages) on stderr. */
export function printRowErrors(
  what: 'ledger' | 'appeals',
  file: string,
  errors: readonly LedgerRowError[],
  rows: number,
): void {
  if (errors.length === 0) return;
  const badRows = new Set(errors.map((error) => error.row)).size;
  process.stderr.write(
    `${file}: ${badRows} of ${rows} row(s) skipped（共${rows}行，跳过${badRows}行有误的记录）:\n`,
  );
  for (const error of errors) {
    const column = error.column ? ` [${error.column}]` : '';
    process.stderr.write(
      `  ${what} row ${error.row}${column}: ${error.message.en}\n    第${error.row}行：${error.message.zh}\n`,
    );
  }
}

export function requiredPath(
  value: string | boolean | undefined,
  option: string,
  zh: string,
): string {
  const path = optionalString(value, option);
  if (path === undefined || path.trim() === '') {
    throw new UsageError(`--${option}: is required`, [
      { path: option, zh: `请指定${zh}`, en: 'is required' },
    ]);
  }
  return path;
}

export function optionalString(
  value: string | boolean | undefined,
  option: string,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new UsageError(`--${option}: needs a value`, [
      { path: option, zh: '缺少参数值', en: 'needs a value' },
    ]);
  }
  return value;
}
