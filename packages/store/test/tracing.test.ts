import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  awsCallSubsegment,
  createRuntime,
  currentTrace,
  DaemonClient,
  daemonAddress,
  documentClient,
  parseTraceHeader,
  TRACE_MIDDLEWARE,
  type TraceContext,
  traceAwsCalls,
  tracingEnabled,
} from '../src/index.js';
import { handlerEnvironment as environment } from './handler-environment.js';
import { freshTable } from './support.js';

const LAMBDA = 'AWS_Lambda_nodejs22.x';

function sampledTrace(sampled = true): TraceContext {
  return {
    root: `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`,
    parent: randomBytes(8).toString('hex'),
    sampled,
  };
}

describe('Function: tracingEnabled', () => {
  it.each([
    [{}, false],
    [{ AWS_EXECUTION_ENV: LAMBDA }, true],
    [{ AWS_EXECUTION_ENV: LAMBDA, OGI_TRACE_ENABLED: 'true' }, true],
    [{ AWS_EXECUTION_ENV: LAMBDA, OGI_TRACE_ENABLED: 'false' }, false],
    [{ AWS_EXECUTION_ENV: LAMBDA, OGI_TRACE_ENABLED: 'FALSE' }, false],
    [{ OGI_TRACE_ENABLED: 'true' }, false],
  ])('returns for %o: %s', (env, expected) => {
    // Act & Assess
    expect(tracingEnabled(env)).toBe(expected);
  });
});

describe('Function: parseTraceHeader', () => {
  it('reads the root, the parent and the sampling decision in any order', () => {
    // Act
    const trace = parseTraceHeader(
      'Sampled=1;Lineage=a87bd80c:1|68fd508a:5;Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8',
    );

    // Assess
    expect(trace).toEqual({
      root: '1-5759e988-bd862e3fe1be46a994272793',
      parent: '53995c3f42cd8ad8',
      sampled: true,
    });
  });

  it('returns an unsampled trace when Sampled is 0 or missing', () => {
    // Act & Assess
    expect(
      parseTraceHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0')
        ?.sampled,
    ).toBe(false);
    expect(
      parseTraceHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8')?.sampled,
    ).toBe(false);
  });

  it.each([
    undefined,
    '',
    'Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1',
    'Parent=53995c3f42cd8ad8;Sampled=1',
    'Root=not-a-trace;Parent=53995c3f42cd8ad8;Sampled=1',
    'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=xyz;Sampled=1',
    '1-5759e988-bd862e3fe1be46a994272793',
  ])('returns no trace for %j, which names no root and parent', (header) => {
    // Act & Assess
    expect(parseTraceHeader(header)).toBeUndefined();
  });
});

describe('Function: currentTrace', () => {
  const header = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

  afterEach(() => {
    delete (globalThis as { awslambda?: unknown }).awslambda;
  });

  it('reads the trace Lambda set in the environment for this invocation', () => {
    // Prepare
    const env: { _X_AMZN_TRACE_ID?: string } = {};

    // Act: the runtime sets the variable anew before each invocation.
    const before = currentTrace(env);
    env._X_AMZN_TRACE_ID = header;
    const during = currentTrace(env);

    // Assess
    expect(before).toBeUndefined();
    expect(during?.parent).toBe('53995c3f42cd8ad8');
  });

  it('prefers the invocation store of a runtime that runs several invocations in one process', () => {
    // Prepare
    (globalThis as { awslambda?: unknown }).awslambda = {
      InvokeStore: {
        getXRayTraceId: () =>
          'Root=1-5759e988-bd862e3fe1be46a994272794;Parent=0000000000000001;Sampled=1',
      },
    };

    // Act
    const trace = currentTrace({ _X_AMZN_TRACE_ID: header });

    // Assess
    expect(trace).toEqual({
      root: '1-5759e988-bd862e3fe1be46a994272794',
      parent: '0000000000000001',
      sampled: true,
    });
  });
});

describe('Function: daemonAddress', () => {
  it.each([
    ['169.254.79.129:2000', { host: '169.254.79.129', port: 2000 }],
    ['tcp:127.0.0.1:2001 udp:127.0.0.2:2002', { host: '127.0.0.2', port: 2002 }],
    ['udp:127.0.0.2:2002 tcp:127.0.0.1:2001', { host: '127.0.0.2', port: 2002 }],
    [undefined, { host: '127.0.0.1', port: 2000 }],
    ['no-port', { host: '127.0.0.1', port: 2000 }],
    ['host:99999', { host: '127.0.0.1', port: 2000 }],
  ])('reads %j as %o', (value, expected) => {
    // Act & Assess
    expect(daemonAddress(value)).toEqual(expected);
  });
});

describe('Function: awsCallSubsegment', () => {
  const call = {
    trace: sampledTrace(),
    id: '0123456789abcdef',
    service: 'DynamoDB',
    operation: 'GetItem',
    region: 'ap-southeast-1',
    startTime: 1_780_000_000.125,
    endTime: 1_780_000_000.25,
    tableName: 'ogi-requests',
  };

  it('describes an answered call as an aws subsegment of the invocation', () => {
    // Act
    const document = awsCallSubsegment({ ...call, status: 200, requestId: 'R1', attempts: 1 });

    // Assess
    expect(document).toEqual({
      id: call.id,
      trace_id: call.trace.root,
      parent_id: call.trace.parent,
      type: 'subsegment',
      name: 'DynamoDB',
      namespace: 'aws',
      start_time: call.startTime,
      end_time: call.endTime,
      aws: {
        operation: 'GetItem',
        region: 'ap-southeast-1',
        request_id: 'R1',
        retries: 0,
        table_name: 'ogi-requests',
      },
      http: { response: { status: 200 } },
    });
  });

  it.each([
    [400, { error: true }],
    [429, { error: true, throttle: true }],
    [500, { fault: true }],
    [503, { fault: true }],
  ])('flags a call answered %i as %o, with the exception as its cause', (status, flags) => {
    // Act
    const document = awsCallSubsegment({
      ...call,
      status,
      error: { name: 'SomeException', message: 'it failed' },
    });

    // Assess
    expect(document).toMatchObject({
      ...flags,
      cause: {
        exceptions: [{ id: call.id, type: 'SomeException', message: 'it failed', remote: true }],
      },
    });
    for (const flag of ['error', 'throttle', 'fault'] as const) {
      if (!(flag in flags)) expect(document).not.toHaveProperty(flag);
    }
  });

  it('flags a call that got no answer as a fault of a local exception, its message cut to 500 characters', () => {
    // Act
    const document = awsCallSubsegment({
      ...call,
      error: { name: 'TimeoutError', message: 'x'.repeat(2000) },
    });

    // Assess
    expect(document).toMatchObject({ fault: true });
    expect(document).not.toHaveProperty('http');
    const [exception] = (document.cause as { exceptions: { message: string; remote: boolean }[] })
      .exceptions;
    expect(exception?.remote).toBe(false);
    expect(exception?.message).toHaveLength(500);
  });
});

describe('Function: traceAwsCalls (against DynamoDB Local)', () => {
  it('records each call of a sampled invocation as a subsegment and sends it downstream as the parent', async () => {
    // Prepare
    const table = await freshTable();
    const trace = sampledTrace();
    const sent: Record<string, unknown>[] = [];
    const raw = new DynamoDBClient(inject('dynamodb'));
    traceAwsCalls(raw, {
      region: 'ap-southeast-1',
      send: (each) => sent.push(each),
      trace: () => trace,
    });
    const headers: string[] = [];
    raw.middlewareStack.add(
      (next) => (args) => {
        headers.push(
          (args.request as { headers: Record<string, string> }).headers['X-Amzn-Trace-Id'] ?? '',
        );
        return next(args);
      },
      { step: 'finalizeRequest', name: 'observeTraceHeader' },
    );

    // Act
    await documentClient(raw).send(
      new GetCommand({ TableName: table.tableName, Key: { pk: 'REQ#none', sk: 'META' } }),
    );

    // Assess
    expect(sent).toHaveLength(1);
    const [document] = sent;
    expect(document).toMatchObject({
      type: 'subsegment',
      name: 'DynamoDB',
      namespace: 'aws',
      trace_id: trace.root,
      parent_id: trace.parent,
      aws: { operation: 'GetItem', table_name: table.tableName, retries: 0 },
      http: { response: { status: 200 } },
    });
    expect(document?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(Number(document?.end_time)).toBeGreaterThanOrEqual(Number(document?.start_time));
    expect(headers).toEqual([`Root=${trace.root};Parent=${document?.id};Sampled=1`]);
  });

  it('records a failed call with its error and rethrows it unchanged', async () => {
    // Prepare
    const sent: Record<string, unknown>[] = [];
    const raw = new DynamoDBClient(inject('dynamodb'));
    traceAwsCalls(raw, {
      region: 'ap-southeast-1',
      send: (each) => sent.push(each),
      trace: () => sampledTrace(),
    });

    // Act
    const call = documentClient(raw).send(
      new GetCommand({ TableName: 'no-such-table', Key: { pk: 'x', sk: 'y' } }),
    );

    // Assess
    await expect(call).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      error: true,
      http: { response: { status: 400 } },
      aws: { operation: 'GetItem', table_name: 'no-such-table' },
      cause: { exceptions: [{ type: 'ResourceNotFoundException', remote: true }] },
    });
  });

  it('sends nothing, and leaves the request alone, for an invocation Lambda did not sample', async () => {
    // Prepare
    const table = await freshTable();
    const sent: Record<string, unknown>[] = [];
    const raw = new DynamoDBClient(inject('dynamodb'));
    traceAwsCalls(raw, {
      region: 'ap-southeast-1',
      send: (each) => sent.push(each),
      trace: () => sampledTrace(false),
    });

    // Act
    await documentClient(raw).send(
      new GetCommand({ TableName: table.tableName, Key: { pk: 'REQ#none', sk: 'META' } }),
    );

    // Assess
    expect(sent).toEqual([]);
  });
});

describe('Class: DaemonClient', () => {
  it('sends each document to the daemon over UDP after the X-Ray header line', async () => {
    // Prepare
    const socket = createSocket('udp4');
    const received = new Promise<string>((resolve) =>
      socket.once('message', (data) => resolve(String(data))),
    );
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const daemon = new DaemonClient({ host: '127.0.0.1', port: socket.address().port });

    // Act
    daemon.send({ id: '0123456789abcdef', name: 'DynamoDB' });

    // Assess
    try {
      expect(await received).toBe(
        '{"format":"json","version":1}\n{"id":"0123456789abcdef","name":"DynamoDB"}',
      );
    } finally {
      socket.close();
    }
  });

  it('never throws when the daemon cannot be reached', () => {
    // Prepare
    const daemon = new DaemonClient({ host: 'no-such-host.invalid', port: 2000 });

    // Act & Assess
    expect(() => daemon.send({ id: '0123456789abcdef' })).not.toThrow();
  });
});

describe('Function: createRuntime', () => {
  it('traces the DynamoDB client in Lambda', async () => {
    // Act
    const runtime = await createRuntime({ ...environment, AWS_EXECUTION_ENV: LAMBDA });

    // Assess
    expect(runtime.dynamo.middlewareStack.identify().join('\n')).toContain(TRACE_MIDDLEWARE);
  });

  it('leaves the clients untraced when OGI_TRACE_ENABLED is false, as the local stack sets it', async () => {
    // Act
    const runtime = await createRuntime({
      ...environment,
      AWS_EXECUTION_ENV: LAMBDA,
      OGI_TRACE_ENABLED: 'false',
    });

    // Assess
    expect(runtime.dynamo.middlewareStack.identify().join('\n')).not.toContain(TRACE_MIDDLEWARE);
  });
});
