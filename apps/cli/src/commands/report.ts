import { statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assembleAnnualReport, ReportError, rollUp } from '@ogi/domain';
import {
  parseAppeals,
  parseLedger,
  type RenderOptions,
  renderDocx,
  renderHtml,
  reportContact,
} from '@ogi/report';
import { AnnualReport, type Check, toFieldErrors } from '@ogi/schema';
import { loadDistrict } from '../districts.js';
import { UsageError } from '../errors.js';
import { parseJson, printJson } from '../io.js';
import {
  optionalString,
  parseProgress,
  printRowErrors,
  readInput,
  readLedger,
  requiredPath,
  resolvePath,
} from '../ledger-files.js';

export type ReportOptions = Record<string, string | boolean | undefined>;

const FORMATS = ['json', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `ogi report --year Y --ledger FILE [--appeals FILE] [--agency NAME]
 * [--district ID] --format json|html|docx [--out DIR]` and
 * `ogi report rollup A.json B.json … [--agency NAME] [--out DIR]`.
 *
 * Paths are relative to the folder `pnpm ogi` was run from (INIT_CWD), else
 * the working directory. The agency is `--agency`, else the `--district`
 * config's `names.agency`; with neither the command stops (a report must
 * name its agency, and a guessed name would be published). R1–R8 findings
 * are printed to stderr and kept in the JSON; they do not fail the command.
 */
export async function reportCommand(
  positionals: readonly string[],
  options: ReportOptions,
): Promise<void> {
  const [sub, ...files] = positionals;
  if (sub === 'rollup') return rollupCommand(files, options);
  if (sub !== undefined) throw new UsageError(`unexpected argument: ${sub}`);
  const year = reportYear(options.year);
  const format = reportFormat(options.format);
  const district = typeof options.district === 'string' ? loadDistrict(options.district) : null;
  const agency = agencyName(options.agency, district?.config?.names.agency);
  const ledgerPath = requiredPath(options.ledger, 'ledger', '登记台账文件');
  const ledgerBytes = readInput(ledgerPath, 'ledger');
  const appealsPath = optionalString(options.appeals, 'appeals');
  const appealsBytes = appealsPath === undefined ? undefined : readInput(appealsPath, 'appeals');

  const ledger = await readLedger('ledger', ledgerPath, () =>
    parseLedger(ledgerBytes, { fileName: ledgerPath, onProgress: parseProgress('ledger') }),
  );
  printRowErrors('ledger', ledgerPath, ledger.errors, ledger.rows);
  const appeals =
    appealsPath === undefined || appealsBytes === undefined
      ? undefined
      : await readLedger('appeals', appealsPath, () =>
          parseAppeals(appealsBytes, {
            fileName: appealsPath,
            onProgress: parseProgress('appeals'),
          }),
        );
  if (appeals && appealsPath) printRowErrors('appeals', appealsPath, appeals.errors, appeals.rows);

  const report = assembleAnnualReport({
    year,
    agency,
    records: ledger.records,
    appeals: appeals?.appeals,
    // Section 六's fee total when the ledger records fees (a 信息处理费 column).
    feesFromRecords: ledger.hasFees,
  });
  printChecks(report.checks);
  await writeReport(
    report,
    format,
    options.out,
    district?.config ? { contact: reportContact(district.config) } : {},
  );
}

async function rollupCommand(files: readonly string[], options: ReportOptions): Promise<void> {
  if (files.length === 0) {
    throw new UsageError('rollup: name at least one report JSON file', [
      {
        path: 'files',
        zh: '请至少指定一个年度报告JSON文件',
        en: 'name at least one report JSON file',
      },
    ]);
  }
  const reports = files.map((file) => {
    const path = resolvePath(file);
    const raw = parseJson(readInput(file, file).toString('utf8'), file);
    const parsed = AnnualReport.safeParse(raw);
    if (!parsed.success) {
      throw new UsageError(
        `${file}: not an annual report (see the JSON format in issue 4)`,
        toFieldErrors(parsed.error).map((field) => ({
          ...field,
          path: `${basename(path)}${field.path ? `: ${field.path}` : ''}`,
        })),
      );
    }
    return parsed.data;
  });
  const agency = optionalString(options.agency, 'agency');
  let rolled: AnnualReport;
  try {
    rolled = rollUp(reports, agency === undefined ? {} : { agency });
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    throw new UsageError(`rollup: ${error.message}`, [
      { path: 'files', zh: '只能汇总同一年度的报告', en: error.message },
    ]);
  }
  printChecks(rolled.checks);
  const format = options.format === undefined ? 'json' : reportFormat(options.format);
  await writeReport(rolled, format, options.out, {});
}

// ─────────────────────────────── output ───────────────────────────────

async function writeReport(
  report: AnnualReport,
  format: Format,
  out: string | boolean | undefined,
  renderOptions: RenderOptions,
): Promise<void> {
  const outDir = optionalString(out, 'out');
  if (format === 'json' && outDir === undefined) {
    printJson(report);
    return;
  }
  const folder = resolvePath(outDir ?? '.');
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    throw new UsageError(`--out: no such folder: ${folder}`, [
      { path: 'out', zh: `输出文件夹不存在：${folder}`, en: `no such folder: ${folder}` },
    ]);
  }
  const target = join(folder, `report-${report.year}.${format}`);
  const content =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'html'
        ? renderHtml(report, renderOptions)
        : await renderDocx(report, renderOptions);
  writeFileSync(target, content);
  process.stderr.write(`已生成 wrote ${target}\n`);
}

function printChecks(checks: readonly Check[]): void {
  const errors = checks.filter((check) => check.severity === 'error').length;
  for (const check of checks) {
    const level = check.severity === 'error' ? '错误 error' : '提示 warning';
    process.stderr.write(
      `${check.id} ${level} ${check.cell}: ${check.message.en}\n    ${check.message.zh}\n`,
    );
  }
  if (errors > 0) {
    process.stderr.write(
      `报告有${errors}处错误（R1–R5），发布前须更正 the report has ${errors} error(s) (R1–R5) that block publication\n`,
    );
  }
}

// ─────────────────────────────── inputs ───────────────────────────────

function reportYear(value: string | boolean | undefined): number {
  const text = typeof value === 'string' ? value : '';
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2008 || year > 2100) {
    throw new UsageError(
      text === '' ? '--year: is required' : '--year: must be a year from 2008 to 2100',
      [{ path: 'year', zh: '报告年度应在2008至2100之间', en: 'must be a year from 2008 to 2100' }],
    );
  }
  return year;
}

function reportFormat(value: string | boolean | undefined): Format {
  if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) {
    return value as Format;
  }
  throw new UsageError(
    value === undefined ? '--format: is required' : '--format: must be json, html or docx',
    [{ path: 'format', zh: '输出格式应为json、html或docx', en: 'must be json, html or docx' }],
  );
}

function agencyName(
  option: string | boolean | undefined,
  fromDistrict: string | undefined,
): string {
  const name = (optionalString(option, 'agency') ?? fromDistrict ?? '').trim();
  if (name === '' || name.length > 200) {
    throw new UsageError('--agency: is required (or --district, whose config names the agency)', [
      {
        path: 'agency',
        zh: '请用--agency指定机关名称，或用--district指定地区配置',
        en: 'give --agency NAME, or --district ID whose config names the agency',
      },
    ]);
  }
  return name;
}
