import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers every request with. */
export interface CannedAnswer {
  readonly status: number;
  readonly errorType: string;
  readonly message: string;
}

/**
 * A local HTTP server that answers every request as the SES API answers an
 * error (restJson1: the type in `x-amzn-errortype`), so the real SDK parses a
 * throttling or a rejection that aws-ses-v2-local never gives.
 */
export async function startAnsweringServer(
  answer: CannedAnswer,
): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(answer.status, {
        'content-type': 'application/json',
        'x-amzn-errortype': answer.errorType,
        'x-amzn-requestid': 'test-request',
      });
      response.end(JSON.stringify({ message: answer.message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
