import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a running local stack tells other processes on the same machine (the
 * CLI's `ogi import` and `ogi tick`): where its DynamoDB Local, table and SES
 * emulator are. Written to
 * `<data folder>/stack.json` when the stack is ready, removed when it stops.
 */
export interface LocalStackInfo {
  /** The stack's process: the file is stale once that process is gone. */
  readonly pid: number;
  readonly url: string;
  readonly district: string;
  readonly tableName: string;
  readonly region: string;
  readonly dynamodbEndpoint: string;
  /** aws-ses-v2-local, where the deadline tracker's mails go (`ogi tick`); absent in older files. */
  readonly sesEndpoint?: string;
  readonly startedAt: string;
}

const FILE = 'stack.json';

export function writeStackFile(dataDir: string, info: LocalStackInfo): void {
  writeFileSync(join(dataDir, FILE), `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
}

/** Removes the file if this process wrote it (a newer stack may have replaced it). */
export function removeStackFile(dataDir: string, pid = process.pid): void {
  const info = readStackFile(dataDir);
  if (info?.pid === pid) rmSync(join(dataDir, FILE), { force: true });
}

/** The local stack running on this data folder, or null when none is. */
export function runningLocalStack(dataDir: string): LocalStackInfo | null {
  const info = readStackFile(dataDir);
  return info && isAlive(info.pid) ? info : null;
}

function readStackFile(dataDir: string): LocalStackInfo | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const info = raw as Record<string, unknown>;
  const text = ['url', 'district', 'tableName', 'region', 'dynamodbEndpoint', 'startedAt'];
  if (!Number.isInteger(info.pid) || !text.every((key) => typeof info[key] === 'string')) {
    return null;
  }
  return info as unknown as LocalStackInfo;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
