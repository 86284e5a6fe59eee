// Where a page's time went, from CPU profiles the browser benchmark wrote
// (`FACTMARK_BENCH_PROFILE=DIR npm run bench -- --only browser`):
// `npx tsx bench/profileSummary.ts [--top N] FILE.cpuprofile…` prints, per file,
// the time sampled in all, in garbage collection, and the functions that took
// the most time themselves, in ms; `--within f,g` adds the time spent within
// (inclusive of callees) each function named (a build with `--minify false` keeps the names).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, within: { type: 'string', default: '' } },
});
const within = values.within.split(',').filter((name) => name !== '');
if (positionals.length === 0) {
  process.stderr.write('usage: npx tsx bench/profileSummary.ts [--top N] FILE.cpuprofile…\n');
  process.exit(2);
}

/** A frame's name as DevTools shows it: the function, and where it is. */
function frameName({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const file = url === '' ? '' : ` ${path.basename(url.split('?')[0] ?? url)}:${lineNumber + 1}`;
  return `${functionName === '' ? '(anonymous)' : functionName}${file}`;
}

for (const file of positionals) {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inside = new Map<string, number>(within.map((name) => [name, 0]));
  const self = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    const name = frameName(node.callFrame);
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') {
      idle += ms;
      return;
    }
    busy += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const functionName = byId.get(at)?.callFrame.functionName ?? '';
      if (inside.has(functionName) && !seen.has(functionName)) {
        seen.add(functionName);
        inside.set(functionName, (inside.get(functionName) ?? 0) + ms);
      }
    }
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  console.log(
    `\n${path.basename(file)}: ${busy.toFixed(0)} ms of script, layout and GC sampled; ${idle.toFixed(0)} ms idle or outside script`,
  );
  console.table(top.map(([name, ms]) => ({ function: name, 'self ms': Math.round(ms * 10) / 10 })));
  if (inside.size > 0) console.table([...inside].map(([name, ms]) => ({ within: name, ms: Math.round(ms * 10) / 10 })));
}
