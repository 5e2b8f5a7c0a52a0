import { createSocket, type Socket } from 'node:dgram';

/** Where the X-Ray daemon listens for segment documents over UDP. */
export interface DaemonAddress {
  readonly host: string;
  readonly port: number;
}

/** The daemon's default address, which Lambda's own daemon also uses. */
const DEFAULT_ADDRESS: DaemonAddress = { host: '127.0.0.1', port: 2000 };

/**
 * Reads `AWS_XRAY_DAEMON_ADDRESS`: `host:port`, or `udp:host:port tcp:host:port`
 * (either order; documents go over UDP). The default when unset or malformed.
 */
export function daemonAddress(value: string | undefined): DaemonAddress {
  const parts = (value ?? '').trim().split(/\s+/);
  const udp = parts.find((part) => part.startsWith('udp:'))?.slice(4) ?? parts[0] ?? '';
  const match = /^([^\s:]+):(\d{1,5})$/.exec(udp);
  const port = Number(match?.[2]);
  return match?.[1] && port > 0 && port < 65536 ? { host: match[1], port } : DEFAULT_ADDRESS;
}

const HEADER = '{"format":"json","version":1}\n';

/** Sends documents to one daemon; what cannot be sent is dropped, as the X-Ray SDK does. */
export class DaemonClient {
  readonly #address: DaemonAddress;
  #socket: Socket | undefined;

  constructor(address: DaemonAddress) {
    this.#address = address;
  }

  /** Sends one segment document; never throws and never keeps the process alive. */
  send(document: Record<string, unknown>): void {
    try {
      if (!this.#socket) {
        this.#socket = createSocket('udp4');
        this.#socket.on('error', () => {});
        this.#socket.unref();
      }
      this.#socket.send(
        `${HEADER}${JSON.stringify(document)}`,
        this.#address.port,
        this.#address.host,
      );
    } catch {
      // Tracing is best effort: a lost subsegment must never fail the call it describes.
    }
  }
}
