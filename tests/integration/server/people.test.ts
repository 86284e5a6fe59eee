import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

interface Listed {
  people: { id: string; name: string; role: string }[];
}

describe('GET /api/documents/:id/people', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  async function invite(docId: string, role: string, label: string): Promise<{ token: string; jti: string }> {
    const issued = (await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role, label }))).json()) as {
      token: string;
      invite: { jti: string };
    };
    return { token: issued.token, jti: issued.invite.jti };
  }
  const people = async (docId: string, token: string) => {
    const response = await api(server, `/api/documents/${docId}/people`, { token });
    expect(response.status).toBe(200);
    return ((await response.json()) as Listed).people;
  };

  it('lists, for every role, the holders of working links by the names they chose, and never a revoked one', async () => {
    const docId = await importArticle(server, 'Who may be mentioned.');
    const otherDoc = await importArticle(server, 'Another story.');
    const holders = {
      editor: await invite(docId, 'editor', 'Eda Editor'),
      annotator: await invite(docId, 'annotator', 'Ann Otator'),
      viewer: await invite(docId, 'viewer', 'Vic Viewer'),
    };
    const revoked = await invite(docId, 'annotator', 'Gone Person');
    await api(server, `/api/documents/${docId}/invites/${revoked.jti}`, { method: 'DELETE' });
    await invite(otherDoc, 'editor', 'Elsewhere Person');
    await api(server, '/api/session/name', { ...json('PUT', { name: 'Ann Lima' }), token: holders.annotator.token });

    for (const token of [server.token, holders.editor.token, holders.annotator.token, holders.viewer.token]) {
      const listed = await people(docId, token);
      const names = listed.map((person) => person.name);
      expect(names).toEqual(expect.arrayContaining(['Eda Editor', 'Ann Lima', 'Vic Viewer']));
      expect(names).not.toContain('Gone Person');
      expect(names).not.toContain('Elsewhere Person');
      expect(listed.find((person) => person.name === 'Ann Lima')).toEqual({
        id: holders.annotator.jti,
        name: 'Ann Lima',
        role: 'annotator',
      });
    }
    // A link to one document does not list another's people.
    expect((await api(server, `/api/documents/${otherDoc}/people`, { token: holders.viewer.token })).status).toBe(403);
  });

  it('offers a student working blind the people running the assignment, not her classmates', async () => {
    const docId = await importArticle(server, 'A class story.');
    await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }));
    const teacher = await invite(docId, 'editor', 'Teacher Two');
    const student = await invite(docId, 'annotator', 'Student One');
    await invite(docId, 'annotator', 'Classmate');
    const names = (await people(docId, student.token)).map((person) => person.name);
    expect(names).toContain('Teacher Two');
    expect(names).toContain('Student One');
    expect(names).not.toContain('Classmate');
    expect((await people(docId, teacher.token)).map((person) => person.name)).toContain('Classmate');
  });
});
