import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { articleFragmentName, articleSchema, buildExportModel, toFactmarkJson } from '../shared/index.js';
import { generateArticle } from './generate.js';
import { runLoadedSyncBench, type SyncLoad, type SyncResult } from './sync/syncBench.js';

/*
 * Heavy work beside live sync: the sync latency of a room with N readers,
 * first with nothing else running, then while another client keeps the server
 * busy in other rooms with a 10,000-annotation export, a compare of two
 * 24,000-word versions and a 1 MB import of nested <div>s, each over and over.
 */

export interface HeavyWorkResult {
  idle: SyncResult;
  loaded: SyncResult;
  /** What the heavy client got done meanwhile, per request: how many answers, by status. */
  work: Record<string, Record<string, number>>;
}

async function post(origin: string, token: string, body: unknown): Promise<string> {
  const response = await fetch(`${origin}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`Preparing the heavy work failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** A generated article's text (blocks joined by a blank line), and a later version with one word in fifty changed. */
function textOf(words: number): { a: string; b: string } {
  const { article } = generateArticle(words, 0, 11);
  const doc = yXmlFragmentToProseMirrorRootNode(article.getXmlFragment(articleFragmentName), articleSchema);
  const blocks: string[] = [];
  doc.forEach((block) => blocks.push(block.textContent));
  const a = blocks.join('\n\n');
  let count = 0;
  const b = a.replace(/[^\s.]+/g, (word) => (++count % 50 === 0 ? 'changed' : word));
  return { a, b };
}

function heavyLoad(work: HeavyWorkResult['work']): SyncLoad {
  let annotated = '';
  let versionA = '';
  let versionB = '';
  const nested = (() => {
    const depth = Math.floor(1_000_000 / '<div></div>'.length);
    return `<html><body>${'<div>'.repeat(depth)}<p>Deep inside.</p>${'</div>'.repeat(depth)}</body></html>`;
  })();
  return {
    prepare: async (origin, token) => {
      const { record, article, layer } = generateArticle(30_000, 10_000);
      const fragment = article.getXmlFragment(articleFragmentName);
      const doc = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
      const model = buildExportModel(record, { ydoc: article, fragment, doc }, [{ id: 'team', doc: layer }]);
      annotated = await post(origin, token, { format: 'factmark', content: toFactmarkJson(model) });
      const { a, b } = textOf(24_000);
      versionA = await post(origin, token, { format: 'text', content: a, title: 'Version A' });
      versionB = await post(origin, token, { format: 'text', content: b, title: 'Version B' });
    },
    run: async (origin, token, done) => {
      const headers = { Authorization: `Bearer ${token}` };
      const loop = async (name: string, request: () => Promise<Response>) => {
        const counts: Record<string, number> = {};
        work[name] = counts;
        while (!done()) {
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
        loop('export html, 10,000 annotations', () => fetch(`${origin}/api/documents/${annotated}/export?format=html`, { headers })),
        loop('compare, 24,000 words', () => fetch(`${origin}/api/compare?a=${versionA}&b=${versionB}&format=json`, { headers })),
        loop('import 1 MB of nested divs', () =>
          fetch(`${origin}/api/documents`, {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify({ format: 'html', content: nested }),
          }),
        ),
      ]);
      return `heavy work done meanwhile: ${JSON.stringify(work)}`;
    },
  };
}

/** Sync p99 at N readers idle, and while the heavy work runs. */
export async function runHeavyWorkBench(readers: number, edits: number, onProgress: (line: string) => void): Promise<HeavyWorkResult> {
  const work: HeavyWorkResult['work'] = {};
  const { idle, loaded } = await runLoadedSyncBench(readers, { edits, rateHz: 50, onProgress }, heavyLoad(work), {
    // The 10,000-annotation factmark file is about 10 MB.
    FACTMARK_MAX_IMPORT_BYTES: String(16 * 1024 * 1024),
  });
  return { idle, loaded, work };
}
