import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { dateIn } from '@ogi/domain';
import { type LedgerRowError, parseAppeals, parseLedger } from '@ogi/report';
import type { LedgerImportResult } from '@ogi/store';
import { UsageError } from '../errors.js';
import { printJson } from '../io.js';
import {
  optionalString,
  parseProgress,
  printRowErrors,
  readInput,
  readLedger,
} from '../ledger-files.js';
import { progressBar } from '../progress.js';
import { type StoreTarget, storeTarget } from '../store-target.js';

export type ImportOptions = Record<string, string | boolean | undefined>;

/** What one file's import did, as printed on stdout. */
interface FileSummary {
  readonly file: string;
  /** Data rows in the file. */
  readonly rows: number;
  readonly created: number;
  readonly concluded: number;
  readonly unchanged: number;
  /** Rows not stored: unreadable, or in conflict with what is stored. */
  readonly skipped: number;
}

/** Writes are shown from this many rows on (smaller ledgers finish at once). */
const WRITE_PROGRESS_FROM = 1000;

/**
 * `ogi import --ledger FILE [--appeals FILE] [--district ID] [--data-dir DIR] [--by NAME]`:
 * brings an agency's ledgers into the district's records (see `storeTarget`
 * for where they go). Bad rows (unreadable, dated in the future, or in
 * conflict with a stored record) are listed on stderr with their row numbers
 * and skipped; every other row is stored. Run again, it changes nothing, or
 * records what was decided since. Prints a JSON summary per file on stdout.
 */
export async function importCommand(options: ImportOptions): Promise<void> {
  const ledgerFile = optionalString(options.ledger, 'ledger');
  const appealsFile = optionalString(options.appeals, 'appeals');
  if (ledgerFile === undefined && appealsFile === undefined) {
    throw new UsageError('--ledger or --appeals: name at least one ledger file', [
      {
        path: 'ledger',
        zh: '请用--ledger指定登记台账，或用--appeals指定复议诉讼台账',
        en: 'name a request ledger (--ledger) or an appeals ledger (--appeals)',
      },
    ]);
  }
  // Read the files before touching the store: a missing file stops here.
  const ledgerBytes = ledgerFile === undefined ? undefined : readInput(ledgerFile, 'ledger');
  const appealsBytes = appealsFile === undefined ? undefined : readInput(appealsFile, 'appeals');
  const target = storeTarget({
    district: optionalString(options.district, 'district'),
    dataDir: optionalString(options['data-dir'], 'data-dir'),
  });
  const importedBy = optionalString(options.by, 'by') ?? operatorName();
  const today = dateIn(target.district.timeZone, new Date());
  process.stderr.write(`导入到 importing into ${target.where}, district ${target.districtId}\n`);
  try {
    // Both files are read whole before anything is written: an unreadable one stops here.
    const ledger =
      ledgerFile === undefined || ledgerBytes === undefined
        ? undefined
        : await readLedger('ledger', ledgerFile, () =>
            parseLedger(ledgerBytes, {
              fileName: ledgerFile,
              notAfter: today,
              onProgress: parseProgress('reading ledger'),
            }),
          );
    const appeals =
      appealsFile === undefined || appealsBytes === undefined
        ? undefined
        : await readLedger('appeals', appealsFile, () =>
            parseAppeals(appealsBytes, {
              fileName: appealsFile,
              notAfter: today,
              onProgress: parseProgress('reading appeals'),
            }),
          );
    const summary: Record<string, FileSummary> = {};
    if (ledger && ledgerFile !== undefined) {
      const result = await reachable(target, () =>
        target.ledger.importRequests(ledger.entries, {
          source: basename(ledgerFile),
          importedBy,
          onProgress: writeProgress('importing ledger'),
        }),
      );
      summary.ledger = report('ledger', ledgerFile, ledger.rows, ledger.errors, result);
    }
    if (appeals && appealsFile !== undefined) {
      const result = await reachable(target, () =>
        target.ledger.importAppeals(appeals.entries, {
          source: basename(appealsFile),
          importedBy,
          onProgress: writeProgress('importing appeals'),
        }),
      );
      summary.appeals = report('appeals', appealsFile, appeals.rows, appeals.errors, result);
    }
    printJson(summary);
  } finally {
    target.close();
  }
}

/** Prints the file's bad rows (unreadable and refused, in row order) and sums it up. */
function report(
  what: 'ledger' | 'appeals',
  file: string,
  rows: number,
  parseErrors: readonly LedgerRowError[],
  result: LedgerImportResult,
): FileSummary {
  const errors = [...parseErrors, ...result.errors].sort((a, b) => a.row - b.row);
  printRowErrors(what, file, errors, rows);
  const skipped = new Set(errors.map((error) => error.row)).size;
  process.stderr.write(
    `${file}: ${result.created} new, ${result.concluded} concluded, ${result.unchanged} already imported, ${skipped} skipped（新增${result.created}，办结${result.concluded}，已导入${result.unchanged}，跳过${skipped}）\n`,
  );
  return {
    file,
    rows,
    created: result.created,
    concluded: result.concluded,
    unchanged: result.unchanged,
    skipped,
  };
}

function writeProgress(label: string): (done: number, total: number) => void {
  const show = progressBar(label, { from: WRITE_PROGRESS_FROM });
  return (done, total) => show(done, total);
}

/** Runs the import; a store that cannot be reached becomes a usage error saying where it looked. */
async function reachable<T>(target: StoreTarget, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const code = (error as { code?: string }).code ?? '';
    if (name === 'ResourceNotFoundException' || code === 'ECONNREFUSED') {
      throw new UsageError(
        `cannot reach the district's table in ${target.where}${target.endpoint ? ` at ${target.endpoint}` : ''}: ${error instanceof Error ? error.message : String(error)}; rows already stored stay, and importing again skips them`,
        [
          {
            path: 'store',
            zh: '无法连接到该地区的数据表；已导入的行保留，重新导入时会跳过',
            en: "cannot reach the district's table",
          },
        ],
      );
    }
    throw error;
  }
}

function operatorName(): string {
  try {
    return userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}
