import { simpleParser } from 'mailparser';

/** Reads a From header value back as a mail client would: the decoded name and the address. */
export async function readAddress(header: string): Promise<{ name: string; address: string }> {
  const parsed = await simpleParser(`From: ${header}\r\n\r\n`);
  const [first] = parsed.from?.value ?? [];
  return { name: first?.name ?? '', address: first?.address ?? '' };
}
