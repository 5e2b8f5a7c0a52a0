import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { toApiGatewayEvent, writeResult } from '../src/api-gateway.js';
import type { MatchedRoute } from '../src/routes.js';

const matched: MatchedRoute = {
  route: { method: 'POST', path: '/api/requests', handler: async () => '' },
  routeKey: 'POST /api/requests',
  pathParameters: {},
};

/** The parts of a Node request the adapter reads. */
function incoming(contentType: string): IncomingMessage {
  return {
    url: '/api/requests',
    method: 'POST',
    httpVersion: '1.1',
    headers: { 'content-type': contentType },
    socket: { remoteAddress: '127.0.0.1' } as Socket,
  } as IncomingMessage;
}

describe('Function: toApiGatewayEvent', () => {
  it('passes a JSON body that is UTF-8 as text', () => {
    // Prepare
    const body = Buffer.from('{"name":"欧阳晓明"}');

    // Act
    const event = toApiGatewayEvent(incoming('application/json'), body, matched);

    // Assess
    expect(event).toMatchObject({ body: '{"name":"欧阳晓明"}', isBase64Encoded: false });
  });

  it('passes a JSON body that is not UTF-8 as base64 bytes, never as U+FFFD', () => {
    // Prepare
    const body = Buffer.concat([
      Buffer.from('{"name":"欧阳'),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);

    // Act
    const event = toApiGatewayEvent(incoming('application/json'), body, matched);

    // Assess
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64')).toEqual(body);
  });
});

describe('Function: writeResult', () => {
  it('writes a base64-encoded result as the bytes it encodes, as API Gateway does with a DOCX', () => {
    // Prepare
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xe4]);
    const written: { status?: number; headers?: unknown; body?: unknown } = {};
    const response = {
      writeHead: (status: number, headers: unknown) => Object.assign(written, { status, headers }),
      end: (body: unknown) => Object.assign(written, { body }),
    } as unknown as ServerResponse;

    // Act
    writeResult(response, {
      statusCode: 200,
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      body: docx.toString('base64'),
      isBase64Encoded: true,
    });

    // Assess
    expect(written.status).toBe(200);
    expect(written.body).toEqual(docx);
  });
});
