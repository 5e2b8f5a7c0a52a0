/**
 * Annual report from the store (issue 4): a year of 35,000 requests (a large
 * city's volume) in DynamoDB Local, beside earlier and later years, read with
 * `reportRecords`/`reportAppeals` and assembled; then the same records
 * assembled from memory. The ledger path is timed in `@ogi/report`'s bench.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { assembleAnnualReport } from '@ogi/domain';
import { startEmulators } from '@ogi/emulators';
import {
  OUTCOME_CODES,
  type ReportAppeal,
  type ReportRecord,
  type RequestStatus,
} from '@ogi/schema';
import { createTableIfMissing, documentClient, keys, RequestRepository } from '../src/index.js';
import type { RequestSummary } from '../src/request-record.js';
import { summaryAttributes } from '../src/summary-attributes.js';

const YEAR = 2025;
const REQUESTS = 35_000;
/** Requests of the years around it, which the report must not read (but for carry-overs). */
const NEIGHBOURS = 3_000;
const COLUMNS = [
  'naturalPerson',
  'naturalPerson',
  'commercial',
  'legalService',
  'otherOrg',
] as const;
const progress = (message: string) => process.stderr.write(`… ${message}\n`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The `META` item of request `i` of `year`, as `create` and `appendEvent` leave it. */
function metaItem(year: number, i: number): Record<string, unknown> {
  const id = `${year}b${String(i).padStart(21, '0')}`;
  const receiptNo = `${year}-${String(i + 1).padStart(6, '0')}`;
  const receivedMs = Date.UTC(year, 0, 1) + (i % 365) * 86_400_000;
  const receivedOn = day(receivedMs);
  const open = i % 23 === 0;
  const closedOn = open ? null : day(receivedMs + (5 + (i % 30)) * 86_400_000);
  const outcome = open ? null : (OUTCOME_CODES[i % OUTCOME_CODES.length] ?? 'disclosed');
  const appeals =
    !open && i % 500 === 1 && closedOn
      ? [{ kind: 'reconsideration' as const, filedOn: closedOn }]
      : [];
  const status: RequestStatus = open ? 'processing' : 'decided';
  const summary: RequestSummary = {
    status,
    receivedOn,
    dueOn: open ? day(receivedMs + 28 * 86_400_000) : null,
    nextDeadline: open ? { kind: 'answer', on: day(receivedMs + 28 * 86_400_000) } : null,
    provisional: false,
    outcome,
    closedOn,
    feePaid: !open && i % 50 === 0 && closedOn ? { on: closedOn, yuan: 100 } : null,
    correctionNoticeLate: false,
    answeredLate: open ? null : i % 40 === 0,
    extendedOn: null,
    appeals,
  };
  const at = `${receivedOn}T02:00:00.000Z`;
  return {
    ...keys.request(id),
    entity: 'REQUEST',
    id,
    receiptNo,
    queryCodeHash: '0'.repeat(64),
    status,
    version: open ? 1 : 2,
    applicant: { kind: 'natural-person', name: '张三' },
    submission: { information: { description: '请公开本机关年度预算执行情况。' } },
    channel: 'in-person',
    submittedOn: receivedOn,
    submittedAt: at,
    receivedOn,
    ...(summary.dueOn ? { dueOn: summary.dueOn } : {}),
    ...(summary.nextDeadline ? { nextDeadline: summary.nextDeadline } : {}),
    provisional: false,
    ...(outcome && closedOn ? { outcome, closedOn } : {}),
    applicantColumn: COLUMNS[i % COLUMNS.length],
    appeals,
    createdAt: at,
    updatedAt: at,
    ...summaryAttributes(id, summary, receivedOn).set,
  };
}

const emulators = await startEmulators();
try {
  const raw = new DynamoDBClient(emulators.dynamodb.clientConfig);
  const client = documentClient(raw);
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, handlerContext) => (args) => {
      commands.push(handlerContext.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
  const tableName = 'requests-bench';
  await createTableIfMissing(raw, tableName);

  const items = [
    ...Array.from({ length: NEIGHBOURS }, (_, i) => metaItem(YEAR - 1, i)),
    ...Array.from({ length: REQUESTS }, (_, i) => metaItem(YEAR, i)),
    ...Array.from({ length: NEIGHBOURS }, (_, i) => metaItem(YEAR + 1, i)),
  ];
  progress(`seeding ${items.length.toLocaleString('en')} requests (BatchWrite, 25 a batch)`);
  const seedStarted = performance.now();
  let written = 0;
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) =>
    items.slice(b * 25, b * 25 + 25),
  );
  const worker = async () => {
    for (let batch = batches.pop(); batch; batch = batches.pop()) {
      let pending: Record<string, unknown>[] = batch;
      while (pending.length > 0) {
        const result = await client.send(
          new BatchWriteCommand({
            RequestItems: { [tableName]: pending.map((Item) => ({ PutRequest: { Item } })) },
          }),
        );
        const unprocessed = result.UnprocessedItems?.[tableName] ?? [];
        pending = unprocessed.flatMap((request) =>
          request.PutRequest?.Item ? [request.PutRequest.Item] : [],
        );
      }
      written += batch.length;
      if (written % 5_000 < 25) progress(`  ${written.toLocaleString('en')} written`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const seedMs = performance.now() - seedStarted;

  const repository = new RequestRepository({
    client,
    tableName,
    now: () => new Date(`${YEAR + 1}-03-01T08:00:00.000Z`),
  });
  commands.length = 0;
  progress(`assembling the ${YEAR} report from the store`);
  const storeStarted = performance.now();
  const records: ReportRecord[] = [];
  for await (const record of repository.reportRecords(YEAR)) records.push(record);
  const appeals: ReportAppeal[] = [];
  for await (const appeal of repository.reportAppeals(YEAR)) appeals.push(appeal);
  const fromStore = assembleAnnualReport({ year: YEAR, agency: '某市人民政府', records, appeals });
  const storeMs = performance.now() - storeStarted;
  const queries = commands.filter((name) => name === 'QueryCommand').length;
  const others = commands.filter((name) => name !== 'QueryCommand');

  progress(`assembling the ${YEAR} report from memory`);
  const memoryStarted = performance.now();
  const fromMemory = assembleAnnualReport({ year: YEAR, agency: '某市人民政府', records, appeals });
  const memoryMs = performance.now() - memoryStarted;
  if (JSON.stringify(fromMemory.table3) !== JSON.stringify(fromStore.table3)) {
    throw new Error('the report from memory differs from the one from the store');
  }

  const rate = (rows: number, ms: number) =>
    `${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s`;
  const line = (label: string, ms: number, extra = '') =>
    console.log(`  ${label.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms  ${extra}`);
  console.log(
    `\nAnnual report ${YEAR} from the store: ${REQUESTS.toLocaleString('en')} requests that year, ${(
      2 * NEIGHBOURS
    ).toLocaleString('en')} in the years around it (DynamoDB Local)`,
  );
  line('seed (BatchWrite of META items)', seedMs, rate(items.length, seedMs));
  line('(a) store: reportRecords + assemble', storeMs, rate(records.length, storeMs));
  line('(c) memory: assemble the same records', memoryMs, rate(records.length, memoryMs));
  console.log(
    `  records counted ${records.length.toLocaleString('en')}, appeal cases ${appeals.length}, ` +
      `table 三 received ${fromStore.table3.received.total}, carried over ${fromStore.table3.carriedOver.total}, ` +
      `carried forward ${fromStore.table3.carriedForward.total}`,
  );
  console.log(
    `  ${queries} Query commands, ${others.length === 0 ? 'nothing else (no Scan)' : `also ${others.join(', ')}`}`,
  );
  raw.destroy();
} finally {
  await emulators.stop();
}
