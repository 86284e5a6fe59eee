import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: Playwright cannot download its own browser here. */
export const chromiumPath = process.env['FACTMARK_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags it needs offline and as root.
 * Playwright gives every launch a fresh, empty profile of its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
