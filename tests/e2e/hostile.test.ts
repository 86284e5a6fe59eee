import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDocumentAs, untilIdle } from '../support/browser.js';
import { importArticle, startServer, type TestServer } from '../support/server.js';

const hostile = `<!doctype html><html><head><title>Budget &amp; “facts”</title>
<style>body { display: none }</style><script>window.__pwned = 'head script'</script>
<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">
</head><body onload="window.__pwned = 'onload'">
<h1 onclick="window.__pwned = 'onclick'">Budget vote delayed</h1>
<p>The treasurer said <a href="javascript:window.__pwned='link'">the numbers</a> were <b onmouseover="window.__pwned='hover'">final</b>.</p>
<iframe src="javascript:parent.__pwned='iframe'"></iframe><img src="x" onerror="window.__pwned='img'">
<svg><script>window.__pwned='svg'</script></svg><object data="javascript:window.__pwned='object'"></object>
<p>Critics <a href=" JaVaScRiPt:window.__pwned='obfuscated'">disagreed</a> — Zoë Ångström 🧾.</p>
<form action="https://evil.example/"><input name="x" value="steal"></form>
<template><script>window.__pwned='template'</script></template>
</body></html>`;

describe('a hostile HTML article', () => {
  let server: TestServer;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('opens with its text intact and nothing of it running or loading', async () => {
    const docId = await importArticle(server, hostile, 'html');
    if (browser === undefined) throw new Error('The browser did not start.');
    const { page, context, errors } = await openDocumentAs(browser, server.url, server.token, docId, 'Careful Reader');
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.reload();
    await page.locator('.ProseMirror p').first().waitFor();
    // Hover and click everything a handler could have been on.
    for (const element of await page.locator('.ProseMirror *').all()) {
      await element.hover({ timeout: 500 }).catch(() => undefined);
    }
    await page.locator('.ProseMirror h1').click();
    await page
      .locator('.ProseMirror a')
      .first()
      .click({ timeout: 1000 })
      .catch(() => undefined);
    // Whatever a click or hover set going has run once the page is idle.
    await untilIdle(page);

    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    const text = await page.locator('.ProseMirror').innerText();
    expect(text).toContain('Budget vote delayed');
    expect(text).toContain('The treasurer said the numbers were final.');
    expect(text).toContain('Critics disagreed — Zoë Ångström 🧾.');
    expect(text).not.toMatch(/steal|pwned|script/i);
    const html = await page.locator('.ProseMirror').innerHTML();
    expect(html).not.toMatch(/javascript:|onclick|onload|onerror|onmouseover|<iframe|<script|<svg|<object|<img/i);
    await context.close();
  });
});
