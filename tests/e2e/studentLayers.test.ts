import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { teamLayerId } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { annotatedTexts, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import type { TestClient } from '../support/client.js';
import { api, importArticle, type TestServer } from '../support/server.js';

const story = 'The minister said class sizes would shrink.\n\nTeachers denied any change.';
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Makes an annotator link for a person through the Share panel, as a teacher would; returns its token. */
async function inviteThroughShare(page: Page, name: string): Promise<string> {
  const share = page.getByRole('region', { name: 'Sharing' });
  await share.getByLabel('Role').selectOption('annotator');
  await share.getByLabel('Who it is for').fill(name);
  const previous = await share
    .getByLabel('New link')
    .inputValue({ timeout: 100 })
    .catch(() => '');
  await share.getByRole('button', { name: 'Create link' }).click();
  await expect.poll(() => share.getByLabel('New link').inputValue()).not.toBe(previous);
  return new URL(await share.getByLabel('New link').inputValue()).searchParams.get('token') ?? '';
}

/** The ids of the layers the agreement API compares by default, and those Class results scores (key included). */
async function countedLayers(server: TestServer, docId: string): Promise<{ agreement: string[]; scores: string[] }> {
  const agreement = (await (await api(server, `/api/documents/${docId}/agreement`)).json()) as { layers: { id: string }[] };
  const scores = (await (await api(server, `/api/documents/${docId}/scores`)).json()) as {
    key: { id: string };
    students: { layer: string }[];
  };
  return {
    agreement: agreement.layers.map((layer) => layer.id).sort(),
    scores: [scores.key.id, ...scores.students.map((student) => student.layer)].sort(),
  };
}

describe('one layer per student', () => {
  const suite = useBrowserSuite();

  it('gives a re-issued link the student’s own layer, and lets the teacher remove and restore a layer', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }));
    await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: teamLayerId }));
    const clients: TestClient[] = await annotateAs(server, docId, server.token, teamLayerId, [['claim', 'class sizes would shrink']]);

    const teacher = await suite.open(docId, 'Teacher');
    await teacher.page.getByRole('button', { name: 'Share…' }).click();
    const first = await inviteThroughShare(teacher.page, 'Dana Reyes');
    const layer = ((await (await api(server, '/api/session', { token: first })).json()) as { tokenId: string }).tokenId;
    clients.push(...(await annotateAs(server, docId, first, `p-${layer}`, [['claim', 'sizes would shrink']])));
    // The link is lost; the teacher makes Dana a new one, and one for Eli, who marks nothing.
    const second = await inviteThroughShare(teacher.page, 'Dana Reyes');
    await inviteThroughShare(teacher.page, 'Eli');

    const dana = await suite.open(docId, 'Dana', second);
    await expect.poll(() => annotatedTexts(dana.page, 'claim')).toEqual(['sizes would shrink']);

    await teacher.page.getByRole('button', { name: 'Class results' }).click();
    const results = teacher.page.getByRole('region', { name: 'Class results' });
    const students = () => results.locator('table.scores tbody th').allTextContents();
    await expect.poll(students).toEqual(['Dana Reyes', 'Eli']);
    let counted = await countedLayers(server, docId);
    expect(counted.agreement).toEqual(counted.scores);
    expect(counted.scores).toHaveLength(3);

    const layers = results.getByRole('region', { name: 'Students’ layers' });
    await layers.getByRole('row', { name: /^Eli/ }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(students).toEqual(['Dana Reyes']);
    await expect.poll(() => layers.getByRole('row', { name: /^Eli \(removed\)/ }).count()).toBe(1);
    counted = await countedLayers(server, docId);
    expect(counted.agreement).toEqual(counted.scores);
    expect(counted.scores).toHaveLength(2);
    await teacher.page.screenshot({ path: 'tmp/student-layers.png', fullPage: true });

    await layers.getByRole('row', { name: /^Eli/ }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(students).toEqual(['Dana Reyes', 'Eli']);

    await layers.getByLabel('New name for Eli').fill('Eli Moreau');
    await layers.getByRole('row', { name: /^Eli/ }).getByRole('button', { name: 'Rename' }).click();
    await expect.poll(students).toEqual(['Dana Reyes', 'Eli Moreau']);
    for (const client of clients) client.destroy();
  });

  it('opens a student’s own layer only, never the team layer first', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }));
    const { page, sockets, tokenId } = await openAsNewStudent(docId);
    try {
      expect(sockets.filter((socket) => socket.includes('/layer/'))).toEqual([`/sync/${docId}/layer/p-${tokenId}`]);
    } finally {
      await page.context().close();
    }
  });

  it('moves a student working in the team layer into their own as soon as the assignment is made blind', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    const { page, sockets, tokenId } = await openAsNewStudent(docId);
    try {
      expect(sockets.filter((socket) => socket.includes('/layer/'))).toEqual([`/sync/${docId}/layer/${teamLayerId}`]);
      // The teacher makes the assignment blind while the student has the team layer open: the page
      // reads the document again when told, without a reload, and goes on in the student's own layer.
      await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }));
      await page.getByText('This is an assignment: your marks are yours alone').waitFor();
      await expect.poll(() => sockets.at(-1)).toBe(`/sync/${docId}/layer/p-${tokenId}`);
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
      await selectWords(page, 'Teachers denied any change');
      await page.keyboard.press('Control+Shift+2');
      await expect.poll(() => annotatedTexts(page, 'denial')).toEqual(['Teachers denied any change']);
    } finally {
      await page.context().close();
    }
  });

  /**
   * Makes a new annotator link and opens it in a window of its own as Dana, recording the rooms the page
   * connects to from its first request; the caller closes the window.
   */
  async function openAsNewStudent(docId: string): Promise<{ page: Page; sockets: string[]; tokenId: string }> {
    const { server, browser } = suite;
    const invite = (await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator' }))).json()) as {
      token: string;
    };
    const { tokenId } = (await (await api(server, '/api/session', { token: invite.token })).json()) as { tokenId: string };
    const page = await (await browser.newContext()).newPage();
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
    await page.goto(`${server.url}/?token=${invite.token}#/d/${docId}`);
    await page.getByLabel('Your name, as other reviewers will see it').fill('Dana');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('aside.sidebar[aria-busy="false"]').waitFor();
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    return { page, sockets, tokenId };
  }
});
