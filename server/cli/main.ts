import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatFromFileName, importFormats } from '../../shared/index.js';
import { configFromEnv, type Config } from '../config.js';
import { createLogger } from '../log.js';
import { startServer } from '../Server.js';
import { openStore } from '../store/openStore.js';
import { openDocuments } from './documentsAccess.js';
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
  return config;
}

async function serve(options: ServeOptions): Promise<void> {
  const config = configWith(options);
  const log = createLogger(config.logLevel);
  const store = await openStore(config);
  const server = await startServer(config, store, log);
  await writeRuntimeInfo(config.dataDir, { url: server.url, pid: process.pid });
  const ownerUrl = `${server.url}/?token=${server.issueToken({ role: 'owner', doc: '*' })}`;
  process.stdout.write(`factmark is running. Open this link (it carries an owner token; keep it private):\n\n    ${ownerUrl}\n\n`);
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
}

async function importFile(file: string, options: ImportOptions): Promise<void> {
  const format = options.format ?? formatFromFileName(file);
  if (format === null) {
    throw new Error(`Cannot tell the format of "${file}" from its extension: pass --format ${importFormats.join('|')}.`);
  }
  const content = await readFile(file, 'utf8');
  const documents = await openDocuments(configWith(options));
  try {
    const record = await documents.create({ format, content, ...(options.title === undefined ? {} : { title: options.title }) });
    process.stdout.write(`Imported "${record.title}" as ${record.id}\n`);
  } finally {
    await documents.close();
  }
}

interface ExportOptions extends DataOptions {
  format: string;
  output?: string;
}

async function exportDocument(id: string, options: ExportOptions): Promise<void> {
  const documents = await openDocuments(configWith(options));
  try {
    const { body } = await documents.export(id, options.format);
    if (options.output === undefined) process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
    else await writeFile(options.output, body);
  } finally {
    await documents.close();
  }
}

/** Builds the `factmark` command line. */
export function createProgram(): Command {
  const program = new Command('factmark')
    .description('Collaborative fact-check annotation editor: server, import and export.')
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nEnvironment: FACTMARK_PORT (or PORT), FACTMARK_HOST, FACTMARK_DATA, FACTMARK_SECRET, FACTMARK_PUBLIC_URL,\n' +
        'FACTMARK_DEMO=0, FACTMARK_MAX_MESSAGE_BYTES, FACTMARK_MAX_IMPORT_BYTES, FACTMARK_MAX_DOCUMENTS,\n' +
        'FACTMARK_COMPACT_AFTER, FACTMARK_LOG_LEVEL. Flags win over the environment.',
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
    .action(serve);

  program
    .command('import')
    .description('Import an article (text, Markdown or HTML) as a new document.')
    .argument('<file>', 'the file to import; its extension tells the format (.txt, .md, .html)')
    .addOption(new Option('-f, --format <format>', 'the file format').choices(importFormats))
    .option('-t, --title <title>', 'the title, instead of one found in the file')
    .addOption(dataOption())
    .action(importFile);

  program
    .command('export')
    .description('Export a document.')
    .argument('<id>', 'the document id')
    .addOption(new Option('-f, --format <format>', 'the export format').choices(['text']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(dataOption())
    .action(exportDocument);

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
