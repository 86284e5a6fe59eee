// The heavy client of the heavy-work benchmark, in a process of its own, as
// another person's machine would be: its requests, and reading the answers,
// must not load the process that measures live sync.
//
// Run as `node --import tsx bench/heavyClient.ts '<json>'` with the server's
// origin, a token and the documents to work on; it requests until a line
// arrives on its standard input, then prints what it got done (JSON) and ends.
import { createInterface } from 'node:readline';

interface HeavyClientInput {
  origin: string;
  token: string;
  /** The annotated document to export, and the two versions to compare. */
  annotated: string;
  versionA: string;
  versionB: string;
}

const input = JSON.parse(process.argv[2] ?? '{}') as HeavyClientInput;
const { origin, token } = input;
const headers = { Authorization: `Bearer ${token}` };
let stopped = false;
createInterface({ input: process.stdin }).once('line', () => {
  stopped = true;
});

// About 1 MB of nested <div>s.
const depth = Math.floor(1_000_000 / '<div></div>'.length);
const nested = JSON.stringify({
  format: 'html',
  content: `<html><body>${'<div>'.repeat(depth)}<p>Deep inside.</p>${'</div>'.repeat(depth)}</body></html>`,
});

const work: Record<string, Record<string, number>> = {};
const loop = async (name: string, request: () => Promise<Response>) => {
  const counts: Record<string, number> = {};
  work[name] = counts;
  while (!stopped) {
    let outcome: string;
    try {
      const response = await request();
      await response.arrayBuffer();
      outcome = String(response.status);
    } catch (error) {
      // A server that cannot answer (a reset connection) is a figure too.
      outcome = `failed: ${((error as Error).cause as { code?: string } | undefined)?.code ?? (error as Error).message}`;
    }
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
};
await Promise.all([
  loop('export html, 10,000 annotations', () => fetch(`${origin}/api/documents/${input.annotated}/export?format=html`, { headers })),
  loop('compare, 24,000 words', () => fetch(`${origin}/api/compare?a=${input.versionA}&b=${input.versionB}&format=json`, { headers })),
  loop('import 1 MB of nested divs', () =>
    fetch(`${origin}/api/documents`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: nested }),
  ),
]);
process.stdout.write(`${JSON.stringify(work)}\n`);
process.exit(0);
