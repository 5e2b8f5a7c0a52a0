import type { Locator, Page } from 'playwright-core';

/**
 * How many CSS pixels the page is wider than the viewport it was opened with
 * (0: no horizontal scrolling). Measured against the configured width, not
 * the page's own: a mobile browser widens its layout viewport to fit
 * content that overflows, and zooms out.
 */
export async function horizontalOverflow(page: Page): Promise<number> {
  const width = viewportWidth(page);
  const scrollWidth = await page.evaluate<number>(
    'Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)',
  );
  return Math.max(0, scrollWidth - width);
}

/** The labels and legends a sighted user cannot read whole: hidden, or cut by the viewport's edge. */
export function labelsOutOfView(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const width = ${viewportWidth(page)};
    return [...document.querySelectorAll('label, legend')]
      .filter((label) => !label.closest('.visually-hidden'))
      .filter((label) => {
        const box = label.getBoundingClientRect();
        const style = getComputedStyle(label);
        return box.width < 1 || box.height < 1 || style.visibility === 'hidden'
          || box.left < 0 || box.right > width + 0.5;
      })
      .map((label) => label.textContent.trim());
  })()`);
}

/** The size a finger has to hit, in CSS pixels. */
export async function targetSize(target: Locator): Promise<{ width: number; height: number }> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('the target is not rendered');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

function viewportWidth(page: Page): number {
  const width = page.viewportSize()?.width;
  if (width === undefined) throw new Error('the page has no fixed viewport');
  return width;
}
