import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium: the binary itself first (its wrapper script prints a harmless warning here). */
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** Where screenshots go for review (git-ignored). */
export const SCREENSHOTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '.screenshots',
);

/** Starts Debian's chromium headless; `bash scripts/install-browser.sh` installs it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM.find((path) => existsSync(path));
  if (executablePath === undefined) {
    throw new Error('chromium is not installed: run bash scripts/install-browser.sh');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as `<name>.png` for review. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One rule axe-core found broken. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core's tags of the WCAG 2.0/2.1 A and AA rules (GB/T 37668 follows the same criteria). */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * Runs axe-core's rules with these tags (WCAG 2.0/2.1 A and AA unless told)
 * on the page. The script is evaluated through the DevTools protocol, which
 * the page's content security policy does not govern.
 */
export async function axeViolations(
  page: Page,
  tags: readonly string[] = WCAG21_AA,
): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(tags)} },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  })()`);
}

/** The violations a user would be blocked or badly hindered by. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** Waits two animation frames: what an answer just changed is rendered by then. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
  );
}

/**
 * Holds back the answers to requests matching `url` until `release` is
 * called, and answers a promise of the first such answer after that.
 */
export async function holdAnswers(
  page: Page,
  url: string,
): Promise<{ release: () => Promise<unknown> }> {
  let open = () => {};
  const held = new Promise<void>((resolve) => {
    open = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return {
    release: () => {
      const answered = page.waitForResponse(url);
      open();
      return answered;
    },
  };
}
