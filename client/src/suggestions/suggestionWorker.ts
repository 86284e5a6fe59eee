/**
 * The worker that reads an article for suggestions (`suggestMarks`) off the
 * page's main thread, so a long article's suggestions never hold up typing.
 * It answers each `SuggestionRequest` with a `SuggestionAnswer` of the same
 * id. Its paragraph cache lives here, so after an edit only the edited
 * paragraph is read again.
 */
import { suggestMarks } from '../../../shared/suggest/index.js';
import type { SuggestionAnswer, SuggestionRequest } from './suggester.js';

addEventListener('message', (event: MessageEvent<SuggestionRequest>) => {
  const { id, text } = event.data;
  let answer: SuggestionAnswer;
  try {
    answer = { id, suggestions: suggestMarks(text) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  postMessage(answer);
});
