/**
 * The deadline tracker's sweep over a large district (issue 9): 100,000 open
 * requests of which about 1,000 are due, seeded into DynamoDB Local with
 * BatchWriteItem, then one sweep as of a day (reminders claimed, two digests
 * sent to aws-ses-v2-local, requests moved past deadlines that went by), a
 * second sweep the same day (everything already claimed), and a plain Query
 * of the same index ranges: the least any sweep can read.
 *
 * `OGI_BENCH_REQUESTS` sets the number of open requests (default 100,000).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { computeClock, districtRules, foldEvents, type LifecycleContext } from '@ogi/domain';
import { startEmulators } from '@ogi/emulators';
import { createLogger } from '@ogi/http';
import { DistrictConfig, type IsoDate, LifecycleEvent } from '@ogi/schema';
import {
  createTableIfMissing,
  documentClient,
  dueQueries,
  keys,
  newStoreId,
  sha256Hex,
  summaryFromDomain,
  TrackerStore,
} from '@ogi/store';
import { sweepDependencies } from '../src/dependencies.js';
import { runSweep } from '../src/sweep/run-sweep.js';

const OPEN = Number(process.env.OGI_BENCH_REQUESTS ?? 100_000);
const DUE = Math.round(OPEN / 100);
const AS_OF: IsoDate = '2026-10-15';
/** Received on these days (Aug–Sep 2026), due or overdue by AS_OF plus 5 working days. */
const DUE_RECEIVED = [
  '2026-08-20',
  '2026-08-27',
  '2026-09-03',
  '2026-09-10',
  '2026-09-14',
  '2026-09-18',
];
/** Received on AS_OF: next deadline 10-26, past the horizon (10-22). */
const NOT_DUE_RECEIVED: IsoDate = AS_OF;
const BATCH = 25;
const PARALLEL_BATCHES = 4;
const progress = (message: string) => process.stderr.write(`… ${message}\n`);

const district = DistrictConfig.parse({
  id: 'bench',
  names: { agency: '基准测试镇人民政府', office: '基准测试镇政务公开办' },
  contact: { address: '某省某市某镇1号', postcode: '100000', phone: '010-00000000' },
  email: {
    sender: 'ogi@bench.example.gov.cn',
    staffRecipients: ['staff@bench.example.gov.cn'],
    officeRecipients: ['office@bench.example.gov.cn'],
  },
});
const rules = districtRules(district);
const context: LifecycleContext = { calendar: rules.calendar, settings: rules.settings };

/** The stored summary of a request received on a day, computed once per day. */
const summaries = new Map<IsoDate, ReturnType<typeof summaryFromDomain>>();
function summaryOf(receivedOn: IsoDate) {
  let summary = summaries.get(receivedOn);
  if (!summary) {
    const events = [receivedEvent(receivedOn)];
    const clock = computeClock({ events, calendar: context.calendar, explain: false });
    summary = summaryFromDomain(foldEvents(events, context), clock);
    summaries.set(receivedOn, summary);
  }
  return summary;
}

function receivedEvent(on: IsoDate) {
  return LifecycleEvent.parse({ type: 'received', on, channel: 'in-person' });
}

/** The META item and first log entry of request `n`, as the store writes them. */
function requestItems(n: number, receivedOn: IsoDate): Record<string, unknown>[] {
  const id = newStoreId();
  const receiptNo = `2026-${String(n + 1).padStart(6, '0')}`;
  const summary = summaryOf(receivedOn);
  const at = `${receivedOn}T02:00:00.000Z`;
  return [
    {
      ...keys.request(id),
      entity: 'REQUEST',
      id,
      receiptNo,
      queryCodeHash: sha256Hex(`code-${n}`),
      version: 1,
      applicant: { kind: 'natural-person', name: '测试申请人', phone: '13800000000' },
      submission: { information: { description: '基准测试' }, deliveryForm: ['email'] },
      channel: 'in-person',
      submittedOn: receivedOn,
      submittedAt: at,
      applicantColumn: 'naturalPerson',
      createdAt: at,
      updatedAt: at,
      calendarVersion: context.calendar.version,
      status: summary.status,
      provisional: summary.provisional,
      appeals: [],
      receivedOn,
      ...(summary.dueOn ? { dueOn: summary.dueOn } : {}),
      ...(summary.nextDeadline ? { nextDeadline: summary.nextDeadline } : {}),
      statusPk: keys.statusPk(summary.status),
      yearPk: keys.yearPk('2026'),
      openPk: keys.openPk,
      openSk: keys.openSk(summary.nextDeadline?.on, id),
    },
    {
      ...keys.event(id, 1),
      entity: 'EVENT',
      kind: 'event',
      seq: 1,
      event: receivedEvent(receivedOn),
      audit: { actor: 'bench', role: 'clerk', recordedAt: at },
    },
  ];
}

const emulators = await startEmulators();
const raw = new DynamoDBClient(emulators.dynamodb.clientConfig);
const client = documentClient(raw);
const ses = new SESv2Client({ ...emulators.ses.clientConfig, maxAttempts: 1 });
const tableName = 'ogi-bench';
try {
  await createTableIfMissing(raw, tableName);
  progress(`seeding ${OPEN.toLocaleString('en')} open requests (${DUE} due) with BatchWriteItem`);
  const seedStarted = performance.now();
  const pending: Record<string, unknown>[][] = [];
  let written = 0;
  const flush = async () => {
    await Promise.all(
      pending.splice(0).map(async (items) => {
        let requests = items.map((Item) => ({ PutRequest: { Item } }));
        while (requests.length > 0) {
          const result = await client.send(
            new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
          );
          requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }),
    );
  };
  let batch: Record<string, unknown>[] = [];
  for (let n = 0; n < OPEN; n++) {
    const receivedOn =
      n < DUE ? (DUE_RECEIVED[n % DUE_RECEIVED.length] ?? AS_OF) : NOT_DUE_RECEIVED;
    for (const item of requestItems(n, receivedOn)) {
      batch.push(item);
      if (batch.length === BATCH) {
        pending.push(batch);
        batch = [];
        if (pending.length === PARALLEL_BATCHES) await flush();
      }
    }
    written += 1;
    if (written % 10_000 === 0) {
      progress(
        `  ${written.toLocaleString('en')} requests (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
      );
    }
  }
  if (batch.length > 0) pending.push(batch);
  await flush();
  // The daily case: the calendar has not changed since the last recomputation.
  await new TrackerStore({ client, tableName }).setRecomputedCalendarVersion(
    context.calendar.version,
  );
  const seedMs = performance.now() - seedStarted;

  const deps = sweepDependencies({
    district,
    dynamo: client,
    tableName,
    logger: createLogger({ service: 'deadlines', level: 'silent' }),
    staffOrigin: 'https://ogi.bench.example.gov.cn',
    sesClient: ses,
    rules,
  });
  progress(`sweep as of ${AS_OF}`);
  const first = await runSweep(deps, { asOf: AS_OF, runId: 'bench-1', now: new Date() });
  progress('the same sweep again (everything already claimed)');
  const second = await runSweep(deps, { asOf: AS_OF, runId: 'bench-2', now: new Date() });
  const mails = await emulators.ses.emails();

  progress('a plain Query of the same index ranges');
  const horizon = context.calendar.addWorkingDays(AS_OF, 5).date;
  const queryStarted = performance.now();
  let queried = 0;
  for (const query of dueQueries(tableName, { horizon, submittedBy: AS_OF }, 500)) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({ ...query, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      queried += page.Items?.length ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
  }
  const queryMs = performance.now() - queryStarted;

  const sent = Object.entries(first.remindersSent)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(
    `\nDeadline sweep over ${OPEN.toLocaleString('en')} open requests, ${DUE.toLocaleString('en')} due (seeded in ${(seedMs / 1000).toFixed(0)} s)`,
  );
  console.log(
    `  first sweep of the day   ${(first.durationMs / 1000).toFixed(2).padStart(6)} s  requests read ${first.requestsRead}, items read ${first.itemsRead}, ${first.digestsSent} e-mails (${sent}), ${first.failures.length} failures`,
  );
  console.log(
    `  the same day again       ${(second.durationMs / 1000).toFixed(2).padStart(6)} s  requests read ${second.requestsRead}, items read ${second.itemsRead}, ${second.digestsSent} e-mails`,
  );
  console.log(
    `  plain Query, same ranges ${(queryMs / 1000).toFixed(2).padStart(6)} s  items read ${queried}`,
  );
  console.log(
    `  index items read per due request: ${(first.requestsRead / DUE).toFixed(2)} (target ≤ 1.2 plus a fixed overhead); mailbox holds ${mails.length} e-mails`,
  );
} finally {
  ses.destroy();
  raw.destroy();
  await emulators.stop();
}
