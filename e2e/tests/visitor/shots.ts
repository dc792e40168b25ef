import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Where the visitor screenshots of issue 17 go, to be opened and looked at (not only asserted). */
const SHOTS = process.env.E2E_SHOTS_DIR ?? '/tmp/shots-visitor';
mkdirSync(SHOTS, { recursive: true });

/** The phone the visitors hold. */
export const PHONE = { width: 360, height: 740 } as const;

/**
 * The current state as a visitor sees it: the first screen at 360x740 and the whole page at 360 px, and (with
 * `desktop`) the whole page at 1280 px; the viewport is put back afterwards.
 */
export const shot = async (page: Page, name: string, { desktop = false }: { desktop?: boolean } = {}) => {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(SHOTS, `${name}-360.png`) });
  await page.screenshot({ path: path.join(SHOTS, `${name}-360-full.png`), fullPage: true });
  if (desktop) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-1280.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
};
