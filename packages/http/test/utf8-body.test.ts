import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { httpApi, json, parseBody } from '../src/index.js';
import { apiEvent, bodyOf, captureLogs, lambdaContext } from './support/events.js';

const Note = z.strictObject({ name: z.string(), notes: z.array(z.string()).optional() });

const handler = httpApi(async (event) => json(201, parseBody(Note, event)), {
  logger: captureLogs('info').logger,
});

/** A base64 JSON body, as API Gateway passes bytes it does not treat as text. */
function bytesEvent(bytes: Uint8Array) {
  return apiEvent({
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
    headers: { 'content-type': 'application/json' },
  });
}

/** `text` as UTF-8 with `bad` spliced in before `marker`. */
function withBytesBefore(text: string, marker: string, bad: readonly number[]): Uint8Array {
  const at = text.indexOf(marker);
  return Buffer.concat([
    Buffer.from(text.slice(0, at)),
    Buffer.from(bad),
    Buffer.from(text.slice(at)),
  ]);
}

describe('Middleware: jsonBodyParser, on a base64 body', () => {
  it('decodes valid UTF-8 and hands the handler the text', async () => {
    // Prepare
    const event = bytesEvent(Buffer.from(JSON.stringify({ name: '欧阳晓明 👩‍👩‍👧' })));

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toEqual({ name: '欧阳晓明 👩‍👩‍👧' });
  });

  it.each([
    ['a byte that never occurs in UTF-8', [0xff]],
    ['a lead byte without its continuation', [0xc3, 0x28]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('answers 400 invalid-encoding naming the field for %s', async (_what, bad) => {
    // Prepare
    const text = JSON.stringify({ name: '张三', notes: ['一', '二'] });
    const event = bytesEvent(withBytesBefore(text, '二', bad));

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({
      error: 'invalid-encoding',
      message: '请求内容不是有效的UTF-8编码文本',
      messageEn: 'The request body is not valid UTF-8 text',
      fields: [
        {
          path: 'notes.1',
          code: 'invalidEncoding',
          message: '含有不是UTF-8编码的字节，请以UTF-8编码提交',
          messageEn: 'contains bytes that are not UTF-8',
        },
      ],
    });
  });

  it('names a key that holds the bad bytes', async () => {
    // Prepare
    const event = bytesEvent(withBytesBefore('{"name":"张三","x":1}', 'x', [0xff]));

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(bodyOf(result)).toMatchObject({
      error: 'invalid-encoding',
      fields: [{ path: '\uFFFDx', code: 'invalidEncoding' }],
    });
  });

  it('names the body when the bad bytes break the JSON itself', async () => {
    // Prepare
    const event = bytesEvent(withBytesBefore('{"name":"张三"}', '"name"', [0xfe, 0xff]));

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({
      error: 'invalid-encoding',
      fields: [{ path: '', code: 'invalidEncoding' }],
    });
  });

  it('keeps a leading BOM, so the body is refused as JSON whether it came as text or bytes', async () => {
    // Prepare
    const event = bytesEvent(Buffer.from('\uFEFF{"name":"张三"}'));

    // Act
    const result = await handler(event, lambdaContext());

    // Assess
    expect(bodyOf(result)).toMatchObject({ error: 'invalid-json' });
  });

  it('answers any bytes with 201 or a 400, and 400 invalid-encoding whenever they are not UTF-8', async () => {
    // Prepare
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc
        .tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.uint8Array({ maxLength: 4 }))
        .map(([name, bad]) => withBytesBefore(JSON.stringify({ name }), '"}', [...bad])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (body) => {
        // Act
        const result = await handler(bytesEvent(body), lambdaContext());

        // Assess
        expect([201, 400]).toContain(result.statusCode);
        if (!isUtf8(body)) expect(bodyOf(result).error).toBe('invalid-encoding');
      }),
      { numRuns: 1000 },
    );
  });
});
