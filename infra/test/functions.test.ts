import { partitionOf } from '@ogi/schema';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../src/index.js';
import { routeKey } from '../src/routes.js';
import {
  type CfnResource,
  functionIdOf,
  handlerFunctionsOf,
  resourcesOf,
  shipped,
  templateOf,
} from './support/stacks.js';

const SIX_MONTHS_DAYS = 180;

describe.each(shipped.map((district) => district.id))('Functions of %s', (id) => {
  const template = templateOf(id);
  const functions = Object.entries(handlerFunctionsOf(template));
  const logGroups = resourcesOf(template, 'AWS::Logs::LogGroup');

  it('deploys one function per API route and the tracker', () => {
    // Assess
    expect(functions).toHaveLength(apiRoutes().length + 1);
  });

  const region = shipped.find((district) => district.id === id)?.deployment?.region ?? '';
  const china = partitionOf(region) === 'aws-cn';
  it.each(['Runtime', 'Architectures', 'TracingConfig', 'Handler'])(
    'gives every function the same %s: Node 22 on arm64, traced outside AWS China, the bundle’s index',
    (property) => {
      // Prepare: AWS China offers no X-Ray integration with Lambda.
      const expected: Record<string, unknown> = {
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: china ? undefined : { Mode: 'Active' },
        Handler: 'index.handler',
      };

      // Assess
      for (const [, fn] of functions) {
        expect(fn.Properties[property]).toEqual(expected[property]);
      }
    },
  );

  it('has the handlers trace their AWS calls exactly where Lambda traces', () => {
    // Assess
    for (const [, fn] of functions) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      expect(variables.OGI_TRACE_ENABLED).toBe(china ? 'false' : undefined);
    }
  });

  it('logs every function to a log group of its own, kept at least six months (网络安全法 Art. 21)', () => {
    // Act
    const groups = functions.map(([, fn]) => {
      const config = fn.Properties.LoggingConfig as { LogGroup: { Ref: string } };
      return config.LogGroup.Ref;
    });

    // Assess
    expect(new Set(groups).size).toBe(functions.length);
    for (const group of groups) {
      const retention = logGroups[group]?.Properties.RetentionInDays as number;
      expect(retention).toBeGreaterThanOrEqual(SIX_MONTHS_DAYS);
    }
  });

  it('runs every function as a role of its own', () => {
    // Act
    const roles = functions.map(([, fn]) => JSON.stringify(fn.Properties.Role));

    // Assess
    expect(new Set(roles).size).toBe(functions.length);
  });

  it('reads no source maps at cold start and sets memory and timeout for each function', () => {
    // Assess
    for (const [, fn] of functions) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      // The logger maps a logged stack; Node would read every chunk's map at load.
      expect(String(variables.NODE_OPTIONS ?? '')).not.toContain('--enable-source-maps');
      expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(512);
      expect(fn.Properties.Timeout).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives report assembly and DOCX rendering more memory than reading a case', () => {
    // Prepare
    const sizeOf = (key: string) => functionOf(key).Properties.MemorySize as number;
    const functionOf = (key: string) =>
      Object.fromEntries(functions)[functionIdOf(id, key)] as CfnResource;

    // Assess
    expect(sizeOf('POST /api/staff/reports/{year}/publish')).toBeGreaterThan(
      sizeOf('GET /api/staff/requests/{id}'),
    );
    expect(sizeOf('POST /api/staff/requests/{id}/commands')).toBeGreaterThan(
      sizeOf('GET /api/staff/requests/{id}'),
    );
    expect(functionOf('tracker').Properties.Timeout).toBeGreaterThanOrEqual(300);
  });
});

describe('Function code: bundled once', () => {
  it('gives the same handler the same code asset in every district', () => {
    // Prepare
    const [first, second] = shipped.map((district) => district.id);
    if (!first || !second) throw new Error('two districts are shipped');
    const codeOf = (district: string, key: string) =>
      resourcesOf(templateOf(district), 'AWS::Lambda::Function')[functionIdOf(district, key)]
        ?.Properties.Code as { S3Key: string } | undefined;

    // Assess
    for (const key of [...apiRoutes().map(routeKey), 'tracker']) {
      expect(codeOf(first, key)?.S3Key).toEqual(codeOf(second, key)?.S3Key);
    }
    expect(codeOf(first, 'tracker')?.S3Key).not.toEqual(codeOf(first, 'POST /api/requests')?.S3Key);
  });
});
