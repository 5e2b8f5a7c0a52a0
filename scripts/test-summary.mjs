// Adds up the vitest JSON reports of every workspace package and prints one
// closing line, "N passed, N failed", so CI can tell how many tests ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspaces = [
  ...['packages', 'apps', 'infra'].flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder)).map((name) => join(folder, name))
      : [],
  ),
  'infra',
  'tests',
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const workspace of workspaces) {
  const report = join(root, workspace, '.vitest-report.json');
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  console.log(
    `  ${workspace.padEnd(20)} ${json.numPassedTests} passed, ${json.numFailedTests} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exitCode = 1;
