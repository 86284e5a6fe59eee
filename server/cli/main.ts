import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatFromFileName, importFormats, titleFromFileName } from '../../shared/index.js';
import { configFromEnv, parseDurability, requireSharedSecret, type Config } from '../config.js';
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
import { removeRuntimeInfo, writeRuntimeInfo } from './runtimeFile.js';

function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('Not a non-negative whole number.');
  return number;
}

/** Options every command shares: where the data is. */
interface DataOptions {
  data?: string;
}

interface ServeOptions extends DataOptions {
  port?: number;
  host?: string;
  publicUrl?: string;
  demo: boolean;
  maxMessageBytes?: number;
  maxImportBytes?: number;
  maxDocuments?: number;
  rateLimit?: number;
  authFailuresPerMinute?: number;
  workThreads?: number;
  workTimeoutMs?: number;
  maxWorkBytes?: number;
  durability?: string;
}

function configWith(options: ServeOptions | DataOptions): Config {
  const config = configFromEnv();
  if (options.data !== undefined) config.dataDir = path.resolve(options.data);
  if (!('demo' in options)) return config;
  if (options.port !== undefined) config.port = options.port;
  if (options.host !== undefined) config.host = options.host;
  if (options.publicUrl !== undefined) config.publicUrl = options.publicUrl;
  if (!options.demo) config.demo = false;
  if (options.maxMessageBytes !== undefined) config.maxMessageBytes = options.maxMessageBytes;
  if (options.maxImportBytes !== undefined) config.maxImportBytes = options.maxImportBytes;
  if (options.maxDocuments !== undefined) config.maxDocuments = options.maxDocuments;
  if (options.rateLimit !== undefined) config.rateLimit = options.rateLimit;
  if (options.authFailuresPerMinute !== undefined) config.authFailuresPerMinute = options.authFailuresPerMinute;
  if (options.workThreads !== undefined) config.workThreads = Math.max(1, options.workThreads);
  if (options.workTimeoutMs !== undefined) config.workTimeoutMs = options.workTimeoutMs;
  if (options.maxWorkBytes !== undefined) config.maxWorkBytes = options.maxWorkBytes;
  if (options.durability !== undefined) config.durability = parseDurability(options.durability, '--durability');
  return config;
}

async function serve(options: ServeOptions): Promise<void> {
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
  throw new Error(`Cannot tell the format of "${file}": pass --format ${[...importFormats, 'factmark', 'wa'].join('|')}.`);
}

/** Imports one file; Web Annotations go onto an existing document. Returns a line for the summary. */
async function importOne(documents: DocumentsAccess, file: string, options: ImportOptions): Promise<string> {
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

async function importPath(target: string, options: ImportOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    if (!(await stat(target)).isDirectory()) {
      process.stdout.write(`${await importOne(documents, target, options)}\n`);
      return;
    }
    const files = (await readdir(target, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(txt|text|md|markdown|html?|json)$/i.test(entry.name))
      .map((entry) => path.join(target, entry.name))
      .sort();
    if (files.length === 0) throw new Error(`${target} has no .txt, .md, .html or .json files to import.`);
    const progress = importProgress(files.length);
    const failures: string[] = [];
    let imported = 0;
    for (const [index, file] of files.entries()) {
      progress.next(index + 1, path.basename(file));
      try {
        await importOne(documents, file, options);
        imported++;
      } catch (error) {
        failures.push(`${path.basename(file)}: ${(error as Error).message}`);
      }
    }
    progress.stop();
    process.stdout.write(`Imported ${imported} of ${files.length} files from ${target}.\n`);
    if (failures.length > 0) {
      process.stdout.write(`Not imported:\n${failures.map((failure) => `  ${failure}`).join('\n')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await documents.close();
  }
}

interface ExportOptions extends DataOptions {
  format: string;
  output?: string;
  layer?: string;
}

async function exportDocument(id: string, options: ExportOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const { body, skipped, warnings } = await documents.export(id, options.format, options.layer);
    if (options.output === undefined) process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
    else await writeFile(options.output, body);
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
    if (options.role === undefined) throw new Error('Give --role owner|editor|annotator|viewer, or --list, or --revoke ID.');
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
        ? `Skipped claim ${item.id}: ${item.reason}\n`
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
    .addHelpText(
      'after',
      '\nEnvironment: FACTMARK_PORT (or PORT), FACTMARK_HOST, FACTMARK_DATA, FACTMARK_SECRET, FACTMARK_PUBLIC_URL,\n' +
        'FACTMARK_DEMO=0, FACTMARK_MAX_MESSAGE_BYTES, FACTMARK_MAX_IMPORT_BYTES, FACTMARK_MAX_DOCUMENTS,\n' +
        'FACTMARK_MAX_CONNECTIONS_PER_IP, FACTMARK_MAX_MESSAGES_PER_SECOND, FACTMARK_COMPACT_AFTER, FACTMARK_ORGANISATION,\n' +
        'FACTMARK_ORGANISATION_URL, FACTMARK_LOG_LEVEL, FACTMARK_DATABASE_URL (postgres://…, with FACTMARK_SECRET),\n' +
        'FACTMARK_REDIS_URL (redis://…, shares live edits between instances), FACTMARK_TRUST_PROXY=1,\n' +
        'FACTMARK_RATE_LIMIT, FACTMARK_AUTH_FAILURES_PER_MINUTE, FACTMARK_WORK_THREADS, FACTMARK_WORK_QUEUE,\n' +
        'FACTMARK_WORK_TIMEOUT_MS, FACTMARK_MAX_WORK_BYTES, FACTMARK_WORK_MEMORY_MB. ' +
        'FACTMARK_DURABILITY=power|process. ' +
        'Flags win over the environment.',
    );
  const dataOption = () => new Option('-d, --data <dir>', 'data folder (store, secret); default ./data or FACTMARK_DATA');

  program
    .command('serve')
    .description('Start the server and print an owner link; creates the demo article on first start.')
    .addOption(dataOption())
    .option('-p, --port <port>', 'port to listen on (0 picks a free one); default 4321', parseCount)
    .option('--host <host>', 'address to listen on; default 127.0.0.1')
    .option('--public-url <url>', 'URL people reach the server at, for printed links')
    .option('--no-demo', 'do not create the demo article on first start')
    .option('--max-message-bytes <n>', 'largest websocket message', parseCount)
    .option('--max-import-bytes <n>', 'largest imported article', parseCount)
    .option('--max-documents <n>', 'most documents the server holds', parseCount)
    .option('--rate-limit <n>', 'API requests a second from one address, bursts of ten times that (0: no limit); default 50', parseCount)
    .option(
      '--auth-failures-per-minute <n>',
      'failed authentications a minute from one address before it must wait; default 20',
      parseCount,
    )
    .option('--work-threads <n>', 'worker threads for exports, imports, compare, agreement and scores', parseCount)
    .option('--work-timeout-ms <n>', 'longest one export, import or comparison may take; default 30000', parseCount)
    .option('--max-work-bytes <n>', 'largest document state or import one job may read; default 128 MiB', parseCount)
    .addOption(
      new Option(
        '--durability <level>',
        'what an acknowledged edit survives (embedded store): power (flushed to disk first) or process (a server crash only); default power',
      ).choices(['power', 'process']),
    )
    .action(serve);

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
      'Import an article (text, Markdown, HTML) or a factmark JSON export as a new document, every such file of a folder, ' +
        'or W3C Web Annotations (Hypothesis and Recogito exports too) onto an existing document (--document): ' +
        'an annotation imported before is updated, and the summary counts those anchored exactly, by quote, orphaned and refused.',
    )
    .argument('<path>', 'a file or a folder; the extension tells the format (.txt, .md, .html, .json)')
    .addOption(new Option('-f, --format <format>', 'the file format').choices([...importFormats, 'factmark', 'wa']))
    .option('-t, --title <title>', 'the title, instead of one found in the file')
    .option('--document <id>', 'the document Web Annotations are placed on')
    .option('--layer <layer>', 'the layer Web Annotations go to (default: team)')
    .addOption(dataOption())
    .action(importPath);

  program
    .command('export')
    .description('Export a document with its annotations.')
    .argument('<id>', 'the document id')
    .addOption(new Option('-f, --format <format>', 'the export format').choices(exportFormats).default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--layer <layer>', 'export one layer only (default: all)')
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
    .addOption(new Option('-r, --role <role>', 'what the link lets its holder do').choices(['owner', 'editor', 'annotator', 'viewer']))
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
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`factmark: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
