import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { AnnualReport, isReportYear, REPORT_YEARS, ReportInputs } from '@ogi/schema';
import * as z from 'zod';
import { withoutUndefined } from './dynamo.js';
import { ContentionError, StoreError, VersionConflictError } from './errors.js';
import { parseItem } from './items.js';
import type { Audit, AuditInput } from './request-record.js';
import { keys } from './table.js';

export interface ReportStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The clock for `updatedAt` and `publishedAt`; tests may fix it. */
  readonly now?: () => Date;
}

/** The staff's inputs of one year's report, as last saved. */
export interface ReportDraft {
  readonly year: number;
  /** 1 after the first save; `saveDraft` expects the version the caller read (0 before any). */
  readonly version: number;
  readonly inputs: ReportInputs;
  readonly updatedAt: string;
  readonly updatedBy: Audit;
}

/** One published version of a year's report, without the report itself. */
export interface PublishedSummary {
  readonly year: number;
  /** 1, 2, … in the order of publication. */
  readonly n: number;
  readonly publishedAt: string;
  readonly publishedBy: Audit;
}

/** One published version of a year's report: the whole report as it was published. */
export interface PublishedReport extends PublishedSummary {
  readonly report: AnnualReport;
}

export interface SaveDraftInput {
  readonly year: number;
  /** The draft's version the caller read: 0 when there was none. */
  readonly expectedVersion: number;
  readonly inputs: ReportInputs;
  readonly audit: AuditInput;
}

export interface PublishInput {
  readonly year: number;
  readonly report: AnnualReport;
  readonly audit: AuditInput;
}

const StoredAudit = z.object({
  actor: z.string(),
  role: z.string(),
  sourceIp: z.string().optional(),
  recordedAt: z.string(),
});

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The inputs and the published report were parsed by their schemas when
// they were stored. Reading them back checks only that they are objects,
// so a later, stricter schema never makes a saved draft or a published
// report unreadable: what was accepted stays accepted.
const DraftItem = z.object({
  year: z.number().int(),
  version: z.number().int().min(1),
  inputs: z.custom<ReportInputs>(isObject),
  updatedAt: z.string(),
  updatedBy: StoredAudit,
});

const SummaryItem = z.object({
  year: z.number().int(),
  n: z.number().int().min(1),
  publishedAt: z.string(),
  publishedBy: StoredAudit,
});

const PublishedItem = SummaryItem.extend({ report: z.custom<AnnualReport>(isObject) });

/** Two staff publishing at once both retry; more than this many collisions is not a race. */
const MAX_PUBLISH_ATTEMPTS = 5;

/**
 * The annual reports of one district: per year, the draft of what staff
 * supply (table 二, the narrative, the fees; optimistic locking like the
 * requests) under `REPORT#<yyyy>`/`DRAFT`, and every published version, the
 * whole report as published, under `REPORT#<yyyy>`/`PUB#<n>`. Every read is
 * one GetItem or one Query on the year's partition.
 *
 * @example
 * const reports = new ReportStore({ client, tableName });
 * const draft = await reports.getDraft(2025);
 * await reports.saveDraft({ year: 2025, expectedVersion: draft?.version ?? 0, inputs, audit });
 */
export class ReportStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #now: () => Date;

  constructor(options: ReportStoreOptions) {
    this.#client = options.client;
    this.#table = options.tableName;
    this.#now = options.now ?? (() => new Date());
  }

  /** The year's draft inputs, or null when staff have supplied none yet. */
  async getDraft(year: number): Promise<ReportDraft | null> {
    const found = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.reportDraft(reportYear(year)),
        ConsistentRead: true,
      }),
    );
    return found.Item ? parseItem(DraftItem, found.Item, 'report draft') : null;
  }

  /**
   * Replaces the year's draft inputs if the draft is still at `expectedVersion`
   * (0: there is no draft yet).
   * @throws VersionConflictError when someone else saved first.
   */
  async saveDraft(input: SaveDraftInput): Promise<ReportDraft> {
    const year = reportYear(input.year);
    const { expectedVersion } = input;
    const updatedAt = this.#now().toISOString();
    const draft: ReportDraft = {
      year,
      version: expectedVersion + 1,
      inputs: ReportInputs.parse(input.inputs),
      updatedAt,
      updatedBy: { ...input.audit, recordedAt: updatedAt },
    };
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#table,
          Item: withoutUndefined({ ...keys.reportDraft(year), ...draft }),
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.getDraft(year);
      throw new VersionConflictError(
        keys.reportPk(year),
        expectedVersion,
        current?.version ?? 0,
        `the draft of the ${year} annual report`,
      );
    }
    return draft;
  }

  /**
   * Stores `report` as the year's next published version (1, 2, …). Two
   * publications at once both succeed, as consecutive versions.
   */
  async publish(input: PublishInput): Promise<PublishedReport> {
    const year = reportYear(input.year);
    const report = AnnualReport.parse(input.report);
    if (report.year !== year) {
      throw new StoreError(`a report of ${report.year} cannot be published as ${year}'s`);
    }
    for (let attempt = 1; ; attempt += 1) {
      const n = ((await this.latestPublished(year))?.n ?? 0) + 1;
      const publishedAt = this.#now().toISOString();
      const published: PublishedReport = {
        year,
        n,
        publishedAt,
        publishedBy: { ...input.audit, recordedAt: publishedAt },
        report,
      };
      try {
        await this.#client.send(
          new PutCommand({
            TableName: this.#table,
            Item: withoutUndefined({ ...keys.reportPublished(year, n), ...published }),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return published;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        if (attempt >= MAX_PUBLISH_ATTEMPTS) {
          throw new ContentionError(`the published versions of the ${year} report`, 1, {
            cause: error,
          });
        }
      }
    }
  }

  /** The year's published versions, oldest first, without the reports. */
  async listPublished(year: number): Promise<PublishedSummary[]> {
    const yyyy = reportYear(year);
    const items: PublishedSummary[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :pub)',
          ExpressionAttributeValues: {
            ':pk': keys.reportPk(yyyy),
            ':pub': keys.reportPublishedPrefix,
          },
          ProjectionExpression: '#year, n, publishedAt, publishedBy',
          ExpressionAttributeNames: { '#year': 'year' },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? [])
        items.push(parseItem(SummaryItem, item, 'published report'));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** Version `n` of the year's published report, or null. */
  async getPublished(year: number, n: number): Promise<PublishedReport | null> {
    if (!Number.isInteger(n) || n < 1) return null;
    const found = await this.#client.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.reportPublished(reportYear(year), n),
        ConsistentRead: true,
      }),
    );
    return found.Item ? parseItem(PublishedItem, found.Item, 'published report') : null;
  }

  /** The year's latest published version (one Query, newest first), or null. */
  async latestPublished(year: number): Promise<PublishedReport | null> {
    const page = await this.#client.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :pub)',
        ExpressionAttributeValues: {
          ':pk': keys.reportPk(reportYear(year)),
          ':pub': keys.reportPublishedPrefix,
        },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = page.Items?.[0];
    return item ? parseItem(PublishedItem, item, 'published report') : null;
  }
}

function reportYear(year: number): number {
  if (!isReportYear(year)) {
    throw new RangeError(
      `a report year is a whole year from ${REPORT_YEARS.first} to ${REPORT_YEARS.last}, not ${year}`,
    );
  }
  return year;
}
