import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { similarClaimsSchema } from '../../../shared/api/claims.js';
import { updateAnnotation } from '../../../shared/annotation.js';
import { layerRoomName, listAnnotations, teamLayerId } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { closedWith, connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { startInstances } from '../../support/instances.js';
import { api, importArticle, type TestServer } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

const services = testServices();
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** Text and annotation ids every client of a pair must agree on. */
function view(article: TestClient, layer: TestClient): { text: string; annotations: string[] } {
  return {
    text: article.text(),
    annotations: listAnnotations(layer.doc)
      .map((annotation) => annotation.id)
      .sort(),
  };
}

describe.skipIf(services === null)(
  `two instances on one database and one Redis${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`,
  () => {
    const cleanup: (() => Promise<void> | void)[] = [];
    let instances: TestServer[] = [];
    beforeAll(async () => {
      if (services === null) return;
      const database = await freshDatabase(services);
      instances = await startInstances(2, { databaseUrl: database.url, redisUrl: services.redisUrl });
      return async () => {
        for (const instance of instances) await instance.stop();
        await database.drop();
      };
    });
    afterEach(async () => {
      for (const step of cleanup.splice(0).reverse()) await step();
    });
    const connect = (server: TestServer, room: string, token?: string): TestClient => {
      const client = connectClient(server, room, token === undefined ? {} : { token });
      cleanup.push(() => client.destroy());
      return client;
    };

    it('lets clients on different instances edit and annotate one document and converge', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const docId = await importArticle(a, 'North harbour reopens.\n\nThe mayor said repairs cost 4 million.\n\nCritics disagree.');
      const layerRoom = layerRoomName(docId, teamLayerId);
      // The document imported on one instance opens on the other.
      const pairs = [a, a, b, b].map((server) => ({ article: connect(server, docId), layer: connect(server, layerRoom) }));
      await Promise.all(pairs.flatMap((pair) => [synced(pair.article), synced(pair.layer)]));

      for (const [index, pair] of pairs.entries()) {
        insertText(pair.article, index % 3, 0, `[${index}] `);
        mark(new TestArticle(pair.article.doc), pair.layer.doc, index % 2 === 0 ? 'claim' : 'attribution', `[${index}]`);
      }
      const first = pairs[0];
      if (first === undefined) throw new Error('No clients.');
      await eventually(() => {
        const expected = view(first.article, first.layer);
        expect(expected.annotations).toHaveLength(4);
        for (const pair of pairs) expect(view(pair.article, pair.layer)).toEqual(expected);
      }, 10_000);
      for (const word of ['[0]', '[1]', '[2]', '[3]', 'North harbour', 'Critics']) expect(first.article.text()).toContain(word);
    });

    it('shows a client on one instance the cursor and name of a client on the other, and its leaving', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const docId = await importArticle(b, 'A short article about cursors.');
      // The name shown is the one the server holds for each person's link (here its label), on every instance.
      const linkFor = async (label: string) =>
        (
          (await (
            await api(a, `/api/documents/${docId}/invites`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ role: 'editor', label }),
            })
          ).json()) as { token: string }
        ).token;
      const alice = connect(a, docId, await linkFor('Alice on A'));
      await synced(alice);
      alice.provider.awareness.setLocalStateField('user', { name: 'Alice on A', color: '#d1495b' });
      // Bob joins later, on the other instance: he must see Alice at once, not after her next renewal.
      const bob = connect(b, docId, await linkFor('Bob on B'));
      await synced(bob);
      const names = (client: TestClient) =>
        Array.from(client.provider.awareness.getStates().values()).map((state) => (state['user'] as { name?: string } | undefined)?.name);
      await eventually(() => expect(names(bob)).toContain('Alice on A'));
      bob.provider.awareness.setLocalStateField('user', { name: 'Bob on B', color: '#00798c' });
      await eventually(() => expect(names(alice)).toContain('Bob on B'));

      alice.provider.disconnect();
      await eventually(() => expect(bob.provider.awareness.getStates().has(alice.doc.clientID)).toBe(false));
    });

    it('keeps the edits of one instance’s clients in the store the other reads', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const docId = await importArticle(a, 'Stored once, read anywhere.');
      const writer = connect(a, docId);
      await synced(writer);
      insertText(writer, 0, 0, 'Edited on A. ');
      const reader = connect(b, docId);
      await eventually(() => expect(reader.text()).toBe('Edited on A. Stored once, read anywhere.'));
      // An export on the other instance reads the same store.
      const exported = await fetch(`${b.url}/api/documents/${docId}/export?format=text`, {
        headers: { Authorization: `Bearer ${b.token}` },
      });
      expect(await exported.text()).toContain('Edited on A.');
      expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(writer.doc));
    });

    it('shows annotations imported through one instance live to clients of the other', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const content = 'The port handled 9 million tonnes in 2025.';
      const source = await importArticle(a, content);
      const target = await importArticle(a, content);
      const sourceArticle = connect(a, source);
      const sourceLayer = connect(a, layerRoomName(source, teamLayerId));
      await Promise.all([synced(sourceArticle), synced(sourceLayer)]);
      mark(new TestArticle(sourceArticle.doc), sourceLayer.doc, 'claim', '9 million tonnes');
      await eventually(async () => {
        const exported = (await (await api(a, `/api/documents/${source}/export?format=wa`)).json()) as { first?: { items?: unknown[] } };
        expect(exported.first?.items ?? []).toHaveLength(1);
      });
      const wa = await (await api(a, `/api/documents/${source}/export?format=wa`)).text();

      // Only instance A has the target's layer open; the import goes through B.
      const watcher = connect(a, layerRoomName(target, teamLayerId));
      await synced(watcher);
      const response = await api(b, `/api/documents/${target}/annotations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ format: 'wa', content: wa }),
      });
      expect(response.status).toBe(200);
      await eventually(() => expect(listAnnotations(watcher.doc).map((annotation) => annotation.quote)).toEqual(['9 million tonnes']));
    });

    it('closes a link revoked on one instance on the other too, and refuses it there', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const docId = await importArticle(a, 'An article for a revoked student.');
      const issued = (await (
        await api(a, `/api/documents/${docId}/invites`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ role: 'annotator', label: 'Student 7' }),
        })
      ).json()) as { token: string; invite: { jti: string } };
      const student = connect(b, layerRoomName(docId, teamLayerId), issued.token);
      await synced(student);
      const closed = closedWith(student);
      const revoked = await api(a, `/api/documents/${docId}/invites/${issued.invite.jti}`, { method: 'DELETE' });
      expect(revoked.status).toBe(200);
      expect(await closed).toBe(4401);
      expect((await api(b, '/api/documents', { token: issued.token })).status).toBe(401);
    });

    it('tells running instances what the command line changed in the database', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const content = 'Ferries resume on Friday, the operator said.';
      const source = await importArticle(a, content);
      const target = await importArticle(a, content);
      const sourceArticle = connect(a, source);
      const sourceLayer = connect(a, layerRoomName(source, teamLayerId));
      await Promise.all([synced(sourceArticle), synced(sourceLayer)]);
      mark(new TestArticle(sourceArticle.doc), sourceLayer.doc, 'attribution', 'the operator said');
      const exportOf = async () => (await api(a, `/api/documents/${source}/export?format=wa`)).text();
      await eventually(async () => expect(await exportOf()).toContain('the operator said'));
      const file = path.join(a.dataDir, 'annotations.wa.json');
      await writeFile(file, await exportOf());
      const issued = (await (
        await api(a, `/api/documents/${target}/invites`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ role: 'annotator' }),
        })
      ).json()) as { token: string; invite: { jti: string } };
      const watcher = connect(b, layerRoomName(target, teamLayerId), issued.token);
      await synced(watcher);

      // The same variables as the instances: the command works on the database and tells them through Redis.
      const cli = (...args: string[]) =>
        run(process.execPath, ['bin/factmark.js', ...args, '--data', a.dataDir], { cwd: root, env: { ...process.env, ...a.env } });
      await cli('import', file, '--document', target);
      await eventually(() => expect(listAnnotations(watcher.doc).map((annotation) => annotation.quote)).toEqual(['the operator said']));
      const closed = closedWith(watcher);
      await cli('invite', target, '--revoke', issued.invite.jti);
      expect(await closed).toBe(4401);
    });

    it('finds on one instance the claims reviewed and the feeds imported through the other', async () => {
      const [a, b] = instances as [TestServer, TestServer];
      const similar = async (server: TestServer, text: string) => {
        const response = await api(server, `/api/claims/similar?${new URLSearchParams({ text, limit: '3' }).toString()}`);
        expect(response.status).toBe(200);
        return similarClaimsSchema.parse(await response.json()).results;
      };
      // Each instance has looked claims up before, so each holds a matcher built without them.
      expect(await similar(a, 'the harbour tunnel cost')).toEqual([]);
      expect(await similar(b, 'the harbour tunnel cost')).toEqual([]);

      const docId = await importArticle(a, 'The mayor said the harbour tunnel cost 40 million euros to build.');
      const article = connect(a, docId);
      const layer = connect(a, layerRoomName(docId, teamLayerId));
      await Promise.all([synced(article), synced(layer)]);
      const id = mark(new TestArticle(article.doc), layer.doc, 'claim', 'the harbour tunnel cost 40 million euros to build');
      const session = (await (await api(a, '/api/session')).json()) as { tokenId: string };
      updateAnnotation(layer.doc, id, { verdict: 'false' }, null, new Date(), { id: session.tokenId, name: 'Rita Reviewer' });
      await eventually(async () => {
        expect((await similar(b, 'The tunnel under the harbour cost forty million euros'))[0]).toMatchObject({ document: docId, mark: id });
      }, 15_000);

      const feed = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: 'The ferry to the islands was cut to two crossings a day in 2025',
        author: { '@type': 'Organization', name: 'Harbour Fact Desk' },
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
        url: 'https://checks.example.org/2025/ferry',
      });
      const imported = await api(b, '/api/claims/feeds?name=islands', {
        method: 'POST',
        headers: { 'Content-Type': 'application/ld+json' },
        body: feed,
      });
      expect(imported.status).toBe(200);
      await eventually(async () => {
        expect((await similar(a, 'only two ferry crossings a day to the islands in 2025'))[0]).toMatchObject({
          source: 'feed',
          verdict: 'False',
        });
      }, 15_000);
    });

    it('reports the store and Redis as reachable on /healthz', async () => {
      for (const instance of instances) {
        const response = await fetch(`${instance.url}/healthz`);
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ ok: true, store: 'ok', redis: 'ok' });
      }
    });
  },
);
