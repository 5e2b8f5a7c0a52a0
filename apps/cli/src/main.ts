#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

const USAGE = `usage: pnpm ogi <command>

  deadline                          read {"district"?, "asOf"?, "events": [...]} on stdin, print the clock
  fee --by item --prior N --items K the 109号 per-item fee (N items already this month)
  fee --by page --pages P           the 109号 per-page fee
  calendar [--year Y] [--district ID] [--json]
                                    calendar coverage and a year's rest and make-up days
  calendar add-notice FILE [--out DIR] [--replace] [--json]
                                    check a State Council holiday notice as published
                                    (UTF-8 text) and write that year's data file
                                    (DIR defaults to @ogi/domain's notices folder);
                                    an amendment (调整…/延长…) updates its year's file;
                                    prints the year's holidays, make-up days and totals
  report --year Y --ledger FILE [--appeals FILE] [--agency NAME] [--district ID]
         --format json|html|docx [--out DIR]
                                    the annual report (年度报告) of year Y from a CSV/XLSX
                                    ledger; the agency is --agency, else the district's
                                    names.agency (one of the two is required); writes
                                    DIR/report-Y.<format> (DIR defaults to the current
                                    folder; json without --out goes to stdout)
  report rollup A.json B.json … [--agency NAME] [--out DIR]
                                    add agencies' report JSON into one, with its checks
  import --ledger FILE [--appeals FILE] [--data-dir DIR] [--district ID] [--by NAME]
                                    bring a CSV/XLSX ledger into the district's records:
                                    the running local stack on DIR (default .local/data),
                                    or the table in OGI_TABLE_NAME (with AWS_REGION and
                                    --district); bad rows are listed and skipped, a second
                                    run changes nothing; prints a JSON summary
  tick [--date YYYY-MM-DD] [--district ID] [--data-dir DIR]
                                    one sweep of the deadline tracker as of the date
                                    (default today in the district's time zone):
                                    reminders e-mailed once, lapsed windows closed;
                                    the running local stack (mails to its SES
                                    emulator) or OGI_TABLE_NAME as for import;
                                    prints the run's summary as JSON
`;

async function main(argv: readonly string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      by: { type: 'string' },
      prior: { type: 'string' },
      items: { type: 'string' },
      pages: { type: 'string' },
      year: { type: 'string' },
      district: { type: 'string' },
      json: { type: 'boolean' },
      ledger: { type: 'string' },
      appeals: { type: 'string' },
      agency: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      date: { type: 'string' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  // Each command loads only what it needs: the rules alone need neither the
  // document libraries of `report` nor the AWS SDK of `import`.
  if (command === 'report') {
    return (await import('./commands/report.js')).reportCommand(rest, values);
  }
  if (command === 'calendar') {
    return (await import('./commands/calendar.js')).calendarCommand(rest, values);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
  switch (command) {
    case 'deadline':
      return (await import('./commands/deadline.js')).deadlineCommand();
    case 'fee':
      return (await import('./commands/fee.js')).feeCommand(
        values as Record<string, string | undefined>,
      );
    case 'import':
      return (await import('./commands/import.js')).importCommand(values);
    case 'tick':
      return (await import('./commands/tick.js')).tickCommand(values);
    default:
      throw new UsageError(`unknown command: ${command}\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || isArgsError(error)) {
    const fields = error instanceof UsageError ? error.fields : [];
    process.stderr.write(`ogi: ${error.message}\n`);
    for (const field of fields)
      process.stderr.write(`  ${field.path}: ${field.en}（${field.zh}）\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(
    `ogi: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});

function isArgsError(error: unknown): error is Error {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
