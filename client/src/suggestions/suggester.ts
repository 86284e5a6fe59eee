import { suggestMarks, type Suggestion } from '../../../shared/suggest/index.js';

/** What the page asks the suggestion worker: the suggestions for an article's text. */
export interface SuggestionRequest {
  id: number;
  text: string;
}

/** What the worker answers: the suggestions, or why it could not make them. */
export type SuggestionAnswer = { id: number; suggestions: Suggestion[] } | { id: number; error: string };

/**
 * Computes an article's suggestions in a Web Worker, so the page's main
 * thread (and with it typing) never waits for them; where a worker cannot be
 * started, or fails, they are computed on the page instead. Only the newest
 * request is answered: an older one still running resolves to null. The last
 * answer is kept with its text, so accepting a suggestion does not read the
 * article again.
 */
export class Suggester {
  private worker: Worker | null | undefined;
  private nextId = 0;
  private waiting: { id: number; text: string; resolve: (suggestions: Suggestion[] | null) => void } | null = null;
  private last: { text: string; suggestions: Suggestion[] } | null = null;

  /** The suggestions for `text`, or null when a newer request overtook this one. */
  suggest(text: string): Promise<Suggestion[] | null> {
    if (this.last?.text === text) return Promise.resolve(this.last.suggestions);
    this.waiting?.resolve(null);
    const worker = this.start();
    if (worker === null) return Promise.resolve(this.onPage(text));
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting = { id, text, resolve };
      worker.postMessage({ id, text } satisfies SuggestionRequest);
    });
  }

  /** The suggestions for `text` now: the last answer if it was for this text, else computed on the page. */
  suggestNow(text: string): Suggestion[] {
    return this.last?.text === text ? this.last.suggestions : this.onPage(text);
  }

  /** Stops the worker; a request still running resolves to null. */
  destroy(): void {
    this.waiting?.resolve(null);
    this.waiting = null;
    this.worker?.terminate();
    // Started again if asked again.
    this.worker = undefined;
  }

  private onPage(text: string): Suggestion[] {
    const suggestions = suggestMarks(text);
    this.last = { text, suggestions };
    return suggestions;
  }

  /** The worker, started on first use; null where workers are not available or this one failed. */
  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    if (typeof Worker === 'undefined') return (this.worker = null);
    try {
      const worker = new Worker(new URL('./suggestionWorker.ts', import.meta.url), { type: 'module', name: 'suggestions' });
      worker.addEventListener('message', (event: MessageEvent<SuggestionAnswer>) => this.answered(event.data));
      worker.addEventListener('error', (event) => this.failed(`${event.message} (${event.filename}:${event.lineno})`));
      this.worker = worker;
    } catch (error) {
      reportError(new Error(`Suggestions are computed on the page: their worker could not start: ${(error as Error).message}`));
      this.worker = null;
    }
    return this.worker;
  }

  private answered(answer: SuggestionAnswer): void {
    const waiting = this.waiting;
    if (waiting === null || waiting.id !== answer.id) return;
    this.waiting = null;
    if ('error' in answer) {
      // The rules failed on this text: the page would fail the same way, so the last suggestions stay drawn.
      reportError(new Error(`The suggestion worker failed on an article of ${waiting.text.length} characters: ${answer.error}`));
      waiting.resolve(null);
      return;
    }
    this.last = { text: waiting.text, suggestions: answer.suggestions };
    waiting.resolve(answer.suggestions);
  }

  /** A worker that cannot run (its script failed to load): the page computes from now on. */
  private failed(detail: string): void {
    reportError(new Error(`Suggestions are computed on the page from now on: their worker failed: ${detail}`));
    this.worker?.terminate();
    this.worker = null;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting !== null) waiting.resolve(this.onPage(waiting.text));
  }
}
