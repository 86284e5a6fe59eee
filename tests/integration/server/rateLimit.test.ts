import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually.js';
import { api, startServer, type TestServer } from '../../support/server.js';

/** Sends `count` requests at once and gives their answers. */
function burst(count: number, send: () => Promise<Response>): Promise<Response[]> {
  return Promise.all(Array.from({ length: count }, send));
}

describe('the HTTP API’s rate limit per address', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ env: { FACTMARK_RATE_LIMIT: '2', FACTMARK_AUTH_FAILURES_PER_MINUTE: '5' } });
  });
  afterAll(() => server.stop());

  it('answers failed authentications past the stricter limit with 429 and Retry-After, then everything from that address', async () => {
    const answers = await burst(12, () => api(server, '/api/documents', { token: 'not-a-token' }));
    const statuses = answers.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
    const refused = answers.find((response) => response.status === 429);
    expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(await refused?.json()).toEqual({
      error: 'Too many requests',
      detail: expect.stringMatching(/^Too many failed authentications from your address: try again in \d+ s\.$/),
    });
    // The address must wait, whatever token it sends now.
    expect((await api(server, '/api/documents')).status).toBe(429);
    // Health checks are never limited.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // One failure's worth comes back every 12 s (5 a minute).
    await eventually(async () => expect((await api(server, '/api/documents')).status).toBe(200), 20_000);
  }, 30_000);

  it('answers requests past the limit with 429 and Retry-After, and lets the address go on once it has waited', async () => {
    const answers = await burst(40, () => api(server, '/api/session'));
    const statuses = answers.map((response) => response.status);
    // A burst of ten times the rate (20), less what the previous test spent.
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(20);
    const refused = answers.find((response) => response.status === 429);
    expect(refused?.headers.get('Retry-After')).toBe('1');
    expect(await refused?.json()).toEqual({ error: 'Too many requests', detail: 'Too many requests from your address: try again in 1 s.' });
    await eventually(async () => expect((await api(server, '/api/session')).status).toBe(200), 5_000);
  });
});
