import type { SpeakerComparison, SpeakerMention } from '../../../shared/compare/speakers.js';

/** How a version names a speaker: name, and title as written. */
export function written(mention: SpeakerMention | null): string {
  if (mention === null) return 'not named';
  return mention.role === '' ? mention.name : `${mention.name}, “${mention.role}”`;
}

/** A flag where the versions name a speaker, or give their title, differently. */
export function SpeakerFlag({ speakers }: { speakers: SpeakerComparison | null }) {
  if (speakers === null || speakers.differs.length === 0) return null;
  return (
    <div className="cmp-note cmp-flag">
      ⚑ {speakers.differs.includes('name') ? 'Speaker differs' : 'Title differs'}: A {written(speakers.a)} · B {written(speakers.b)}
    </div>
  );
}
