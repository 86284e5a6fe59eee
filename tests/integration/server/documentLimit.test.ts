import { afterEach, describe, expect, it } from 'vitest';
import { api, startServer, type TestServer } from '../../support/server.js';
import { freshDatabase, testServices } from '../../support/services.js';

const services = testServices();
const limit = 5;

/** A server holding at most {@link limit} documents, on the embedded store or on PostgreSQL; `restart` keeps its data. */
interface LimitedServer {
  server: TestServer;
  restart(): Promise<TestServer>;
  remove(): Promise<void>;
}

const stores: { name: string; skip: boolean; start: () => Promise<LimitedServer> }[] = [
  {
    name: 'the embedded store',
    skip: false,
    start: async () => {
      const args = ['--max-documents', String(limit)];
      const first = await startServer({ args });
      const limited: LimitedServer = {
        server: first,
        restart: async () => {
          await limited.server.stop();
          limited.server = await startServer({ args, dataDir: first.dataDir });
          return limited.server;
        },
        remove: () => limited.server.stop(),
      };
      return limited;
    },
  },
  {
    name: 'PostgreSQL',
    skip: services === null,
    start: async () => {
      if (services === null) throw new Error('No PostgreSQL.');
      const database = await freshDatabase(services);
      const env = { FACTMARK_DATABASE_URL: database.url, FACTMARK_SECRET: 'document-limit-test-secret-0123456789' };
      const args = ['--max-documents', String(limit)];
      const limited: LimitedServer = {
        server: await startServer({ args, env }),
        restart: async () => {
          await limited.server.stop();
          limited.server = await startServer({ args, env });
          return limited.server;
        },
        remove: async () => {
          await limited.server.stop();
          await database.drop();
        },
      };
      return limited;
    },
  },
];

const create = (server: TestServer, content: string) =>
  api(server, '/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'text', content }),
  });

const listed = async (server: TestServer) =>
  ((await (await api(server, '/api/documents')).json()) as { documents: unknown[] }).documents.length;

for (const store of stores) {
  describe.skipIf(store.skip)(`the document limit on ${store.name}`, () => {
    let limited: LimitedServer | null = null;
    afterEach(async () => {
      await limited?.remove();
      limited = null;
    });

    it('creates documents up to the limit, refuses the next ones with one error, also when asked at once and after a restart', async () => {
      limited = await store.start();
      const { server } = limited;
      for (let index = 0; index < limit - 2; index++) expect((await create(server, `Article ${index}.`)).status).toBe(201);
      // Five asked at once for the last two places: exactly two are created.
      const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => create(server, `At once ${index}.`)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 409, 409, 409]);
      const refusals = await Promise.all(answers.filter((answer) => answer.status === 409).map((answer) => answer.json()));
      const refusal = { error: 'Too many documents', detail: `This server holds its limit of ${limit} documents.` };
      for (const body of refusals) expect(body).toEqual(refusal);
      expect(await listed(server)).toBe(limit);

      // A document in the trash still counts.
      const [first] = ((await (await api(server, '/api/documents')).json()) as { documents: { id: string }[] }).documents;
      expect((await api(server, `/api/documents/${first?.id ?? ''}`, { method: 'DELETE' })).status).toBeLessThan(300);
      expect(await (await create(server, 'In the trash’s place.')).json()).toEqual(refusal);

      // The count is the store's, not something a restart forgets.
      const again = await limited.restart();
      const response = await create(again, 'After a restart.');
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual(refusal);
      // Two servers started and a dozen documents written: more than the usual limit on a busy machine.
    }, 90_000);
  });
}
