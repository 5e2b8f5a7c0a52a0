import { randomUUID } from 'node:crypto';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { runSweep, sweepDependencies } from '@ogi/deadlines';
import { dateIn } from '@ogi/domain';
import { createLogger } from '@ogi/http';
import { MailConfigError } from '@ogi/mail';
import { CLOCK_DATE_SPAN, ClockDate, IsoDate } from '@ogi/schema';
import { UsageError } from '../errors.js';
import { printJson } from '../io.js';
import { optionalString } from '../ledger-files.js';
import { storeTarget } from '../store-target.js';

export type TickOptions = Record<string, string | boolean | undefined>;

/**
 * `ogi tick [--date YYYY-MM-DD] [--district ID] [--data-dir DIR]`: one sweep
 * of the deadline tracker against the running local stack (its mails go to
 * the stack's SES emulator) or the table in `OGI_TABLE_NAME` (with the
 * district's own mail transport), as of `--date` or today in the district's
 * time zone. Prints the run's summary as JSON.
 */
export async function tickCommand(options: TickOptions): Promise<void> {
  const date = optionalString(options.date, 'date');
  if (date !== undefined && !IsoDate.safeParse(date).success) {
    throw new UsageError(`--date: not a date YYYY-MM-DD: ${date}`, [
      {
        path: 'date',
        zh: '日期格式应为YYYY-MM-DD且为真实日期',
        en: 'must be a real date YYYY-MM-DD',
      },
    ]);
  }
  if (date !== undefined && !ClockDate.safeParse(date).success) {
    const span = `${CLOCK_DATE_SPAN.from} to ${CLOCK_DATE_SPAN.to}`;
    throw new UsageError(`--date: outside the days the clock computes with, ${span}: ${date}`, [
      {
        path: 'date',
        zh: `日期应在${CLOCK_DATE_SPAN.from}至${CLOCK_DATE_SPAN.to}之间`,
        en: `must be within ${span}`,
      },
    ]);
  }
  const target = storeTarget({
    district: optionalString(options.district, 'district'),
    dataDir: optionalString(options['data-dir'], 'data-dir'),
  });
  const district = target.district.config;
  if (district === null) {
    throw new UsageError('--district: is required', [
      { path: 'district', zh: '须指定地区', en: 'is required' },
    ]);
  }
  const now = new Date();
  const ses =
    district.email?.transport === 'ses'
      ? new SESv2Client({
          region: target.region,
          maxAttempts: 1,
          ...(target.sesEndpoint ? { endpoint: target.sesEndpoint } : {}),
          ...(target.credentials ? { credentials: target.credentials } : {}),
        })
      : undefined;
  try {
    const deps = sweepDependencies({
      district,
      dynamo: target.client,
      tableName: target.tableName,
      // Log lines go to stderr: stdout carries the summary only.
      logger: createLogger({
        service: 'deadlines',
        level: 'warn',
        write: (line) => process.stderr.write(`${line}\n`),
      }),
      staffOrigin: target.url ?? district.contact.website ?? '',
      env: process.env,
      ...(ses ? { sesClient: ses } : {}),
    });
    process.stderr.write(`巡检 sweeping ${target.where}, district ${target.districtId}\n`);
    const summary = await runSweep(deps, {
      asOf: date ?? dateIn(district.timeZone, now),
      runId: `tick-${randomUUID()}`,
      now,
    });
    printJson(summary);
  } catch (error) {
    if (error instanceof MailConfigError) throw new UsageError(`email: ${error.message}`);
    throw error;
  } finally {
    ses?.destroy();
    target.close();
  }
}
