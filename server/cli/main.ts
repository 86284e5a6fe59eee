import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { roles } from '../../shared/access.js';
import { fileFormatFromFileName, fileImportFormats, formatFromFileName, importFormats, titleFromFileName } from '../../shared/index.js';
import { configFromEnv, configOptions, requireSharedSecret, type Config } from '../config.js';
import { compareFormats } from '../Comparison.js';
import { trashDays } from '../Documents.js';
import { exportFormats } from '../jobs/exportFile.js';
import { createLogger } from '../log.js';
import { startServer } from '../Server.js';
import { reportFormats, scoreTables } from '../Scoring.js';
import { openStore } from '../store/openStore.js';
import { StoreOpenError } from '../store/Store.js';
import { secureDataDir } from '../dataDir.js';
import { Invites } from '../Invites.js';
import { rotateSecret, secretFile } from '../secret.js';
import { checkStore, exportReadable, openForDoctor, renderDoctorReport } from './doctor.js';
import { openDocuments, type CliSkipped, type DocumentsAccess } from './documentsAccess.js';
import type { FileImportFormat } from '../../shared/index.js';
import type { AddedVersion } from '../../shared/api/versions.js';
import { linkAddress, removeRuntimeInfo, writeRuntimeInfo } from './runtimeFile.js';
// Collections and corpus exports (corpus issue).
import { addCollectionCommands, exportCorpusCommand, type CorpusCli } from './corpus.js';
import { corpusFormats } from '../../shared/index.js';
import { renderSearchAnswer } from './searchOutput.js';
import type { SearchQueryInput } from '../../shared/api/index.js';
import { annotationKinds, verdicts } from '../../shared/annotation/schema.js';

/** Options every command shares: where the data is. */
interface DataOptions {
  data?: string;
}

/** The settings that have a flag, each with the commander option made from it. */
const flagged = configOptions.flatMap((setting) => {
  if (setting.flag === undefined) return [];
  const option = new Option(
    setting.flag,
    `${setting.description.replaceAll('`', '')}; default ${setting.shown.replaceAll('`', '')} (${setting.env})`,
  );
  if (setting.choices !== undefined) option.choices(setting.choices);
  else if (!option.negate) {
    // Checked as the flag is read, so a bad value gets commander's clear error.
    option.argParser((raw: string) => {
      try {
        setting.apply(configFromEnv({}), raw, option.long ?? setting.flag ?? '');
      } catch (error) {
        throw new InvalidArgumentError((error as Error).message);
      }
      return raw;
    });
  }
  return [{ setting, option }];
});

/** The data folder's option, which every command has. */
function dataOption(): Option {
  const data = flagged.find(({ setting }) => setting.env === 'FACTMARK_DATA');
  if (data === undefined) throw new Error('The data folder has no flag.');
  return new Option(data.option.flags, data.option.description);
}

/** The configuration: the environment's, with the flags given over it (flags win). */
function configWith(options: DataOptions): Config {
  const config = configFromEnv();
  for (const { setting, option } of flagged) {
    const value = (options as Record<string, unknown>)[option.attributeName()];
    // A switch such as --no-demo turns its setting off; commander gives it as false.
    if (option.negate) {
      if (value === false) setting.apply(config, '0', option.long ?? '');
    } else if (typeof value === 'string') {
      setting.apply(config, value, option.long ?? '');
    }
  }
  return config;
}

/** The variables of every setting, for `serve --help`. */
function environmentHelp(): string {
  const width = Math.max(
    ...configOptions.map((setting) => setting.env.length + (setting.alias === undefined ? 0 : setting.alias.length + 6)),
  );
  const lines = configOptions.map((setting) => {
    const name = setting.alias === undefined ? setting.env : `${setting.env} (or ${setting.alias})`;
    return `  ${name.padEnd(width)}  ${setting.description.replaceAll('`', '')}; default ${setting.shown.replaceAll('`', '')}`;
  });
  return `\nEnvironment (flags win over it):\n${lines.join('\n')}\n`;
}

/**
 * Every heap of the process (the event loop's and the worker threads') may
 * grow to twice what its last full collection kept, not V8's default of a
 * tenth more (and a few MB) when collecting is cheap. Heavy requests pass
 * through the event loop as a few large byte arrays (a 4.6 MB export, the
 * stored updates it was made from), which V8 counts against that limit:
 * with the default, each such request started a full collection of the event
 * loop's heap (20 to 40 ms of marking, mostly on the event loop), relaying
 * live edits late. Four times (300) relayed no sooner in the heavy-work
 * benchmark and let the three heaps' slack grow the server's memory by 20 MB
 * a minute for the first ten minutes of a 1,500-connection soak, which looked
 * like a leak. Read at every collection, so it can be set here; a value given
 * to Node (`node --heap-growing-percent=N`) is kept.
 */
const heapGrowingPercent = 100;

async function serve(options: DataOptions): Promise<void> {
  if (!process.execArgv.some((flag) => /^--heap[-_]growing[-_]percent\b/u.test(flag)))
    setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
  const config = configWith(options);
  const log = createLogger(config.logLevel);
  requireSharedSecret(config);
  await secureDataDir(config.dataDir);
  const store = await openStore(config);
  let server;
  try {
    server = await startServer(config, store, log);
  } catch (error) {
    await store.close();
    throw error;
  }
  await writeRuntimeInfo(config.dataDir, { url: server.url, pid: process.pid });
  const start = await server.startLink();
  process.stdout.write(
    `factmark is running. Open this link (it carries an owner token; keep it private):\n\n    ${start.url}\n\n` +
      `It is the same on every start. Revoke it with \`factmark invite --revoke ${start.invite.jti}\`; the next start prints a new one.\n`,
  );
  log.info({ url: server.url, data: config.dataDir }, 'listening');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    void server
      .close()
      .then(() => store.close())
      .then(() => removeRuntimeInfo(config.dataDir))
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

interface ImportOptions extends DataOptions {
  format?: string;
  title?: string;
  document?: string;
  layer?: string;
  url?: string;
  versionOf?: string;
}

/** The import format of a file: its extension, or for JSON what the file says it is. */
function formatOf(file: string, content: string, given: string | undefined): string {
  if (given !== undefined) return given;
  const byName = formatFromFileName(file);
  if (byName !== null) return byName;
  if (/\.(json|jsonld)$/i.test(file)) {
    const head = content.slice(0, 4096);
    if (/"format"\s*:\s*"factmark"/.test(head)) return 'factmark';
    if (/"type"\s*:\s*"(AnnotationCollection|AnnotationPage|Annotation)"/.test(head)) return 'wa';
    // Hypothesis's export and search answers: annotations with targets, no W3C type.
    if (/"(annotations|rows)"\s*:\s*\[/.test(head) && /"target"\s*:/.test(content)) return 'wa';
  }
  throw new Error(
    `Cannot tell the format of "${file}": pass --format ${[...importFormats, ...fileImportFormats, 'factmark', 'wa'].join('|')}.`,
  );
}

/** Imports a Word document or a PDF, read as bytes. Returns what it says about it: the document, what was dropped, the notes. */
async function importBinary(documents: DocumentsAccess, file: string, format: FileImportFormat, options: ImportOptions): Promise<string> {
  const content = new Uint8Array(await readFile(file));
  const report = await documents.importFile({
    format,
    content,
    fileName: path.basename(file),
    ...(options.title === undefined ? {} : { title: options.title }),
  });
  const lines = [`Imported "${report.record.title}" as ${report.record.id}`];
  if (report.dropped.length > 0) lines.push(`  left out: ${report.dropped.join('; ')}`);
  if (report.notes.imported > 0)
    lines.push(`  ${report.notes.imported} comment${report.notes.imported === 1 ? '' : 's'} kept as notes on marks`);
  for (const problem of report.notes.unanchored) lines.push(`  comment not on the text (kept as orphan): ${problem}`);
  return lines.join('\n');
}

/** Imports one file; Web Annotations go onto an existing document. Returns a line for the summary. */
async function importOne(documents: DocumentsAccess, file: string, options: ImportOptions): Promise<string> {
  const fileFormat =
    options.format === undefined ? fileFormatFromFileName(file) : fileImportFormats.find((name) => name === options.format);
  if (fileFormat !== null && fileFormat !== undefined) return importBinary(documents, file, fileFormat, options);
  const content = await readFile(file, 'utf8');
  const format = formatOf(file, content, options.format);
  if (format === 'wa') {
    if (options.document === undefined)
      throw new Error(`${file} holds Web Annotations: name the document they annotate with --document ID.`);
    const report = await documents.importAnnotations(options.document, 'wa', content, options.layer);
    const problems = [
      ...report.unanchored.map((problem) => `\n  not anchored (kept as orphan): ${problem}`),
      ...report.refusals.map((problem) => `\n  refused: ${problem}`),
    ].join('');
    const updated = report.updated === 0 ? '' : `, ${report.updated} of them imported before and updated`;
    return (
      `Imported ${report.imported} annotations onto ${options.document}${updated}: ${report.anchored} anchored exactly, ` +
      `${report.byQuote} by quote, ${report.orphaned} orphaned; ${report.refused} refused${problems}`
    );
  }
  // A plain text file has no heading to take the title from: its name is the title, as in the browser.
  const title = options.title ?? (format === 'text' ? titleFromFileName(file) : undefined);
  const record = await documents.create({ format, content, ...(title === undefined ? {} : { title }) });
  return `Imported "${record.title}" as ${record.id}`;
}

/** What adding a version did, in lines: the new version and the marks carried over, or that the text is unchanged. */
function describeVersion(added: AddedVersion): string {
  const { record } = added;
  if (added.status === 'unchanged') return `Unchanged: the text is the same as the latest version's (${record.id}); nothing stored.`;
  const lines = [
    `Added version ${record.story?.version ?? 1} of story ${record.story?.id ?? record.id} as ${record.id}: ` +
      `${added.carried} mark${added.carried === 1 ? '' : 's'} carried over, ${added.orphans.length} orphaned`,
    ...added.orphans.map((orphan) => `  orphan (${orphan.kind}): "${orphan.quote}"`),
    ...(added.otherLayers.layers === 0
      ? []
      : [
          `${added.otherLayers.layers} other layer${added.otherLayers.layers === 1 ? '' : 's'} carried too: ` +
            `${added.otherLayers.carried} mark${added.otherLayers.carried === 1 ? '' : 's'}, ${added.otherLayers.orphans} orphaned`,
        ]),
  ];
  return lines.join('\n');
}

/** Imports a page by its address as a new document, or a file or page as a new version of a document (--version-of). */
async function importVersionOrPage(documents: DocumentsAccess, file: string | undefined, options: ImportOptions): Promise<string> {
  const title = options.title === undefined ? {} : { title: options.title };
  if (options.versionOf === undefined) {
    const record = await documents.create({ format: 'url', url: options.url ?? '', ...title });
    return `Imported "${record.title}" from ${record.sourceUrl ?? options.url ?? ''} as ${record.id}`;
  }
  if (file === undefined)
    return describeVersion(await documents.addVersion(options.versionOf, { format: 'url', url: options.url ?? '', ...title }));
  if ((await stat(file)).isDirectory()) throw new Error(`--version-of takes one file, not a folder: ${file}.`);
  const fileFormat =
    options.format === undefined ? fileFormatFromFileName(file) : fileImportFormats.find((name) => name === options.format);
  if (fileFormat !== null && fileFormat !== undefined) {
    const content = new Uint8Array(await readFile(file));
    return describeVersion(
      await documents.addVersion(options.versionOf, { format: fileFormat, content, fileName: path.basename(file), ...title }),
    );
  }
  const content = await readFile(file, 'utf8');
  const format = formatOf(file, content, options.format);
  if (format === 'wa' || format === 'factmark') throw new Error(`A version is an article: ${file} is a ${format} file.`);
  const named = options.title ?? (format === 'text' ? titleFromFileName(file) : undefined);
  return describeVersion(
    await documents.addVersion(options.versionOf, { format, content, ...(named === undefined ? {} : { title: named }) }),
  );
}

async function refetchDocument(id: string, options: DataOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    process.stdout.write(`${describeVersion(await documents.addVersion(id, { format: 'url' }))}\n`);
  } finally {
    await documents.close();
  }
}

/** A progress bar on a terminal; elsewhere (a log, CI) a line per file. */
function importProgress(total: number): { next: (done: number, file: string) => void; stop: () => void } {
  if (process.stderr.isTTY !== true) {
    return { next: (done, file) => process.stderr.write(`Importing ${done}/${total} ${file}\n`), stop: () => undefined };
  }
  const bar = new SingleBar(
    { format: 'Importing [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return { next: (done, file) => bar.update(done, { file }), stop: () => bar.stop() };
}

async function importPath(target: string | undefined, options: ImportOptions): Promise<void> {
  if ((target === undefined) === (options.url === undefined))
    throw new Error('Give a file or folder to import, or --url ADDRESS (not both).');
  const documents = await openDocuments(configWith(options));
  try {
    if (target === undefined || options.versionOf !== undefined) {
      process.stdout.write(`${await importVersionOrPage(documents, target, options)}\n`);
      return;
    }
    if (!(await stat(target)).isDirectory()) {
      process.stdout.write(`${await importOne(documents, target, options)}\n`);
      return;
    }
    const files = (await readdir(target, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(txt|text|md|markdown|html?|json|docx|pdf)$/i.test(entry.name))
      .map((entry) => path.join(target, entry.name))
      .sort();
    if (files.length === 0) throw new Error(`${target} has no .txt, .md, .html, .json, .docx or .pdf files to import.`);
    const progress = importProgress(files.length);
    const failures: string[] = [];
    const notes: string[] = [];
    let imported = 0;
    for (const [index, file] of files.entries()) {
      progress.next(index + 1, path.basename(file));
      try {
        const said = (await importOne(documents, file, options)).split('\n').slice(1);
        // What a Word or PDF file lost, or its comments, said after the summary.
        if (said.length > 0) notes.push(`${path.basename(file)}:\n${said.join('\n')}`);
        imported++;
      } catch (error) {
        failures.push(`${path.basename(file)}: ${(error as Error).message}`);
      }
    }
    progress.stop();
    process.stdout.write(`Imported ${imported} of ${files.length} files from ${target}.\n`);
    if (notes.length > 0) process.stdout.write(`${notes.join('\n')}\n`);
    if (failures.length > 0) {
      process.stdout.write(`Not imported:\n${failures.map((failure) => `  ${failure}`).join('\n')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await documents.close();
  }
}

/** A file's name made a feed name: its base name without extension, other characters than letters, digits, `.`, `_`, `-` as `-`. */
function feedNameOfFile(file: string): string {
  return (
    path
      .basename(file)
      .replace(/\.(jsonld|json)$/i, '')
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .slice(0, 100) || 'feed'
  );
}

/**
 * `claims import PATH`: a ClaimReview feed file, or every .json/.jsonld file
 * of a folder, each under its file's name (or --name for one file). Items a
 * file holds that cannot be read are counted and listed; a file that is not
 * JSON is reported and the others imported.
 */
async function importFeeds(target: string, options: DataOptions & { name?: string }): Promise<void> {
  const folder = (await stat(target)).isDirectory();
  const files = folder
    ? (await readdir(target, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && /\.(json|jsonld)$/i.test(entry.name))
        .map((entry) => path.join(target, entry.name))
        .sort()
    : [target];
  if (files.length === 0) throw new Error(`${target} has no .json or .jsonld files to import.`);
  if (folder && options.name !== undefined) throw new Error('--name names one feed: give a file, not a folder.');
  const documents = await openDocuments(configWith(options));
  try {
    let failed = false;
    for (const file of files) {
      try {
        const report = await documents.importFeed(await readFile(file, 'utf8'), options.name ?? feedNameOfFile(file));
        process.stdout.write(
          `${path.basename(file)}: imported ${report.imported} claim reviews as feed "${report.feed}"` +
            `${report.unread.length === 0 ? '' : `; ${report.unread.length} items not read`}\n`,
        );
        for (const item of report.unread.slice(0, 20)) process.stdout.write(`  not read: ${item.at}: ${item.reason}\n`);
        if (report.unread.length > 20) process.stdout.write(`  … and ${report.unread.length - 20} more\n`);
      } catch (error) {
        failed = true;
        process.stdout.write(`${path.basename(file)}: not imported: ${(error as Error).message}\n`);
      }
    }
    if (failed) process.exitCode = 1;
  } finally {
    await documents.close();
  }
}

/** `claims similar TEXT`: the reviewed claims most like a text, best first. */
async function similarClaims(text: string, options: DataOptions & { limit: string; json?: boolean }): Promise<void> {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new Error('--limit is a whole number from 1 to 50.');
  const documents = await openDocuments(configWith(options));
  try {
    const results = await documents.similarClaims(text, limit);
    if (options.json === true) {
      process.stdout.write(`${JSON.stringify({ text, results }, null, 2)}\n`);
      return;
    }
    if (results.length === 0) process.stdout.write('No reviewed claim is like it.\n');
    for (const [index, result] of results.entries()) {
      const where = result.source === 'feed' ? `feed ${result.feed ?? ''}` : `document ${result.document ?? ''}`;
      process.stdout.write(
        `${index + 1}. ${result.score.toFixed(3)}  ${result.verdict ?? 'no rating'} — ${result.claim}\n` +
          `   reviewed by ${result.reviewer ?? 'unknown'}${result.date === null ? '' : ` on ${result.date.slice(0, 10)}`} (${where})` +
          `${result.link === null ? '' : `  ${result.link}`}\n`,
      );
    }
  } finally {
    await documents.close();
  }
}

interface ExportOptions extends DataOptions {
  format?: string;
  output?: string;
  layer?: string;
  collection?: string;
  all?: boolean;
  datasheet?: string;
}

/** How the collection and corpus commands open the documents. */
const corpusCli: CorpusCli = { dataOption, open: (options) => openDocuments(configWith(options)) };

async function exportDocument(id: string | undefined, options: ExportOptions): Promise<void> {
  // A corpus (a collection, or every document) instead of one document.
  if (options.collection !== undefined || options.all === true) {
    if (id !== undefined) throw new Error('Give a document id, or --collection C / --all, not both.');
    if (options.layer !== undefined) throw new Error('A corpus exports every layer an owner may read: --layer is for one document.');
    return exportCorpusCommand(corpusCli, options);
  }
  if (id === undefined) throw new Error('Name the document to export, or give --collection C or --all.');
  const format = options.format ?? 'text';
  if (!(exportFormats as readonly string[]).includes(format))
    throw new Error(`A document exports as ${exportFormats.join(', ')}, not ${format}.`);
  const documents = await openDocuments(configWith(options));
  try {
    const { body, skipped, warnings } = await documents.export(id, format, options.layer);
    if (options.output !== undefined) await writeFile(options.output, body);
    else if (typeof body !== 'string') {
      // A Word file is bytes: written to a pipe or a file, never onto a terminal.
      if (process.stdout.isTTY === true) throw new Error(`A ${format} export is a binary file: give -o FILE or redirect the output.`);
      process.stdout.write(body);
    } else process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
    reportSkipped(skipped ?? []);
    for (const warning of warnings ?? []) process.stderr.write(`Warning: ${warning}\n`);
  } finally {
    await documents.close();
  }
}

interface CompareOptions extends DataOptions {
  format: string;
  output?: string;
}

async function compareDocuments(a: string, b: string, options: CompareOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const { body, skipped } = await documents.compare(a, b, options.format);
    if (options.output === undefined) process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
    else await writeFile(options.output, body);
    reportSkipped(skipped);
  } finally {
    await documents.close();
  }
}

interface InviteOptions extends DataOptions {
  role?: string;
  label?: string;
  expires?: string;
  list?: boolean;
  revoke?: string;
}

async function invite(id: string | undefined, options: InviteOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    if (options.list === true) {
      const invites = await documents.listInvites(id);
      if (invites.length === 0)
        process.stdout.write(id === undefined ? 'There are no invitation links.\n' : `Document ${id} has no invitation links.\n`);
      for (const item of invites) {
        const state =
          item.revokedAt !== null ? 'revoked' : item.expiresAt !== null && Date.parse(item.expiresAt) <= Date.now() ? 'expired' : 'active';
        const document = id === undefined ? `${item.docId === '*' ? 'all documents' : item.docId}  ` : '';
        process.stdout.write(
          `${item.jti}  ${document}${item.role.padEnd(9)}  ${state.padEnd(7)}  ${item.expiresAt ?? 'no expiry'}  ${item.label}\n`,
        );
      }
      return;
    }
    if (options.revoke !== undefined) {
      const revoked = await documents.revokeInvite(id ?? null, options.revoke);
      process.stdout.write(`Revoked ${revoked.jti} (${revoked.label}).\n`);
      return;
    }
    if (id === undefined) throw new Error('Name the document to invite to, or give --list or --revoke ID.');
    if (options.role === undefined) throw new Error(`Give --role ${roles.join('|')}, or --list, or --revoke ID.`);
    const issued = await documents.createInvite(id, options.role, {
      ...(options.label === undefined ? {} : { label: options.label }),
      ...(options.expires === undefined ? {} : { expires: options.expires }),
    });
    process.stdout.write(`${issued.url}\n`);
    process.stderr.write(
      `Invite ${issued.invite.jti}: ${issued.invite.role}, ${issued.invite.expiresAt === null ? 'no expiry' : `expires ${issued.invite.expiresAt}`}.\n`,
    );
  } finally {
    await documents.close();
  }
}

interface ReportOptions extends DataOptions {
  format: string;
  output?: string;
  table?: string;
  layers?: string;
}

/** Says on stderr what an export, report or comparison left out: damaged entries name their layer, claims a ClaimReview cannot hold do not. */
function reportSkipped(skipped: readonly CliSkipped[]): void {
  for (const item of skipped)
    process.stderr.write(
      item.layer === undefined
        ? `Skipped claim ${item.quote === undefined ? item.id : `“${item.quote}” (${item.id})`}: ${item.reason}\n`
        : `Skipped damaged entry ${item.id} in layer ${item.layer}: ${item.reason}\n`,
    );
}

/** Prints a report or writes it to a file. */
async function writeReport(body: string, output: string | undefined): Promise<void> {
  if (output === undefined) process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
  else await writeFile(output, body);
}

async function scores(id: string, options: ReportOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const { body, skipped } = await documents.scores(id, options.format, options.table);
    await writeReport(body, options.output);
    reportSkipped(skipped);
  } finally {
    await documents.close();
  }
}

async function agreement(id: string, options: ReportOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const layers = options.layers?.split(',').map((layer) => layer.trim());
    const { body, skipped } = await documents.agreement(id, options.format, layers);
    await writeReport(body, options.output);
    reportSkipped(skipped);
  } finally {
    await documents.close();
  }
}

async function answerKey(id: string, layer: string | undefined, options: DataOptions & { clear?: boolean }): Promise<void> {
  if ((layer === undefined) === (options.clear !== true)) throw new Error('Give the layer to mark as the answer key, or --clear.');
  const documents = await openDocuments(configWith(options));
  try {
    const record = await documents.setAnswerKey(id, layer ?? null);
    process.stdout.write(
      record.answerKey === undefined ? `Document ${id} has no answer key now.\n` : `The answer key of ${id} is ${record.answerKey}.\n`,
    );
  } finally {
    await documents.close();
  }
}

/** Replaces the data folder's token secret, and marks every link it signed revoked. */
async function rotate(options: DataOptions): Promise<void> {
  const config = configWith(options);
  if ((config.secret ?? '') !== '') {
    throw new Error('The secret comes from FACTMARK_SECRET: change it there (every instance alike) instead.');
  }
  await secureDataDir(config.dataDir);
  let store;
  try {
    store = await openStore(config);
  } catch (error) {
    if (error instanceof StoreOpenError && error.locked) throw new Error(`A server is running on ${config.dataDir}: stop it first.`);
    throw error;
  }
  try {
    await rotateSecret(config.dataDir);
    const revoked = await new Invites(store, '', null).revokeAll();
    process.stdout.write(
      `New token secret written to ${secretFile(config.dataDir)}. ${revoked} links that were active stopped working and are marked revoked; ` +
        'the next start prints a new owner link.\n',
    );
  } finally {
    await store.close();
  }
}

async function rename(id: string, title: string, options: DataOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const record = await documents.rename(id, title);
    process.stdout.write(`Document ${id} is now “${record.title}”.\n`);
  } finally {
    await documents.close();
  }
}

async function deleteDocument(id: string, options: DataOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const trashed = await documents.trash(id);
    process.stdout.write(
      `Moved “${trashed.title}” (${id}) to the trash; \`factmark restore ${id}\` brings it back until ${trashed.purgeAt}.\n`,
    );
  } finally {
    await documents.close();
  }
}

async function publish(id: string, options: DataOptions & { unpublish?: boolean; showAuthors?: boolean }): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    if (options.unpublish === true) {
      const record = await documents.unpublish(id);
      process.stdout.write(`“${record.title}” (${id}) is not published: its public page is gone.\n`);
    } else {
      const published = await documents.publish(id, options.showAuthors);
      process.stdout.write(`${published.url}\n`);
    }
  } finally {
    await documents.close();
  }
}

async function restore(id: string, options: DataOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const record = await documents.restore(id);
    process.stdout.write(`Restored “${record.title}” (${id}).\n`);
  } finally {
    await documents.close();
  }
}

async function listTrash(options: DataOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const trashed = await documents.listTrash();
    if (trashed.length === 0) process.stdout.write('The trash is empty.\n');
    for (const record of trashed)
      process.stdout.write(`${record.id}\t${record.title}\tdeleted ${record.deletedAt}\tgone after ${record.purgeAt}\n`);
  } finally {
    await documents.close();
  }
}

interface DoctorOptions extends DataOptions {
  exportReadable?: string;
}

interface SearchOptions extends DataOptions {
  kind?: string;
  verdict?: string;
  status?: string;
  speaker?: string;
  author?: string;
  from?: string;
  to?: string;
  limit: string;
  json?: boolean;
}

async function searchDocuments(words: string | undefined, options: SearchOptions): Promise<void> {
  const config = configWith(options);
  const documents = await openDocuments(config);
  try {
    const { kind, verdict, status, speaker, author, from, to, limit } = options;
    const answer = await documents.search({ q: words, kind, verdict, status, speaker, author, from, to, limit } as SearchQueryInput);
    if (options.json === true) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    process.stdout.write(renderSearchAnswer(answer, await linkAddress(config)));
  } finally {
    await documents.close();
  }
}

async function doctor(options: DoctorOptions): Promise<void> {
  const config = configWith(options);
  const opened = await openForDoctor(config);
  try {
    const report = await checkStore(opened.store, opened.source, opened.rewrite);
    process.stdout.write(renderDoctorReport(report));
    if (options.exportReadable !== undefined) {
      const { written, failed } = await exportReadable(opened.store, config, options.exportReadable);
      process.stdout.write(`Wrote ${written.length} documents (factmark JSON) to ${options.exportReadable}.\n`);
      for (const failure of failed) process.stdout.write(`Could not export ${failure}\n`);
    }
    const damaged = report.documents.some((document) => document.damaged) || report.unattributed.length > 0;
    if (damaged) process.exitCode = 1;
  } finally {
    await opened.close();
  }
}

/** Builds the `factmark` command line. */
export function createProgram(): Command {
  const program = new Command('factmark')
    .description('Collaborative fact-check annotation editor: server, import, export and comparison of versions.')
    .showHelpAfterError()
    .addHelpText('after', '\nSettings: `factmark serve --help` lists every variable and flag; flags win over the environment.');

  const serveCommand = program
    .command('serve')
    .description('Start the server and print an owner link; creates the demo article on first start.')
    .addHelpText('after', environmentHelp());
  for (const { option } of flagged) serveCommand.addOption(option);
  serveCommand.action(serve);

  program
    .command('rotate-secret')
    .description(
      'Make a new token secret for the data folder, knowingly: every link signed with the old one stops working ' +
        '(they are all marked revoked), and the next start prints a new owner link. Stop the server first.',
    )
    .addOption(dataOption())
    .action(rotate);

  program
    .command('import')
    .description(
      'Import an article (text, Markdown, HTML, a Word document, a PDF) or a factmark JSON export as a new document, ' +
        'every such file of a folder, or W3C Web Annotations (Hypothesis and Recogito exports too) onto an existing document (--document). ' +
        "A Word file's comments become notes on marks in the team layer; what a file loses (images, fields, tracked changes) is listed. " +
        'An annotation imported before is updated, and the summary counts those anchored exactly, by quote, orphaned and refused. ' +
        "--url fetches a page and imports its article (with its address and publication date); --version-of adds the file or page as a new version of a document's story, its marks carried over.",
    )
    .argument('[path]', 'a file or a folder; the extension tells the format (.txt, .md, .html, .json, .docx, .pdf)')
    .addOption(new Option('-f, --format <format>', 'the file format').choices([...importFormats, ...fileImportFormats, 'factmark', 'wa']))
    .option('-t, --title <title>', 'the title, instead of one found in the file')
    .option('--document <id>', 'the document Web Annotations are placed on')
    .option('--layer <layer>', 'the layer Web Annotations go to (default: team)')
    .option('--url <address>', 'fetch this http(s) page and import its article (instead of a file)')
    .option('--version-of <id>', "import the file or page as a new version of this document's story; every layer's marks carry over")
    .addOption(dataOption())
    .action(importPath);

  program
    .command('refetch')
    .description(
      "Fetch a document's source address again: a new version of its story when the article's text changed (marks carried over, " +
        'those that no longer fit listed as orphans), else "Unchanged" and nothing stored.',
    )
    .argument('<id>', 'the id of any version of the story')
    .addOption(dataOption())
    .action(refetchDocument);

  program
    .command('export')
    .description(
      'Export a document with its annotations (docx: a Word file, each mark a comment on its words); ' +
        'or a corpus, a collection (--collection) or every document (--all), as one file written a document at a time ' +
        '(jsonl: a line per document with its text and marks; wa: one Web Annotation collection; csv: a row per mark), ' +
        'with a datasheet (counts per kind, verdict and annotator, agreement) and a progress bar on a terminal.',
    )
    .argument('[id]', 'the document id (not with --collection or --all)')
    .addOption(
      new Option('-f, --format <format>', 'the export format (default: text for a document, jsonl for a corpus)').choices([
        ...new Set<string>([...exportFormats, ...corpusFormats]),
      ]),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--layer <layer>', 'export one layer only (default: all; one document only)')
    .option('--collection <id>', 'export the documents of a collection (jsonl, wa or csv)')
    .option('--all', 'export every document (jsonl, wa or csv)')
    .option('--datasheet <file>', 'where the corpus datasheet goes (default: the output file + .datasheet.md)')
    .addOption(dataOption())
    .action(exportDocument);

  program
    .command('compare')
    .description(
      'Compare two documents as versions of one story: aligned sentences and quotations, reworded quotes, ' +
        'speakers and titles that differ, changed numbers, dates and times, sentences in one version only.',
    )
    .argument('<a>', 'the id of the first version')
    .argument('<b>', 'the id of the second version')
    .addOption(
      new Option('-f, --format <format>', 'text for reading, json for scripts, html for a standalone page')
        .choices(compareFormats)
        .default('text'),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(dataOption())
    .action(compareDocuments);

  program
    .command('invite')
    .description(
      'Make an invitation link to a document for a role; or list or revoke its links. Without a document, ' +
        '--list and --revoke work on every link, the owner link printed at start included.',
    )
    .argument('[id]', 'the document id')
    .addOption(new Option('-r, --role <role>', 'what the link lets its holder do').choices(roles))
    .option('--label <name>', 'who the link is for, as owners will see it (a student’s name)')
    .option('--expires <duration>', 'how long the link works: 30m, 12h, 7d, 2w')
    .option('--list', 'list the document’s links')
    .option('--revoke <invite>', 'revoke a link by its id (from --list)')
    .addOption(dataOption())
    .action(invite);

  program
    .command('rename')
    .description('Give a document a new title.')
    .argument('<id>', 'the document id')
    .argument('<title>', 'the new title')
    .addOption(dataOption())
    .action(rename);

  program
    .command('delete')
    .description(`Move a document to the trash: it opens for no one (open windows are told) and can be restored for ${trashDays} days.`)
    .argument('<id>', 'the document id')
    .addOption(dataOption())
    .action(deleteDocument);

  program
    .command('restore')
    .description('Bring a document back from the trash.')
    .argument('<id>', 'the document id')
    .addOption(dataOption())
    .action(restore);

  program
    .command('publish')
    .description(
      'Publish a document: a read-only public page of its checked claims, read without a token at the address printed; ' +
        'publishing again replaces the page with the document as it is now.',
    )
    .argument('<id>', 'the document id')
    .option('--unpublish', 'take the public page down at once')
    .option('--show-authors', 'name who checked each claim on the page (default: as last published, else not)')
    .option('--no-show-authors', 'name no one')
    .addOption(dataOption())
    .action(publish);

  program
    .command('trash')
    .description(`List the documents in the trash, with when each is gone for good (${trashDays} days after deletion).`)
    .addOption(dataOption())
    .action(listTrash);

  program
    .command('answer-key')
    .description('Mark one layer of a document as its answer key (its id, as `agreement` lists them), or clear it.')
    .argument('<id>', 'the document id')
    .argument('[layer]', 'the layer id: team, or p-… for a private layer')
    .option('--clear', 'the document has no answer key any more')
    .addOption(dataOption())
    .action(answerKey);

  program
    .command('scores')
    .description('Score every layer of a document against its answer key: P/R/F1, kappa, alpha, and the most-missed spans.')
    .argument('<id>', 'the document id')
    .addOption(new Option('-f, --format <format>', 'how to write it').choices(reportFormats).default('text'))
    .addOption(
      new Option('--table <table>', 'for csv: one row per student, or per answer-key span').choices(scoreTables).default('students'),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(dataOption())
    .action(scores);

  program
    .command('agreement')
    .description('Agreement between layers of a document: every pair, and alpha of all of them.')
    .argument('<id>', 'the document id')
    .option('--layers <ids>', 'comma-separated layer ids (default: every layer)')
    .addOption(new Option('-f, --format <format>', 'how to write it').choices(reportFormats).default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(dataOption())
    .action(agreement);

  addCollectionCommands(program, corpusCli);

  program
    .command('search')
    .description(
      'Search the text and the marks of every document; filters alone list marks, newest first. ' +
        'Offsets are code points into the text export; the link opens the document at the spot.',
    )
    .argument('[words]', 'the words to find (the last may be the start of a word)')
    .addOption(new Option('--kind <kind>', 'marks of one kind').choices(annotationKinds))
    .addOption(new Option('--verdict <verdict>', 'claims with one verdict').choices(verdicts))
    .option('--status <step>', 'claims at one review step, by id or label: to-check or "To check" (where marks have one)')
    .option('--speaker <name>', 'marks whose speaker’s name holds this')
    .option('--author <name>', 'marks made by someone whose name holds this (or their id)')
    .option('--from <date>', 'made (or, for text, published) on or after this day: 2026-03-01')
    .option('--to <date>', 'made (or published) on or before this day')
    .option('-n, --limit <count>', 'how many hits to show (1–100)', '20')
    .option('--json', 'print the answer as the API gives it')
    .addOption(dataOption())
    .action(searchDocuments);
  const claims = program
    .command('claims')
    .description('The claims database: every claim marked in the documents, and imported ClaimReview feeds ("already checked").');
  claims
    .command('import')
    .description(
      'Import a ClaimReview feed (JSON-LD as fact-checkers publish it: one ClaimReview, a list, an @graph or an ItemList), ' +
        'or every .json/.jsonld file of a folder, each as a feed named after its file; importing a feed again replaces it. ' +
        'Items that cannot be read are counted and listed, never failing the import.',
    )
    .argument('<path>', 'a .json/.jsonld file or a folder of them')
    .option('--name <name>', 'the feed name for one file (letters, digits, . _ -); default: the file name')
    .addOption(dataOption())
    .action(importFeeds);
  claims
    .command('similar')
    .description(
      'The reviewed claims most like a text (marks with a verdict, and feeds), best first, with verdict, reviewer, date and link.',
    )
    .argument('<text>', 'the claim to look up')
    .option('-n, --limit <n>', 'how many to show (1–50)', '3')
    .option('--json', 'write the answer as JSON, as the API does')
    .addOption(dataOption())
    .action(similarClaims);

  program
    .command('doctor')
    .description(
      'Check every document in the data folder (or the database): stored updates that do not decode, history that is missing, ' +
        'damage the server recorded. Leaves the store as it is; exits 1 when something is damaged.',
    )
    .option('--export-readable <dir>', 'also write every document, as far as it reads, to a folder as factmark JSON')
    .addOption(dataOption())
    .action(doctor);

  return program;
}

/** Runs the CLI; errors are printed plainly and exit with status 1. */
export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`factmark export … | head`) has all it wanted: stop quietly, as other commands do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`factmark: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
