import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRuntime, loadTracer, tracingEnabled } from '../src/index.js';

const LAMBDA = 'AWS_Lambda_nodejs22.x';

/** What a handler's environment holds; no client made from it sends anything here. */
const environment = {
  OGI_DISTRICT_CONFIG: JSON.stringify({
    id: 'dachang',
    names: { agency: '青岛西海岸新区大场镇人民政府', office: '政府信息公开领导小组办公室' },
    contact: {
      address: '青岛市黄岛区大场镇吉利河路141号',
      postcode: '266414',
      phone: '0532-58700977',
    },
    correctionPeriodWorkingDays: 15,
    fees: { scale: 'item', pausesClock: true },
    reportDeadline: '01-31',
  }),
  OGI_TABLE_NAME: 'ogi-dachang',
  OGI_ATTACHMENTS_BUCKET: 'ogi-dachang-attachments',
  AWS_REGION: 'cn-north-1',
};

describe('Function: tracingEnabled', () => {
  it.each([
    [{}, false],
    [{ AWS_EXECUTION_ENV: LAMBDA }, true],
    [{ AWS_EXECUTION_ENV: LAMBDA, POWERTOOLS_TRACE_ENABLED: 'true' }, true],
    [{ AWS_EXECUTION_ENV: LAMBDA, POWERTOOLS_TRACE_ENABLED: 'false' }, false],
    [{ AWS_EXECUTION_ENV: LAMBDA, POWERTOOLS_TRACE_ENABLED: 'FALSE' }, false],
    [{ POWERTOOLS_TRACE_ENABLED: 'true' }, false],
  ])('returns for %o: %s', (env, expected) => {
    // Act & Assess
    expect(tracingEnabled(env)).toBe(expected);
  });
});

describe('Function: loadTracer', () => {
  it('returns no tracer outside Lambda, without importing one', async () => {
    // Act
    const tracer = await loadTracer({ POWERTOOLS_TRACE_ENABLED: 'true' }, 'intake');

    // Assess
    expect(tracer).toBeUndefined();
  });
});

describe('Function: createRuntime', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('captures the DynamoDB client with the X-Ray middleware in Lambda', async () => {
    // Prepare: Powertools' Tracer reads Lambda's marker from the process itself.
    vi.stubEnv('AWS_EXECUTION_ENV', LAMBDA);
    vi.stubEnv('POWERTOOLS_TRACE_ENABLED', 'true');

    // Act
    const runtime = await createRuntime({ ...process.env, ...environment }, { service: 'intake' });

    // Assess
    expect(runtime.dynamo.middlewareStack.identify().join('\n')).toContain(
      'XRaySDKInstrumentation',
    );
  });

  it('leaves the clients untraced when POWERTOOLS_TRACE_ENABLED is false, as the local stack sets it', async () => {
    // Prepare
    vi.stubEnv('AWS_EXECUTION_ENV', LAMBDA);
    vi.stubEnv('POWERTOOLS_TRACE_ENABLED', 'false');

    // Act
    const runtime = await createRuntime({ ...process.env, ...environment }, { service: 'intake' });

    // Assess
    expect(runtime.dynamo.middlewareStack.identify().join('\n')).not.toContain(
      'XRaySDKInstrumentation',
    );
  });
});
