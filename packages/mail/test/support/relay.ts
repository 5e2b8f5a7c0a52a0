import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { generate } from 'selfsigned';
import { SMTPServer } from 'smtp-server';

/** A key and a self-signed certificate for 127.0.0.1 and localhost; the certificate is its own CA. */
export interface TestCertificate {
  readonly key: string;
  readonly cert: string;
}

/** Makes a fresh certificate, so no key is kept in the repository. */
export async function makeCertificate(): Promise<TestCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** An SMTP reply the relay gives instead of accepting a recipient. */
export interface Refusal {
  readonly code: number;
  readonly text: string;
}

export interface RelayOptions {
  /** `tls`: TLS from the first byte; `starttls`: offers the upgrade; `plaintext`: offers no TLS at all. */
  readonly security: 'tls' | 'starttls' | 'plaintext';
  readonly certificate: TestCertificate;
  readonly credentials?: { readonly user: string; readonly password: string };
  /** Called at each RCPT TO: a refusal, or nothing to accept the recipient. */
  readonly refuse?: (recipient: string) => Refusal | undefined;
}

/** A relay that keeps what it was told: each accepted message parsed, each command seen. */
export interface RunningRelay {
  readonly port: number;
  readonly received: ParsedMail[];
  /** Whether any login was tried, and whether any message body arrived, on every connection. */
  readonly seen: { logins: number; bodies: number; secureSessions: number };
  stop(): Promise<void>;
}

function refusalError(refusal: Refusal): Error & { responseCode: number } {
  return Object.assign(new Error(refusal.text), { responseCode: refusal.code });
}

/** Starts an SMTP relay on 127.0.0.1 with a free port, as an agency's relay would answer. */
export async function startRelay(options: RelayOptions): Promise<RunningRelay> {
  const received: ParsedMail[] = [];
  const seen = { logins: 0, bodies: 0, secureSessions: 0 };
  const plaintext = options.security === 'plaintext';
  const server = new SMTPServer({
    secure: options.security === 'tls',
    key: options.certificate.key,
    cert: options.certificate.cert,
    logger: false,
    disabledCommands: plaintext ? ['STARTTLS'] : [],
    hideSTARTTLS: plaintext,
    // The plain-text relay would take a password in the clear: the client must not offer one.
    allowInsecureAuth: plaintext,
    authOptional: options.credentials === undefined,
    onAuth(auth, session, callback) {
      seen.logins++;
      if (session.secure) seen.secureSessions++;
      const { credentials } = options;
      if (
        credentials &&
        auth.username === credentials.user &&
        auth.password === credentials.password
      ) {
        callback(null, { user: auth.username });
        return;
      }
      callback(refusalError({ code: 535, text: 'Authentication credentials invalid' }));
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address);
      callback(refusal ? refusalError(refusal) : null);
    },
    onData(stream, _session, callback) {
      seen.bodies++;
      simpleParser(stream).then(
        (parsed) => {
          received.push(parsed);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client that walks away mid-handshake (an untrusted certificate) is an error event here.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    seen,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
