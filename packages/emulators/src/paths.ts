import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: the folder with pnpm-workspace.yaml above this file. */
export function workspaceRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the workspace root (pnpm-workspace.yaml)');
    folder = parent;
  }
  return folder;
}

/** The git-ignored folder for emulator binaries and local data. */
export function localFolder(...parts: string[]): string {
  return join(workspaceRoot(), '.local', ...parts);
}
