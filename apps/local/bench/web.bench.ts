/**
 * The web form's first load (issue 11): the built `@ogi/web` served by the
 * local stack's own web server (gzip, as CloudFront serves it), loaded in
 * Debian's chromium with an empty cache. Prints the bytes transferred (the
 * target is under 150 KB) and the time to the form's submit button.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createLocalServer } from '../src/server.js';
import { builtWebRoot } from '../src/web-app.js';

const RUNS = 5;
const TARGET_BYTES = 150 * 1024;
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

const root = builtWebRoot();
if (!existsSync(`${root}/index.html`)) {
  throw new Error('the web app is not built: pnpm --filter @ogi/web build');
}
const executablePath = CHROMIUM.find((path) => existsSync(path));
if (executablePath === undefined) {
  throw new Error('chromium is not installed: bash scripts/install-browser.sh');
}

const server = createLocalServer({
  routes: [],
  web: {
    root,
    config: {
      district: { id: 'dachang', agency: '青岛西海岸新区大场镇人民政府', office: '政务公开办公室' },
      apiOrigin: '',
    },
    connectSources: [],
  },
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });

try {
  const bytes: number[] = [];
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
    });
    const started = performance.now();
    await page.goto(url);
    await page.getByRole('button', { name: '提交申请' }).waitFor();
    times.push(performance.now() - started);
    await page.waitForLoadState('networkidle');
    bytes.push(transferred);
    await context.close();
  }
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const size = median(bytes);
  process.stdout.write(
    [
      `web form, first load (gzip, empty cache, ${RUNS} runs in headless chromium):`,
      `  transferred  ${kb(size)} (target under ${kb(TARGET_BYTES)}: ${size < TARGET_BYTES ? 'met' : 'MISSED'})`,
      `  form ready   median ${median(times).toFixed(0)} ms on the loopback`,
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  server.close();
}
