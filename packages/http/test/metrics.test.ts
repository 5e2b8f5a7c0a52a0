import { afterEach, describe, expect, it, vi } from 'vitest';
import { conflict, createMetrics, httpApi, json, METRIC } from '../src/index.js';
import { captureLogs, jsonEvent, lambdaContext } from './support/events.js';

/** The EMF documents written to stdout while `act` runs, parsed. */
async function emfDocuments(act: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const lines = written.flatMap((chunk) => chunk.split('\n')).filter((line) => line !== '');
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

function submitApi() {
  const metrics = createMetrics({ service: 'intake', district: 'dachang' });
  const handler = httpApi(
    async (event) => {
      if (event.headers?.['x-stale'] === '1') throw conflict();
      metrics.count(METRIC.submissionCreated);
      return json(201, { receiptNo: '2026-000001' });
    },
    { logger: captureLogs().logger, metrics },
  );
  return { handler, metrics };
}

describe('Function: createMetrics', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes one EMF document with the submission count, namespace ogi, service and district', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const { handler } = submitApi();

    // Act
    const documents = await emfDocuments(() => handler(jsonEvent({}), lambdaContext()));

    // Assess
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      _aws: {
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [
          {
            Namespace: 'ogi',
            Dimensions: [['service', 'district']],
            Metrics: [{ Name: 'SubmissionCreated', Unit: 'Count' }],
          },
        ],
      },
      service: 'intake',
      district: 'dachang',
      SubmissionCreated: 1,
    });
  });

  it('counts a version conflict the error handler answered, in the same flush', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const { handler } = submitApi();

    // Act
    const documents = await emfDocuments(() =>
      handler(jsonEvent({}, { headers: { 'x-stale': '1' } }), lambdaContext()),
    );

    // Assess
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ VersionConflict: 1, service: 'intake' });
    expect(documents[0]).not.toHaveProperty('SubmissionCreated');
  });

  it('writes a count with a dimension of its own as a document of its own', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const metrics = createMetrics({ service: 'casework', district: 'dachang' });

    // Act
    const documents = await emfDocuments(async () => {
      metrics.count(METRIC.staffCommandRecorded, { eventType: 'received' });
    });

    // Assess
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          { Namespace: 'ogi', Dimensions: [['service', 'district', 'eventType']] },
        ],
      },
      service: 'casework',
      district: 'dachang',
      eventType: 'received',
      StaffCommandRecorded: 1,
    });
  });

  it('adds a count of more than one at once, as a sweep counts its reminders of one kind', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const metrics = createMetrics({ service: 'deadlines', district: 'dachang' });

    // Act
    const documents = await emfDocuments(async () => {
      metrics.count(METRIC.reminderSent, { kind: 'answer' }, 332);
      metrics.count(METRIC.deemedWithdrawn, undefined, 3);
      metrics.flush();
    });

    // Assess
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatchObject({ kind: 'answer', ReminderSent: 332 });
    expect(documents[1]).toMatchObject({ service: 'deadlines', DeemedWithdrawn: 3 });
  });

  it('writes nothing, not even a warning, for a request that counted nothing', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const metrics = createMetrics({ service: 'intake', district: 'dachang' });
    const handler = httpApi(async () => json(200, {}), { logger: captureLogs().logger, metrics });

    // Act
    const documents = await emfDocuments(() => handler(jsonEvent({}), lambdaContext()));

    // Assess
    expect(documents).toEqual([]);
  });

  it('writes nothing when POWERTOOLS_METRICS_DISABLED is true, as on the local stack', async () => {
    // Prepare
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
    const { handler } = submitApi();

    // Act
    const documents = await emfDocuments(() => handler(jsonEvent({}), lambdaContext()));

    // Assess
    expect(documents).toEqual([]);
  });
});
