import { describe, expect, it } from 'vitest';
import { annotateAs } from '../../support/annotate.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const story = 'The council said bus fares would fall in June.\n\nThe union denied any cuts.';
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('one layer per student', () => {
  const { server, clients } = useServer();

  const invite = async (docId: string, label: string, role = 'annotator') => {
    const response = await api(server, `/api/documents/${docId}/invites`, json('POST', { role, label }));
    expect(response.status).toBe(201);
    return (await response.json()) as { token: string; invite: { jti: string; layer?: string } };
  };
  const layersOf = async (docId: string) =>
    ((await (await api(server, `/api/documents/${docId}`)).json()) as { layers: { id: string; label: string; removed?: true }[] }).layers;
  const exported = async (docId: string, layer: string) =>
    (
      (await (await api(server, `/api/documents/${docId}/export?format=factmark&layer=${layer}`)).json()) as {
        layers: { annotations: { quote: string }[] }[];
      }
    ).layers.flatMap((item) => item.annotations.map((annotation) => annotation.quote));

  it('gives a new invitation for the same person (any case) the layer of the first, and a new person a new one', async () => {
    const docId = await importArticle(server, story);
    const first = await invite(docId, 'Ana Lima');
    const again = await invite(docId, 'ana  lima');
    const other = await invite(docId, 'Ben');
    const layer = `p-${first.invite.jti}`;
    expect(again.invite.layer).toBe(layer);
    expect(other.invite.layer).toBeUndefined();
    clients.push(...(await annotateAs(server, docId, again.token, layer, [['claim', 'bus fares would fall']])));
    await eventually(async () => expect(await exported(docId, layer)).toEqual(['bus fares would fall']));
    const labels = (await layersOf(docId)).map((item) => item.label);
    expect(labels.filter((label) => label.toLowerCase() === 'ana lima')).toHaveLength(1);
  });

  it('merges one student’s layer into another, removes and restores a layer, and refuses the team layer', async () => {
    const docId = await importArticle(server, story);
    const ana = await invite(docId, 'Ana');
    const alias = await invite(docId, 'Ana L.');
    const anaLayer = `p-${ana.invite.jti}`;
    const aliasLayer = `p-${alias.invite.jti}`;
    clients.push(
      ...(await annotateAs(server, docId, ana.token, anaLayer, [['claim', 'bus fares would fall']])),
      ...(await annotateAs(server, docId, alias.token, aliasLayer, [['denial', 'The union denied any cuts']])),
    );
    await eventually(async () => expect(await exported(docId, aliasLayer)).toEqual(['The union denied any cuts']));

    const merged = await api(server, `/api/documents/${docId}/layers/${aliasLayer}/merge`, json('POST', { into: anaLayer }));
    expect(merged.status).toBe(200);
    await eventually(async () =>
      expect((await exported(docId, anaLayer)).sort()).toEqual(['The union denied any cuts', 'bus fares would fall']),
    );
    expect((await layersOf(docId)).find((item) => item.id === aliasLayer)?.removed).toBe(true);
    // Left out of every export, but kept.
    const all = (await (await api(server, `/api/documents/${docId}/export?format=factmark`)).json()) as { layers: { id: string }[] };
    expect(all.layers.map((item) => item.id)).not.toContain(aliasLayer);

    const restored = await api(
      server,
      `/api/documents/${docId}/layers/${aliasLayer}`,
      json('PATCH', { removed: false, name: 'Ana (second link)' }),
    );
    expect(restored.status).toBe(200);
    expect((await layersOf(docId)).find((item) => item.id === aliasLayer)).toEqual({
      id: aliasLayer,
      label: 'Ana (second link)',
      access: 'read',
    });

    expect((await api(server, `/api/documents/${docId}/layers/team`, json('PATCH', { removed: true }))).status).toBe(400);
    expect((await api(server, `/api/documents/${docId}/layers/p-nothing`, json('PATCH', { removed: true }))).status).toBe(404);
    expect(
      (await api(server, `/api/documents/${docId}/layers/${anaLayer}`, { ...json('PATCH', { removed: true }), token: ana.token })).status,
    ).toBe(403);
  });
});
