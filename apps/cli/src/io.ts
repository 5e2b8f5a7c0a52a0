import { UsageError } from './errors.js';

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJson(text: string, source: string): unknown {
  if (text.trim() === '') {
    throw new UsageError(`${source}: expected one JSON object, got nothing`, [
      {
        path: source,
        zh: '输入为空，应为一个JSON对象',
        en: 'expected one JSON object, got nothing',
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source}: not valid JSON (${(error as Error).message})`, [
      { path: source, zh: '不是有效的JSON', en: `not valid JSON (${(error as Error).message})` },
    ]);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
