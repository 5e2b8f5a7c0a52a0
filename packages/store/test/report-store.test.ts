import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { assembleAnnualReport } from '@ogi/domain';
import type { ReportInputs } from '@ogi/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys, ReportStore, VersionConflictError } from '../src/index.js';
import { freshTable, type TestTable } from './support.js';

const office = { actor: 'staff-009', role: 'office', sourceIp: '10.0.0.9' } as const;
const head = { actor: 'staff-002', role: 'head' } as const;
const NOW = new Date('2026-01-15T02:00:00.000Z');

const inputs: ReportInputs = {
  narrative: { 一: '2025年，本机关共收到政府信息公开申请2件。' },
  table2: {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 3, repealed: 1, inForce: 12 },
    licensing: { decisions: 40 },
    penalties: { decisions: 5 },
    enforcement: { decisions: 0 },
    administrativeFees: { wanYuan: 1.25 },
  },
  feesCollectedYuan: 0,
};

const report = (year: number) =>
  assembleAnnualReport({
    year,
    agency: '大场镇人民政府',
    records: [
      { receivedOn: `${year}-03-01`, applicantColumn: 'naturalPerson' },
      {
        receivedOn: `${year}-02-01`,
        applicantColumn: 'legalService',
        closedOn: `${year}-02-20`,
        outcome: 'disclosed',
      },
    ],
    inputs,
  });

describe('Class: ReportStore', () => {
  let table: TestTable;
  let store: ReportStore;

  beforeAll(async () => {
    table = await freshTable();
    store = new ReportStore({ client: table.client, tableName: table.tableName, now: () => NOW });
  });

  describe('Method: getDraft', () => {
    it('reads back a draft saved before a stricter schema: what was accepted stays accepted', async () => {
      // Prepare: a draft as an earlier version stored it, with a figure and a
      // narrative that today's ReportInputs would refuse.
      const stored = {
        ...keys.reportDraft(2031),
        year: 2031,
        version: 1,
        inputs: { narrative: { 一: '总体情况\u0007' }, feesCollectedYuan: 9_007_199_254 },
        updatedAt: NOW.toISOString(),
        updatedBy: { ...office, recordedAt: NOW.toISOString() },
      };
      await table.client.send(new PutCommand({ TableName: table.tableName, Item: stored }));

      // Act
      const draft = await store.getDraft(2031);

      // Assess
      expect(draft?.inputs).toEqual(stored.inputs);
    });

    it('returns null for a year without a draft', async () => {
      // Act
      const draft = await store.getDraft(2019);
      // Assess
      expect(draft).toBeNull();
    });
  });

  describe('Method: saveDraft', () => {
    it('creates the draft at version 1 from version 0 and reads it back', async () => {
      // Act
      const saved = await store.saveDraft({
        year: 2024,
        expectedVersion: 0,
        inputs,
        audit: office,
      });
      const read = await store.getDraft(2024);
      // Assess
      expect(saved).toEqual({
        year: 2024,
        version: 1,
        inputs,
        updatedAt: NOW.toISOString(),
        updatedBy: { ...office, recordedAt: NOW.toISOString() },
      });
      expect(read).toEqual(saved);
    });

    it('replaces the draft against the version read and bumps it', async () => {
      // Prepare
      const before = await store.getDraft(2024);
      const changed: ReportInputs = { ...inputs, feesCollectedYuan: 30 };
      // Act
      const saved = await store.saveDraft({
        year: 2024,
        expectedVersion: before?.version ?? 0,
        inputs: changed,
        audit: head,
      });
      // Assess
      expect(saved.version).toBe(2);
      expect((await store.getDraft(2024))?.inputs).toEqual(changed);
    });

    it('throws VersionConflictError on a stale version and keeps the draft', async () => {
      // Prepare
      const before = await store.getDraft(2024);
      // Act
      const stale = store.saveDraft({ year: 2024, expectedVersion: 1, inputs: {}, audit: office });
      // Assess
      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
      expect(await store.getDraft(2024)).toEqual(before);
    });

    it('throws VersionConflictError when a second writer creates the same draft', async () => {
      // Prepare
      await store.saveDraft({ year: 2023, expectedVersion: 0, inputs: {}, audit: office });
      // Act
      const second = store.saveDraft({ year: 2023, expectedVersion: 0, inputs, audit: head });
      // Assess
      await expect(second).rejects.toBeInstanceOf(VersionConflictError);
    });

    it('lets one of two concurrent saves of the same version win', async () => {
      // Prepare
      const before = await store.getDraft(2023);
      const version = before?.version ?? 0;
      // Act
      const results = await Promise.allSettled(
        [office, head].map((audit) =>
          store.saveDraft({ year: 2023, expectedVersion: version, inputs, audit }),
        ),
      );
      // Assess
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((result) => result.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toBeInstanceOf(VersionConflictError);
    });
  });

  describe('Method: publish', () => {
    it('numbers the versions of a year 1, 2, … and keeps each report whole', async () => {
      // Prepare
      const first = report(2025);
      const second = { ...report(2025), agency: '大场镇人民政府（更正）' };
      // Act
      const one = await store.publish({ year: 2025, report: first, audit: office });
      const two = await store.publish({ year: 2025, report: second, audit: head });
      // Assess
      expect(one).toMatchObject({ year: 2025, n: 1, publishedAt: NOW.toISOString() });
      expect(two).toMatchObject({ year: 2025, n: 2, publishedBy: { actor: head.actor } });
      expect((await store.getPublished(2025, 1))?.report).toEqual(first);
      expect((await store.getPublished(2025, 2))?.report).toEqual(second);
    });

    it('gives concurrent publications consecutive versions', async () => {
      // Act
      const published = await Promise.all(
        [1, 2, 3].map(() => store.publish({ year: 2022, report: report(2022), audit: office })),
      );
      // Assess
      expect(published.map((version) => version.n).sort()).toEqual([1, 2, 3]);
    });

    it('throws when the report is of another year', async () => {
      // Act
      const wrong = store.publish({ year: 2021, report: report(2020), audit: office });
      // Assess
      await expect(wrong).rejects.toThrow(/2020/);
    });
  });

  describe('Method: listPublished', () => {
    it('returns the versions oldest first, without the reports', async () => {
      // Act
      const list = await store.listPublished(2025);
      // Assess
      expect(list).toEqual([
        {
          year: 2025,
          n: 1,
          publishedAt: NOW.toISOString(),
          publishedBy: { ...office, recordedAt: NOW.toISOString() },
        },
        {
          year: 2025,
          n: 2,
          publishedAt: NOW.toISOString(),
          publishedBy: { ...head, recordedAt: NOW.toISOString() },
        },
      ]);
    });

    it('returns nothing for a year never published, even with a draft', async () => {
      // Act
      const list = await store.listPublished(2024);
      // Assess
      expect(list).toEqual([]);
    });
  });

  describe('Method: getPublished', () => {
    it('returns null for a version that does not exist', async () => {
      // Act
      const missing = await store.getPublished(2025, 3);
      // Assess
      expect(missing).toBeNull();
    });
  });

  describe('Method: latestPublished', () => {
    it('returns the newest version with its report', async () => {
      // Act
      const latest = await store.latestPublished(2025);
      // Assess
      expect(latest?.n).toBe(2);
      expect(latest?.report.agency).toBe('大场镇人民政府（更正）');
      expect(await store.latestPublished(2019)).toBeNull();
    });
  });
});
