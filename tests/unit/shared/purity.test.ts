import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** The rules that fire on a file of shared/ holding `source`. */
async function lintShared(source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: path.join(root, 'shared', 'export', 'probe.ts') });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

/** The diagnostics of `source` compiled with shared/tsconfig.json's options, as a file of shared/. */
function typecheckShared(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'shared', 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('shared/tsconfig.json does not read');
  const probe = path.join(root, 'shared', '__probe.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === probe ? source : readFile(file));
  host.fileExists = (file) => path.resolve(file) === probe || ts.sys.fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    path.resolve(file) === probe ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, ...rest);
  // The probe with the ambient declarations shared/ relies on, as the real program has them.
  const ambient = config.fileNames.filter((file) => file.endsWith('.d.ts'));
  const program = ts.createProgram([probe, ...ambient], config.options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
}

describe('shared/ is pure', () => {
  it.each([
    ["import { readFile } from 'node:fs';", 'I/O'],
    ["import { createHash } from 'crypto';", 'a Node module'],
    ["import { Pool } from 'pg';", 'a database'],
    ["import pino from 'pino';", 'a logger'],
    ["import { EditorView } from 'prosemirror-view';", 'the DOM'],
    ["import { Room } from '../../server/Room.js';", 'server code'],
  ])('refuses, in lint, %s (%s)', async (source) => {
    expect(await lintShared(`${source}\nexport const probe = [${source.match(/import \{? ?(\w+)/)?.[1] ?? ''}];\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('lets through itself and the pure packages it uses', async () => {
    const source = [
      "import * as Y from 'yjs';",
      "import { z } from 'zod';",
      "import * as encoding from 'lib0/encoding';",
      "import { stemmer } from 'stemmer';",
      "import { Node } from 'prosemirror-model';",
      "import { annotationSchema } from '../annotation/schema.js';",
      'export const probe = [Y, z, encoding, stemmer, Node, annotationSchema];',
    ].join('\n');
    expect(await lintShared(source)).toEqual([]);
  });

  it.each([
    ['document.title', /Cannot find name 'document'/],
    ['process.env', /Cannot find name 'process'/],
    ["Buffer.from('x')", /Cannot find name 'Buffer'/],
    ['window.location', /Cannot find name 'window'/],
  ])('has no DOM or Node types: %s does not typecheck', (expression, problem) => {
    expect(typecheckShared(`export const probe = ${expression};\n`).join('\n')).toMatch(problem);
  });

  it('typechecks what shared/ uses beyond ECMAScript', () => {
    expect(
      typecheckShared(
        "export const probe = [new URL('https://a.example/').href, new TextEncoder().encode('x'), crypto.getRandomValues(new Uint8Array(2))];\n",
      ),
    ).toEqual([]);
  });
});
