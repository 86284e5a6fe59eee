import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationsMap, layerRoomName, readAnnotation, teamLayerId, updateAnnotation, type Person } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { secondCheck } from '../../support/secondCheck.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const article = 'The mayor said the river was clean.\n\nFishermen said the catch had halved since 2020.';

interface WebAnnotationItem {
  body: { purpose?: string; value?: string }[];
  target: { selector?: { type: string; exact?: string }[] };
}

/** No W3C file carries a claim's check: importing one over the desk's claims keeps it. */
describe('importing W3C annotations over a document’s own claims', () => {
  let server: TestServer;
  let docId: string;
  let layer: TestClient;
  let owner: Person;
  const claims: Record<'checked' | 'open', string> = { checked: '', open: '' };
  const clients: TestClient[] = [];

  const claimNow = (id: string) => readAnnotation(id, annotationsMap(layer.doc).get(id));
  const exported = async () =>
    JSON.parse(await (await api(server, `/api/documents/${docId}/export?format=wa`)).text()) as { first: { items: WebAnnotationItem[] } };
  const importBack = async (content: unknown) => {
    const response = await api(server, `/api/documents/${docId}/annotations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'wa', content: JSON.stringify(content) }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { updated: number };
  };

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, article);
    const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
    owner = { id: session.tokenId, name: 'Owner' };
    const articleClient = connectClient(server, docId);
    layer = connectClient(server, layerRoomName(docId, teamLayerId));
    clients.push(articleClient, layer);
    await Promise.all([synced(articleClient), synced(layer)]);
    const view = new TestArticle(articleClient.doc);
    claims.checked = mark(view, layer.doc, 'claim', 'the river was clean', 0, owner);
    claims.open = mark(view, layer.doc, 'claim', 'the catch had halved since 2020', 0, owner);
    updateAnnotation(layer.doc, claims.checked, { verdict: 'false', assignee: owner });
    updateAnnotation(layer.doc, claims.open, { verdict: 'mostly-true', verdictBy: owner, assignee: owner, checkStatus: 'in-progress' });
    await secondCheck(server, docId, layer, [claims.checked]);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('keeps a checked claim checked, with its assignee, verdict, setter and approver, when its own export comes back', async () => {
    const before = claimNow(claims.checked);
    expect(before?.checkStatus).toBe('checked');
    const entry = annotationsMap(layer.doc).get(claims.checked);
    expect((await importBack(await exported())).updated).toBe(2);
    // The import writes each claim anew: a new entry reaches the client.
    await eventually(() => expect(annotationsMap(layer.doc).get(claims.checked)).not.toBe(entry));
    const after = claimNow(claims.checked);
    expect(after?.checkStatus).toBe('checked');
    expect([after?.verdict, after?.assignee, after?.verdictBy, after?.approvedBy]).toEqual([
      before?.verdict,
      before?.assignee,
      before?.verdictBy,
      before?.approvedBy,
    ]);
    expect(after?.approvedBy).not.toBeNull();
  });

  it('puts no one’s name to a verdict the file changes on an unchecked claim, and keeps its step and assignee', async () => {
    const file = await exported();
    const item = file.first.items.find((entry) =>
      entry.target.selector?.some(
        (selector) => selector.type === 'TextQuoteSelector' && selector.exact === 'the catch had halved since 2020',
      ),
    );
    const assessing = item?.body.find((body) => body.purpose === 'assessing');
    expect(assessing?.value).toBe('mostly-true');
    if (assessing !== undefined) assessing.value = 'false';
    await importBack(file);
    await eventually(() => expect(claimNow(claims.open)?.verdict).toBe('false'));
    const after = claimNow(claims.open);
    expect(after?.verdictBy).toBeNull();
    expect([after?.checkStatus, after?.assignee]).toEqual(['in-progress', owner]);
    expect(claimNow(claims.checked)?.checkStatus).toBe('checked');
  });
});
