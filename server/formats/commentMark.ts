import {
  isSourceType,
  kindLabels,
  safeUrl,
  verdictLabels,
  type AnnotationKind,
  type EvidenceLink,
  type SourceType,
  type Speaker,
  type Verdict,
} from '../../shared/index.js';

/** What a Word comment says about the mark it becomes. */
export interface CommentMark {
  kind: AnnotationKind;
  verdict: Verdict;
  /** A claim's public summary (a ClaimReview's `reviewBody`). */
  summary: string;
  note: string;
  speaker: Speaker;
  sourceType: SourceType;
  evidence: EvidenceLink[];
  /** The numbers of the marks it attributes or denies ("mark 3"), as a factmark export numbers them. */
  linked: number[];
}

const kindsByLabel = new Map(Object.entries(kindLabels).map(([kind, label]) => [label, kind as AnnotationKind]));
const verdictsByLabel = new Map(Object.entries(verdictLabels).map(([verdict, label]) => [label, verdict as Verdict]));

/**
 * Reads a Word comment as a mark. A comment a factmark export wrote ("Claim ·
 * False", then the speaker, summary, note, links and evidence, a line each) gives back
 * its kind and fields; any other comment (an editor's "source?") is a claim
 * to check with the comment as its note.
 */
export function markFromComment(text: string): CommentMark {
  const mark: CommentMark = {
    kind: 'claim',
    verdict: 'unverified',
    summary: '',
    note: text.trim(),
    speaker: { name: '', role: '' },
    sourceType: 'named',
    evidence: [],
    linked: [],
  };
  const [first = '', ...rest] = text.split('\n');
  const heading = /^(\p{L}+)(?: · (.+))?$/u.exec(first.trim());
  const kind = heading === null ? undefined : kindsByLabel.get(heading[1] ?? '');
  const verdict = heading?.[2] === undefined ? 'unverified' : verdictsByLabel.get(heading[2]);
  // Not a heading of ours: the whole comment is the note.
  if (kind === undefined || verdict === undefined || (kind !== 'claim' && heading?.[2] !== undefined)) return mark;
  const note: string[] = [];
  for (const line of rest) {
    const speaker = kind === 'attribution' ? /^Speaker: (.+?)(?:, (.+))? \((\w+)\)$/u.exec(line) : null;
    const links = /^(?:Attributes|Denies): (mark \d+(?:, mark \d+)*)$/u.exec(line);
    const evidence = /^Evidence: (?:(.+) — )?(\S+)$/u.exec(line);
    const summary = kind === 'claim' ? /^Summary: (.+)$/u.exec(line) : null;
    if (speaker !== null && isSourceType(speaker[3])) {
      mark.speaker = { name: speaker[1] ?? '', role: speaker[2] ?? '' };
      mark.sourceType = speaker[3];
    } else if (summary !== null) mark.summary = summary[1] ?? '';
    else if (links !== null) mark.linked = (links[1] ?? '').split(', ').map((item) => Number(item.slice('mark '.length)));
    else if (evidence !== null && safeUrl(evidence[2] ?? '') !== null)
      mark.evidence.push({ url: evidence[2] ?? '', title: evidence[1] ?? '' });
    else if (line !== 'Its words are no longer in the article.') note.push(line);
  }
  return { ...mark, kind, verdict, note: note.join('\n').trim() };
}
