import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';

/** The names of the global secondary indexes. */
export const INDEX = {
  /** Sparse: open requests only, pk `OPEN`, sk `<nextDeadlineOn>#<id>`. */
  open: 'open',
  /** Every request, pk `STATUS#<status>`, sk `<receiptNo>`. */
  byStatus: 'byStatus',
  /** Sparse: open, assigned requests, pk `ASSIGNEE#<staffId>`, sk `<nextDeadlineOn>#<id>`. */
  byAssignee: 'byAssignee',
  /** Every request, pk `YEAR#<yyyy>` (receipt year, else submission year), sk `<receiptNo>`. */
  byYear: 'byYear',
  /**
   * Sparse: closed requests only, pk `CLOSED#<yyyy>` (year of `closedOn`), sk `<receiptNo>`.
   * Set once, when the request closes (closed requests never reopen).
   */
  byClosedYear: 'byClosedYear',
  /**
   * Sparse: requests with appeal cases only, pk `APPEALS`, sk `<yyyy>#<id>` where
   * `<yyyy>` is the last year any of its cases counts in (the latest conclusion's
   * year, `9999` while one is pending). The annual report of Y reads `sk >= Y`.
   */
  byAppealYear: 'byAppealYear',
} as const;
export type IndexName = (typeof INDEX)[keyof typeof INDEX];

/** The attribute names of the table's and the indexes' keys. */
export const KEY = {
  pk: 'pk',
  sk: 'sk',
  openPk: 'openPk',
  /**
   * `<nextDeadlineOn>#<id>`, or for a submission awaiting receipt
   * `9999-12-31#<submittedOn>#<id>`: the sort key of both `open` and `byAssignee`.
   */
  openSk: 'openSk',
  statusPk: 'statusPk',
  yearPk: 'yearPk',
  assigneePk: 'assigneePk',
  closedYearPk: 'closedYearPk',
  appealPk: 'appealPk',
  /** `<last year a case counts in, or 9999>#<id>`: the sort key of `byAppealYear`. */
  appealSk: 'appealSk',
  /** The sort key of `byStatus`, `byYear` and `byClosedYear`: the receipt number itself. */
  receiptNo: 'receiptNo',
} as const;

/** The TTL attribute (epoch seconds): idempotency records and never-uploaded attachments expire. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** The sort-key stand-in for "no deadline": after every real date. */
export const NO_DEADLINE = '9999-12-31';

/** Key builders: the only place the key formats are written down. */
export const keys = {
  request: (id: string) => ({ pk: `REQ#${id}`, sk: 'META' }),
  requestPk: (id: string) => `REQ#${id}`,
  event: (id: string, seq: number) => ({
    pk: `REQ#${id}`,
    sk: `EVT#${String(seq).padStart(6, '0')}`,
  }),
  attachment: (id: string, attachmentId: string) => ({
    pk: `REQ#${id}`,
    sk: `ATT#${attachmentId}`,
  }),
  /** One version of one letter of a request: `LTR#<n, 6 digits>#v<version, 4 digits>`, in order. */
  letter: (id: string, n: number, version: number) => ({
    pk: `REQ#${id}`,
    sk: `LTR#${String(n).padStart(6, '0')}#v${String(version).padStart(4, '0')}`,
  }),
  letterPrefix: 'LTR#',
  /**
   * One time staff were shown a request's applicant whole: `REVEAL#<ISO
   * instant>#<random>`, so a partition's reveals sort by when they happened.
   */
  reveal: (id: string, recordedAt: string, nonce: string) => ({
    pk: `REQ#${id}`,
    sk: `REVEAL#${recordedAt}#${nonce}`,
  }),
  revealPrefix: 'REVEAL#',
  receiptCounter: (year: string) => ({ pk: `COUNTER#RECEIPT#${year}`, sk: 'COUNTER' }),
  /** The year's letter counter: the 文号 sequence of the letters dated in that year. */
  letterCounter: (year: string) => ({ pk: `COUNTER#LETTER#${year}`, sk: 'COUNTER' }),
  receipt: (receiptNo: string) => ({ pk: `RECEIPT#${receiptNo}`, sk: 'RECEIPT' }),
  idempotency: (keyHash: string) => ({ pk: `IDEM#${keyHash}`, sk: 'IDEM' }),
  /** The claim of one reminder mail of a request (see `ReminderClaims`). */
  reminderClaim: (id: string, key: string) => ({ pk: `REQ#${id}`, sk: `MAIL#${key}` }),
  reminderClaimPrefix: 'MAIL#',
  /** The claim of one notice mail to the district's office (annual report, holiday notice). */
  officeClaim: (key: string) => ({ pk: 'TRACKER', sk: `MAIL#${key}` }),
  /** The calendar version the open requests' deadlines were last all recomputed with. */
  trackerCalendar: { pk: 'TRACKER', sk: 'CALENDAR' },
  reportPk: (year: number) => `REPORT#${year}`,
  reportDraft: (year: number) => ({ pk: `REPORT#${year}`, sk: 'DRAFT' }),
  /** `PUB#<n, 6 digits>`: published versions sort in order. */
  reportPublished: (year: number, n: number) => ({
    pk: `REPORT#${year}`,
    sk: `PUB#${String(n).padStart(6, '0')}`,
  }),
  reportPublishedPrefix: 'PUB#',
  openPk: 'OPEN',
  /**
   * An open request's place in `open` and `byAssignee`: by next deadline; a
   * request without one (an online or fax submission awaiting confirmation)
   * after every deadline, by the day it was submitted (see `awaitingReceiptRange`).
   */
  openSk: (nextDeadlineOn: string | null | undefined, id: string, submittedOn?: string) =>
    nextDeadlineOn
      ? `${nextDeadlineOn}#${id}`
      : submittedOn
        ? `${NO_DEADLINE}#${submittedOn}#${id}`
        : `${NO_DEADLINE}#${id}`,
  statusPk: (status: string) => `STATUS#${status}`,
  yearPk: (year: string) => `YEAR#${year}`,
  assigneePk: (staffId: string) => `ASSIGNEE#${staffId}`,
  closedYearPk: (year: string) => `CLOSED#${year}`,
  appealPk: 'APPEALS',
  appealSk: (untilYear: string, id: string) => `${untilYear}#${id}`,
  /** A request brought in from a ledger, by the ledger's own receipt number. */
  ledgerRequest: (receiptNo: string) => ({ pk: `LEDGER#REQ#${receiptNo}`, sk: 'META' }),
  /** An appeal case brought in from a ledger, by its case key. */
  ledgerAppeal: (caseKey: string) => ({ pk: `LEDGER#APPEAL#${caseKey}`, sk: 'META' }),
  // A ledger's records live in index partitions of their own, so the staff
  // lists (which read `OPEN`, `STATUS#…`, `YEAR#…`) never meet them.
  ledgerYearPk: (year: string) => `LEDGER#YEAR#${year}`,
  ledgerClosedYearPk: (year: string) => `LEDGER#CLOSED#${year}`,
  ledgerOpenPk: 'LEDGER#OPEN',
  /**
   * `<receivedOn>#<receipt_no>`: a ledger request's sort key in `byYear`,
   * `byClosedYear` (as its `receiptNo` attribute) and `open` (as `openSk`), so
   * that the requests received before a year are a key range, whatever the
   * ledger's numbering.
   */
  ledgerSortKey: (receivedOn: string, receiptNo: string) => `${receivedOn}#${receiptNo}`,
  ledgerAppealPk: 'LEDGER#APPEALS',
} as const;

/** The `byAppealYear` stand-in for "a case is still pending": after every real year. */
export const APPEAL_PENDING_YEAR = '9999';

const S = 'S' as const;

/**
 * The single-table design as data, so the local stack, the tests and the CDK
 * stack create the same table (the CDK stack adds point-in-time recovery,
 * encryption and `TTL_ATTRIBUTE`).
 *
 * | pk | sk | item |
 * | --- | --- | --- |
 * | `REQ#<id>` | `META` | the request record (GSI keys below) |
 * | `REQ#<id>` | `EVT#<seq, 6 digits>` | one entry of the append-only log, with its audit fields |
 * | `REQ#<id>` | `ATT#<attachmentId>` | attachment metadata |
 * | `REQ#<id>` | `LTR#<n>#v<version>` | one version of one letter: its record and document; never overwritten |
 * | `REQ#<id>` | `MAIL#<reminder key>` | the tracker's claim of one reminder mail: claimed, sent |
 * | `REQ#<id>` | `REVEAL#<instant>#<random>` | staff shown the applicant whole: who, from where, when |
 * | `TRACKER` | `MAIL#<notice key>` | the tracker's claim of one mail to the office |
 * | `TRACKER` | `CALENDAR` | the calendar version of the last full recomputation of deadlines |
 * | `COUNTER#RECEIPT#<yyyy>` | `COUNTER` | the year's receipt counter |
 * | `COUNTER#LETTER#<yyyy>` | `COUNTER` | the year's letter (文号) counter |
 * | `RECEIPT#<receiptNo>` | `RECEIPT` | receipt number → request id, unique |
 * | `IDEM#<sha256(key)>` | `IDEM` | idempotency record, TTL `expiresAt` |
 * | `REPORT#<yyyy>` | `DRAFT` | the annual report's staff inputs, versioned |
 * | `REPORT#<yyyy>` | `PUB#<n, 6 digits>` | published version n: the whole report, who, when |
 * | `LEDGER#REQ#<receipt_no>` | `META` | a request imported from a ledger: the report's fields only |
 * | `LEDGER#APPEAL#<case key>` | `META` | an appeal case imported from a ledger |
 *
 * Ledger items use the same indexes under partitions of their own
 * (`LEDGER#YEAR#…`, `LEDGER#CLOSED#…`, `LEDGER#OPEN`, `LEDGER#APPEALS`).
 */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const all = { ProjectionType: 'ALL' as const };
  const index = (IndexName: IndexName, hash: string, range: string) => ({
    IndexName,
    KeySchema: [
      { AttributeName: hash, KeyType: 'HASH' as const },
      { AttributeName: range, KeyType: 'RANGE' as const },
    ],
    Projection: all,
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: Object.values(KEY).map((AttributeName) => ({
      AttributeName,
      AttributeType: S,
    })),
    KeySchema: [
      { AttributeName: KEY.pk, KeyType: 'HASH' },
      { AttributeName: KEY.sk, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      index(INDEX.open, KEY.openPk, KEY.openSk),
      index(INDEX.byStatus, KEY.statusPk, KEY.receiptNo),
      index(INDEX.byAssignee, KEY.assigneePk, KEY.openSk),
      index(INDEX.byYear, KEY.yearPk, KEY.receiptNo),
      index(INDEX.byClosedYear, KEY.closedYearPk, KEY.receiptNo),
      index(INDEX.byAppealYear, KEY.appealPk, KEY.appealSk),
    ],
  };
}

/**
 * Creates the table unless it exists, waits until it is ACTIVE and turns on
 * TTL on `expiresAt`. Safe to call again and from several processes at once.
 * @returns whether this call created the table.
 */
export async function createTableIfMissing(
  client: DynamoDBClient,
  tableName: string,
): Promise<boolean> {
  let created = false;
  if (!(await tableExists(client, tableName))) {
    try {
      await client.send(new CreateTableCommand(tableDefinition(tableName)));
      created = true;
    } catch (error) {
      // Another process created it between our check and our call.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  await waitUntilTableExists(
    { client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 },
    { TableName: tableName },
  );
  if (created) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
  }
  return created;
}

async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}
