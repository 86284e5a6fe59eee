// The static checks: types (each part with its own compiler settings: the
// server without the DOM, the client without Node), lint, import cycles and
// format. They run two at a time on two cores (one after another took half as
// long again); each prints its output whole when done, and the run fails when
// any check fails. `node scripts/checks.mjs typecheck lint` runs those groups.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const tsc = (project, seconds) => ({ name: `types: ${project}`, seconds, command: [bin('typescript', 'bin/tsc'), '-p', project] });

// `seconds`: about how long each takes on two cores. The slowest start first,
// so the last ones started are short.
const groups = {
  typecheck: [
    tsc('tests/tsconfig.json', 16),
    tsc('client/tsconfig.json', 11),
    tsc('bench/tsconfig.json', 11),
    tsc('tsconfig.json', 10),
    tsc('shared/tsconfig.json', 7),
    tsc('client/worker/tsconfig.json', 2),
  ],
  lint: [
    { name: 'lint', seconds: 20, command: [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0'] },
    {
      name: 'import cycles',
      seconds: 5,
      command: [
        bin('dpdm', 'lib/bin/dpdm.js'),
        '--transform',
        '--no-tree',
        '--no-warning',
        '--no-progress',
        '--exit-code',
        'circular:1',
        'shared/**/*.ts',
        'server/**/*.ts',
        'client/src/**/*.{ts,tsx}',
      ],
    },
  ],
  format: [{ name: 'format', seconds: 18, command: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'] }],
};

const asked = process.argv.slice(2);
for (const group of asked) {
  if (!(group in groups)) {
    process.stderr.write(`No check group "${group}": choose from ${Object.keys(groups).join(', ')}.\n`);
    process.exit(2);
  }
}
const waiting = (asked.length > 0 ? asked : Object.keys(groups)).flatMap((group) => groups[group]).sort((a, b) => b.seconds - a.seconds);

function run({ name, command }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      // Printed when done, so two checks' lines do not interleave; a check that passed says nothing.
      if (code !== 0) process.stdout.write(`${name}:\n${output.trimEnd()}\n`);
      resolve(code === 0);
    });
  });
}

const failed = [];
async function lane() {
  for (let check = waiting.shift(); check !== undefined; check = waiting.shift()) {
    if (!(await run(check))) failed.push(check.name);
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, lane));
if (failed.length > 0) {
  process.stderr.write(`Failed: ${failed.join('; ')}.\n`);
  process.exit(1);
}
