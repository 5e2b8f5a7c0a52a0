import { beforeAll, describe, expect, it } from 'vitest';
import { RequestRepository } from '../src/index.js';
import { clerk, createInput, freshTable, type TestTable } from './support.js';

let table: TestTable;
let repository: RequestRepository;
let instant = Date.parse('2026-09-21T01:00:00.000Z');

beforeAll(async () => {
  table = await freshTable();
  // Each call a second later, so the reveals' order is the order of the calls.
  repository = new RequestRepository({
    client: table.client,
    tableName: table.tableName,
    now: () => {
      instant += 1000;
      return new Date(instant);
    },
  });
});

describe('Class: RequestRepository', () => {
  describe('Method: revealApplicant', () => {
    it('returns the applicant whole and lists who asked, and when, on the case', async () => {
      // Prepare
      const input = createInput('2026-09-18');
      const { record } = await repository.create(input);

      // Act
      const revealed = await repository.revealApplicant(record.id, clerk);
      const found = await repository.get(record.id);

      // Assess
      expect(revealed?.applicant).toEqual(input.submission.applicant);
      expect(revealed?.reveal).toEqual({ audit: { ...clerk, recordedAt: expect.any(String) } });
      expect(found?.reveals).toEqual([revealed?.reveal]);
    });

    it('records every call, in order, and never moves the record’s version', async () => {
      // Prepare
      const { record } = await repository.create(createInput('2026-09-18'));
      const head = { actor: 'staff-head', role: 'head', sourceIp: '192.0.2.7' };

      // Act
      await repository.revealApplicant(record.id, clerk);
      await repository.revealApplicant(record.id, head);
      await repository.revealApplicant(record.id, clerk);
      const found = await repository.get(record.id);

      // Assess
      expect(found?.reveals.map((reveal) => reveal.audit.actor)).toEqual([
        clerk.actor,
        head.actor,
        clerk.actor,
      ]);
      expect(found?.reveals[1]?.audit).toMatchObject({ role: 'head', sourceIp: '192.0.2.7' });
      expect(found?.record.version).toBe(record.version);
      expect(found?.events).toHaveLength(1);
    });

    it('returns null for an unknown id and writes nothing', async () => {
      // Prepare
      const unknown = '0000000000000000000000000z';
      const sentBefore = table.commands.length;

      // Act
      const revealed = await repository.revealApplicant(unknown, clerk);

      // Assess
      expect(revealed).toBeNull();
      expect(table.commands.slice(sentBefore)).toEqual(['GetItemCommand']);
    });
  });
});
