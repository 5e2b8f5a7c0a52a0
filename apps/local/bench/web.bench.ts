/**
 * The web form's first load (issue 11): the built `@ogi/web` served by the
 * local stack's own web server (gzip, as CloudFront serves it), loaded in
 * Debian's chromium with an empty cache. Prints the bytes transferred (the
 * target is under 150 KB) and the time to the form's submit button, on the
 * loopback and on a throttled network (`SLOW_4G`, through the DevTools
 * protocol's `Network.emulateNetworkConditions`), as an applicant's phone
 * would load it.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createLocalServer } from '../src/server.js';
import { builtWebRoot } from '../src/web-app.js';

const RUNS = 5;
const TARGET_BYTES = 150 * 1024;
/**
 * Lighthouse's "slow 4G" as Chrome DevTools applies it per request: 150 ms
 * round trips and 1.6 Mbit/s down, 750 kbit/s up, with DevTools' factors
 * for request-level throttling (latency × 3.75, throughput × 0.9).
 */
const SLOW_4G = {
  name: 'slow 4G (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up)',
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
} as const;
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

/** One first load with an empty cache: bytes transferred and ms until the form can be submitted. */
async function firstLoad(network?: typeof SLOW_4G): Promise<{ bytes: number; ms: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) {
      const { latency, downloadThroughput, uploadThroughput } = network;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput,
        uploadThroughput,
      });
    }
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    const started = performance.now();
    await page.goto(url);
    await page.getByRole('button', { name: '提交申请' }).waitFor({ timeout: 60_000 });
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    return { bytes, ms };
  } finally {
    await context.close();
  }
}

try {
  const loopback: { bytes: number; ms: number }[] = [];
  const throttled: { bytes: number; ms: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    loopback.push(await firstLoad());
    throttled.push(await firstLoad(SLOW_4G));
  }
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const size = median(loopback.map((load) => load.bytes));
  process.stdout.write(
    [
      `web form, first load (gzip, empty cache, ${RUNS} runs each in headless chromium):`,
      `  transferred  ${kb(size)} (target under ${kb(TARGET_BYTES)}: ${size < TARGET_BYTES ? 'met' : 'MISSED'})`,
      `  form ready   median ${median(loopback.map((load) => load.ms)).toFixed(0)} ms on the loopback`,
      `  form ready   median ${median(throttled.map((load) => load.ms)).toFixed(0)} ms on ${SLOW_4G.name}`,
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  server.close();
}
