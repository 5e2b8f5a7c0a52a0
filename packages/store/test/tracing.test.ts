import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRuntime, loadTracer, tracingEnabled } from '../src/index.js';
import { handlerEnvironment as environment } from './handler-environment.js';

const LAMBDA = 'AWS_Lambda_nodejs22.x';

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
