import path from 'node:path';
import { Piscina } from 'piscina';
import { mergeInline, type MergedUpdates, type UpdateMerger } from '../store/damage.js';
import { jobBytes, reviveJobError, type Job, type JobOutcome, type JobResults, type JobRunner, type JobType } from './jobs.js';

/** A job's input is over the size limit: answered 413. */
export class JobTooLargeError extends Error {
  override readonly name = 'JobTooLargeError';
}

/** A job ran (or waited) past its time limit and was stopped: answered 503. */
export class JobTimeoutError extends Error {
  override readonly name = 'JobTimeoutError';
}

/** Every worker is busy and the queue is full, or a worker died: answered 503, try again later. */
export class JobUnavailableError extends Error {
  override readonly name = 'JobUnavailableError';
}

/** Limits of the pool: threads, queue, and each job's size, time and memory. */
export interface WorkPoolOptions {
  /** Worker threads at most. */
  threads: number;
  /** Jobs that may wait for a thread; more are refused. */
  queue: number;
  /** Largest input of one job, in bytes (its Yjs state and imported text). */
  maxBytes: number;
  /** Longest a job may take, waiting included, in milliseconds; then its worker is stopped. */
  timeoutMs: number;
  /** Heap of one worker, in MiB: a job that needs more fails alone. */
  memoryMb: number;
}

/** The size of a room's log up to which compaction merges it on the event loop (a few milliseconds). */
const inlineMergeBytes = 256 * 1024;

/**
 * A bounded pool of worker threads for heavy work (exports, imports, compare,
 * agreement, scores), so no request holds up the event loop that relays live
 * edits. Each job gets plain data, and has a size limit, a time limit (its
 * worker is terminated when it passes it) and a memory limit.
 */
export class WorkPool {
  private readonly pool: Piscina;
  private readonly options: WorkPoolOptions;

  constructor(options: WorkPoolOptions) {
    this.options = options;
    this.pool = new Piscina({
      // A JavaScript entry that loads our TypeScript, in every thread, however the server was started.
      filename: path.join(import.meta.dirname, 'worker.js'),
      // Threads start with the first heavy job and stop after a minute idle: an idle server holds none (32 MB less),
      // and a start costs no thread loading every module of heavy work (a third of a start's CPU on 2 cores). A
      // first job waits some tens of milliseconds for its thread.
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.queue,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
      // Worker threads run at the lowest priority (nice +19, on Linux per thread), so on a machine with
      // few cores heavy work takes mostly what the event loop that relays live edits leaves (at +5,
      // sync's p99 under heavy work was 9 times idle). Not Linux's idle policy: that starved jobs into
      // their time limit whenever other processes kept the cores busy.
      niceIncrement: 19,
    });
  }

  /** Runs a job on a worker thread. Throws JobTooLargeError, JobTimeoutError, JobUnavailableError, or the job's own error. */
  readonly run: JobRunner = async <K extends JobType>(job: Job<K>): Promise<JobResults[K]> => {
    const bytes = jobBytes(job as Job);
    if (bytes > this.options.maxBytes) {
      throw new JobTooLargeError(`This ${describe(job.type)} reads ${bytes} bytes; the limit is ${this.options.maxBytes}.`);
    }
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let outcome: JobOutcome<K>;
    try {
      outcome = (await this.pool.run(job as Job, { signal })) as JobOutcome<K>;
    } catch (error) {
      if (signal.aborted) {
        throw new JobTimeoutError(`This ${describe(job.type)} took longer than ${this.options.timeoutMs} ms and was stopped.`);
      }
      const reason = (error as Error).message;
      if (/queue/i.test(reason)) throw new JobUnavailableError(`The server is busy with other heavy work (${this.options.queue} waiting).`);
      // A worker that ran out of memory or died takes only its job with it.
      throw new JobUnavailableError(`This ${describe(job.type)} could not finish: ${reason}`);
    }
    if (!outcome.ok) throw reviveJobError(outcome.error);
    return outcome.value;
  };

  /**
   * Merges a room's stored updates on a worker thread, for compaction: the
   * server's own upkeep, so no size limit, but the same time limit (a
   * compaction that fails is tried again later).
   */
  readonly merge: UpdateMerger = async (updates) => {
    // A small log merges in a few milliseconds here: cheaper than a trip to a thread, and never left
    // waiting behind heavy jobs or a busy machine (the threads run at a lower priority).
    if (updates.reduce((total, update) => total + update.byteLength, 0) <= inlineMergeBytes) return mergeInline(updates);
    try {
      return (await this.pool.run(updates, { name: 'merge', signal: AbortSignal.timeout(this.options.timeoutMs) })) as MergedUpdates;
    } catch (error) {
      throw new JobUnavailableError(`Merging ${updates.length} updates could not finish: ${(error as Error).message}`);
    }
  };

  /** Stops every thread; jobs still running fail. */
  async close(): Promise<void> {
    await this.pool.close({ force: true });
  }
}

function describe(type: JobType): string {
  switch (type) {
    case 'export':
      return 'export';
    case 'importArticle':
    case 'importFile':
    case 'importFactmark':
      return 'import';
    case 'placeAnnotations':
      return 'annotation import';
    case 'compare':
      return 'comparison';
    case 'scores':
      return 'scoring';
    case 'agreement':
      return 'agreement';
    case 'publish':
      return 'public page';
    case 'corpusPart':
      return 'corpus export';
    case 'searchExtract':
      return 'search indexing';
    case 'importPage':
      return 'page import';
    case 'carryMarks':
      return 'new version';
    case 'parseJson':
      return 'request body';
  }
}
