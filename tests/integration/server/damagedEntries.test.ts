import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, readLayer, teamLayerId } from '../../../shared/index.js';
import { annotateAs } from '../../support/annotate.js';
import { connectClient, synced } from '../../support/client.js';
import { addBrokenAnchorEntry, writeToStore } from '../../support/damaged.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

const story = 'The port authority said it moved 9 million tonnes last year.\n\nDock workers denied the figure.';
const formats = ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text'];
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** What an answer says it left out. */
function skippedOf(response: Response): { id: string; reason: string; layer?: string }[] {
  return JSON.parse(decodeURIComponent(response.headers.get('x-factmark-skipped') ?? '[]')) as { id: string; reason: string }[];
}

describe('an entry with broken anchors, written straight into the store', () => {
  const data = { dir: '', remove: async () => {} };
  let server: TestServer;
  let docId: string;
  let student: string;

  beforeAll(async () => {
    Object.assign(data, await tempDataDir());
    const first = await startServer({ dataDir: data.dir });
    docId = await importArticle(first, story);
    const invite = await api(first, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label: 'Ana' }));
    student = `p-${((await invite.json()) as { invite: { jti: string } }).invite.jti}`;
    const clients = await annotateAs(first, docId, first.token, teamLayerId, [
      ['attribution', 'The port authority said'],
      ['claim', '9 million tonnes'],
    ]);
    const check = connectClient(first, layerRoomName(docId, teamLayerId));
    await eventually(() => expect(check.doc.getMap('annotations').size).toBe(2));
    for (const client of [...clients, check]) client.destroy();
    await first.stop();
    // Not through a socket: the server would refuse it at the door.
    await writeToStore(data.dir, layerRoomName(docId, teamLayerId), (layer) => addBrokenAnchorEntry(layer, 'broken'));
    server = await startServer({ dataDir: data.dir });
    // The team layer is the key: scores read the layer holding the broken entry.
    expect((await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: teamLayerId }))).status).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
    await data.remove();
  });

  it.each(formats)('exports %s with the good marks, listing the broken entry as skipped', async (format) => {
    const response = await api(server, `/api/documents/${docId}/export?format=${format}`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(skippedOf(response)).toContainEqual({
      id: 'broken',
      layer: teamLayerId,
      reason: 'start: names no item and no type; end: names no item and no type',
    });
    expect(response.headers.get('x-factmark-skipped-count')).toBe(format === 'claimreview' ? '2' : '1');
    if (format === 'factmark') {
      const file = JSON.parse(body) as { layers: { annotations: { id: string; quote: string }[] }[] };
      expect(file.layers[0]?.annotations.map((annotation) => annotation.quote).sort()).toEqual([
        '9 million tonnes',
        'The port authority said',
      ]);
    }
    if (format !== 'text') expect(body).not.toContain('a broken claim');
  });

  it('answers agreement and scores, listing the broken entry as skipped', async () => {
    const agreement = await api(server, `/api/documents/${docId}/agreement`);
    expect(agreement.status).toBe(200);
    expect(skippedOf(agreement)).toEqual([expect.objectContaining({ id: 'broken', layer: teamLayerId })]);
    expect(((await agreement.json()) as { layers: { id: string; spans: number }[] }).layers).toContainEqual(
      expect.objectContaining({ id: teamLayerId, spans: 2 }),
    );

    for (const format of ['json', 'csv', 'text']) {
      const scores = await api(server, `/api/documents/${docId}/scores?format=${format}`);
      expect(scores.status).toBe(200);
      expect(skippedOf(scores)).toEqual([expect.objectContaining({ id: 'broken', layer: teamLayerId })]);
    }
    const report = (await (await api(server, `/api/documents/${docId}/scores`)).json()) as {
      key: { spans: number };
      students: { layer: string }[];
    };
    expect(report.key.spans).toBe(2);
    expect(report.students.map((scored) => scored.layer)).toEqual([student]);
  });

  it('answers a comparison, listing the broken entry as skipped', async () => {
    for (const format of ['json', 'text', 'html']) {
      const response = await api(server, `/api/compare?a=${docId}&b=${docId}&format=${format}`);
      expect(response.status).toBe(200);
      expect(skippedOf(response)).toEqual([expect.objectContaining({ id: 'broken', layer: `${docId}/${teamLayerId}` })]);
    }
  });

  it('says on the CLI what an export left out', async () => {
    const result = await factmark('export', docId, '--format', 'csv', '--data', server.dataDir);
    expect(result.stdout).toContain('9 million tonnes');
    expect(result.stderr).toContain(`Skipped damaged entry broken in layer ${teamLayerId}: start: names no item and no type`);
  });

  it('says on the CLI what agreement, scores and a comparison left out', async () => {
    const agreement = await factmark('agreement', docId, '--format', 'text', '--data', server.dataDir);
    expect(agreement.stderr).toContain(`Skipped damaged entry broken in layer ${teamLayerId}`);
    const scores = await factmark('scores', docId, '--format', 'csv', '--data', server.dataDir);
    expect(scores.stderr).toContain(`Skipped damaged entry broken in layer ${teamLayerId}`);
    const compared = await factmark('compare', docId, docId, '--data', server.dataDir);
    expect(compared.stderr).toContain(`Skipped damaged entry broken in layer ${docId}/${teamLayerId}`);
  });

  it('serves the layer to a client, which reads the good marks and the damaged entry apart', async () => {
    const client = connectClient(server, layerRoomName(docId, teamLayerId));
    await synced(client);
    const { annotations, damaged } = readLayer(client.doc);
    expect(annotations).toHaveLength(2);
    expect(damaged).toEqual([expect.objectContaining({ id: 'broken', kind: 'claim', quote: 'a broken claim' })]);
    client.destroy();
  });
});
