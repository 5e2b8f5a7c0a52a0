import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { lambdaContext, toApiGatewayEvent, writeResult } from './api-gateway.js';
import { matchRoute, type Route } from './routes.js';
import { serveWebApp, type WebApp } from './web-app.js';

/** API Gateway's own payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The headers of the server's own answers (no route, a body too large), as the handlers' carry them. */
const OWN_ANSWER_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export interface LocalServerOptions {
  readonly routes: readonly Route[];
  /** Called for every request, e.g. to print an access log line. */
  readonly onRequest?: (line: { method: string; path: string; status: number; ms: number }) => void;
  /** The web app served at `/`, with its `/config.json`; none unless set. */
  readonly web?: WebApp;
}

/**
 * One HTTP server in front of every handler: each request becomes the API
 * Gateway v2 event the Lambda would get, and the Lambda's result becomes the
 * response, so the local stack runs exactly the code the cloud runs.
 */
export function createLocalServer(options: LocalServerOptions): Server {
  return createServer((request, response) => {
    const started = performance.now();
    response.on('finish', () =>
      options.onRequest?.({
        method: request.method ?? '',
        path: (request.url ?? '').split('?')[0] ?? '',
        status: response.statusCode,
        ms: performance.now() - started,
      }),
    );
    handle(options, request, response).catch((error: unknown) => {
      // A handler must never throw past its error middleware; if one does, answer like API Gateway.
      process.stderr.write(`local stack: unhandled handler error: ${String(error)}\n`);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Internal Server Error' }));
      }
    });
  });
}

async function handle(
  options: LocalServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (serveWebApp(options.web, request, response, path)) return;
  const matched = matchRoute(options.routes, request.method ?? 'GET', path);
  if (matched === undefined || matched === 'method-not-allowed') {
    const status = matched === undefined ? 404 : 405;
    response.writeHead(status, OWN_ANSWER_HEADERS);
    response.end(
      JSON.stringify({
        error: matched === undefined ? 'not-found' : 'method-not-allowed',
        message: matched === undefined ? '找不到该接口' : '该接口不支持此请求方法',
      }),
    );
    return;
  }
  const body = await readBody(request);
  if (body === 'too-large') {
    response.writeHead(413, OWN_ANSWER_HEADERS);
    response.end(JSON.stringify({ error: 'payload-too-large', message: '请求内容过大' }));
    return;
  }
  const event = toApiGatewayEvent(request, body, matched);
  const result = await matched.route.handler(event, lambdaContext(matched.routeKey));
  writeResult(response, result);
}

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      request.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
