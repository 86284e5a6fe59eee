import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Command, Option } from 'commander';
import { corpusFormats, type DocumentFilter } from '../../shared/index.js';
import type { DocumentsAccess } from './documentsAccess.js';

/** How the CLI's collection and corpus commands reach the documents (the same path as every other command). */
export interface CorpusCli {
  dataOption: () => Option;
  open: (options: object) => Promise<DocumentsAccess>;
}

/** Runs a command's work on the documents, closing them after. */
async function withDocuments(cli: CorpusCli, options: object, work: (documents: DocumentsAccess) => Promise<void>): Promise<void> {
  const documents = await cli.open(options);
  try {
    await work(documents);
  } finally {
    await documents.close();
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Options of `export` for a corpus. */
export interface CorpusExportOptions {
  format?: string;
  output?: string;
  collection?: string;
  all?: boolean;
  datasheet?: string;
}

/** A progress bar on a terminal; elsewhere nothing (the summary line says how it went). */
function corpusProgress(): { update: (done: number, total: number) => void; stop: () => void } {
  if (process.stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: 'Exporting [{bar}] {value}/{total} documents', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) bar.start(total, done);
      else bar.update(done);
      started = true;
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * `export --collection C | --all`: the corpus as one file (standard output
 * unless -o), a document at a time, with a progress bar on a terminal; the
 * datasheet goes beside the file (`<file>.datasheet.md`) or where
 * --datasheet says.
 */
export async function exportCorpusCommand(cli: CorpusCli, options: CorpusExportOptions): Promise<void> {
  const format = options.format ?? 'jsonl';
  if (!(corpusFormats as readonly string[]).includes(format))
    throw new Error(`A corpus exports as ${corpusFormats.join(', ')}, not ${format}.`);
  if (options.all === true && options.collection !== undefined) throw new Error('Give --collection C or --all, not both.');
  await withDocuments(cli, options, async (documents) => {
    const selection = { format, ...(options.collection === undefined ? {} : { collection: options.collection }) };
    // The collection is checked before the file is made: a bad one leaves nothing behind.
    if (options.collection !== undefined && !(await documents.listCollections()).some((c) => c.id === options.collection))
      throw new Error(`There is no collection "${options.collection}": \`factmark collection list\` lists them.`);
    const out = options.output === undefined ? process.stdout : createWriteStream(options.output);
    const progress = corpusProgress();
    let corpus;
    try {
      corpus = await documents.exportCorpus(selection, out, progress.update);
    } finally {
      progress.stop();
      if (out !== process.stdout) {
        out.end();
        await finished(out);
      }
    }
    const datasheet = options.datasheet ?? (options.output === undefined ? undefined : `${options.output}.datasheet.md`);
    if (datasheet !== undefined) await writeFile(datasheet, corpus.datasheet);
    for (const item of corpus.skipped)
      process.stderr.write(
        `Skipped ${item.id === undefined ? `document ${item.document}` : `damaged entry ${item.id} of ${item.document}`}: ${item.reason}\n`,
      );
    process.stderr.write(
      `Exported ${corpus.documents} documents as ${format}${options.output === undefined ? '' : ` to ${options.output}`}` +
        `${datasheet === undefined ? '' : `; datasheet in ${datasheet}`}.\n`,
    );
  });
}

/** Adds `list`, `collection …` and `tag` to the command line. */
export function addCollectionCommands(program: Command, cli: CorpusCli): void {
  program
    .command('list')
    .description('List the documents (not in the trash), newest first, those that meet every filter given.')
    .option('--collection <id>', 'in this collection')
    .option('--tag <tag>', 'with this tag')
    .option('--from <date>', 'imported on or after this date (ISO 8601)')
    .option('--to <date>', 'imported on or before this date (ISO 8601)')
    .option('--worker <person>', 'someone made a mark in it: their person id or name')
    .addOption(cli.dataOption())
    .action((options: DocumentFilter) =>
      withDocuments(cli, options, async (documents) => {
        const filter: DocumentFilter = {};
        for (const field of ['collection', 'tag', 'from', 'to', 'worker'] as const)
          if (options[field] !== undefined) filter[field] = options[field];
        const records = await documents.list(filter);
        if (records.length === 0) say('No documents.');
        for (const record of records) {
          const filed = [...(record.collections ?? []), ...(record.tags ?? []).map((tag) => `#${tag}`)].join(' ');
          say(`${record.id}\t${record.createdAt}\t${record.title}${filed === '' ? '' : `\t${filed}`}`);
        }
      }),
    );

  const collection = program
    .command('collection')
    .description('Group documents in collections (a beat, a class, a project): list, create, rename, delete, add and remove documents.');

  collection
    .command('list')
    .description('List the collections: id, how many documents, name.')
    .addOption(cli.dataOption())
    .action((options: object) =>
      withDocuments(cli, options, async (documents) => {
        const collections = await documents.listCollections();
        if (collections.length === 0) say('There are no collections.');
        for (const item of collections) say(`${item.id}\t${item.documents} documents\t${item.name}`);
      }),
    );

  collection
    .command('create')
    .description('Make a collection; prints its id.')
    .argument('<name>', 'its name')
    .option('--description <text>', 'what it gathers')
    .addOption(cli.dataOption())
    .action((name: string, options: { description?: string }) =>
      withDocuments(cli, options, async (documents) => {
        const record = await documents.createCollection({
          name,
          ...(options.description === undefined ? {} : { description: options.description }),
        });
        say(record.id);
        process.stderr.write(`Made collection “${record.name}” (${record.id}).\n`);
      }),
    );

  collection
    .command('rename')
    .description('Give a collection a new name (and or description).')
    .argument('<collection>', 'the collection id')
    .argument('[name]', 'the new name')
    .option('--description <text>', 'a new description')
    .addOption(cli.dataOption())
    .action((id: string, name: string | undefined, options: { description?: string }) =>
      withDocuments(cli, options, async (documents) => {
        if (name === undefined && options.description === undefined) throw new Error('Give a new name or --description.');
        const record = await documents.changeCollection(id, {
          ...(name === undefined ? {} : { name }),
          ...(options.description === undefined ? {} : { description: options.description }),
        });
        say(`Collection ${record.id} is now “${record.name}”.`);
      }),
    );

  collection
    .command('delete')
    .description('Delete a collection; its documents stay, out of it.')
    .argument('<collection>', 'the collection id')
    .addOption(cli.dataOption())
    .action((id: string, options: object) =>
      withDocuments(cli, options, async (documents) => {
        const deleted = await documents.deleteCollection(id);
        say(`Deleted collection “${deleted.name}”; ${deleted.documents} documents were in it.`);
      }),
    );

  for (const [verb, adding] of [
    ['add', true],
    ['remove', false],
  ] as const) {
    collection
      .command(verb)
      .description(adding ? 'Put documents in a collection.' : 'Take documents out of a collection.')
      .argument('<collection>', 'the collection id')
      .argument('<documents...>', 'document ids')
      .addOption(cli.dataOption())
      .action((id: string, ids: string[], options: object) =>
        withDocuments(cli, options, async (documents) => {
          // Every document checked before any is changed: a typo changes nothing.
          const records = [];
          for (const docId of ids) records.push(await documents.get(docId));
          for (const record of records) {
            const others = (record.collections ?? []).filter((other) => other !== id);
            await documents.file(record.id, { collections: adding ? [...others, id] : others });
          }
          say(
            `${adding ? 'Added' : 'Removed'} ${records.length} document${records.length === 1 ? '' : 's'} ${adding ? 'to' : 'from'} ${id}.`,
          );
        }),
      );
  }

  program
    .command('tag')
    .description('Add tags to a document (or --remove them); without tags, print its tags. Tags are lower case, spaces become "-".')
    .argument('<id>', 'the document id')
    .argument('[tags...]', 'the tags')
    .option('--remove', 'remove these tags instead')
    .addOption(cli.dataOption())
    .action((id: string, tags: string[], options: { remove?: boolean }) =>
      withDocuments(cli, options, async (documents) => {
        let record = await documents.get(id);
        if (tags.length > 0) {
          const current = record.tags ?? [];
          const lowered = new Set(tags.map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '-')));
          record = await documents.file(id, {
            tags: options.remove === true ? current.filter((tag) => !lowered.has(tag)) : [...current, ...tags],
          });
        }
        say((record.tags ?? []).join(' ') || '(no tags)');
      }),
    );
}
