import { describe, expect, it } from 'vitest';
import { wordsBetween } from '../../../shared/anchor/textMap.js';
import { TextMap, toText } from '../../../shared/index.js';
import { br, doc, h, li, p, quote, ul } from '../../support/builders.js';

describe('TextMap', () => {
  const article = doc(h(1, 'Title'), p('One', br(), 'two'), quote(p('Quoted')), ul(li(p('Item'))));
  const map = TextMap.of(article);

  it('gives the text export', () => {
    expect(map.text).toBe('Title\n\nOne\ntwo\n\nQuoted\n\nItem');
    expect(map.text).toBe(toText(article));
  });

  it('maps every character offset to the position of that character and back', () => {
    for (let offset = 0; offset < map.text.length; offset++) {
      const character = map.text[offset];
      if (character === '\n' && map.text[offset + 1] === '\n') continue;
      if (character === '\n' && map.text[offset - 1] === '\n') continue;
      const pos = map.posAt(offset);
      const found = character === '\n' ? article.nodeAt(pos)?.type.name : article.textBetween(pos, pos + 1);
      expect(found).toBe(character === '\n' ? 'hard_break' : character);
      expect(map.offsetAt(pos)).toBe(offset);
    }
  });

  it('maps a block separator to the end of the block before or the start of the one after', () => {
    const separator = map.text.indexOf('\n\n');
    expect(map.posAt(separator, -1)).toBe(6);
    expect(map.posAt(separator, 1)).toBe(8);
  });

  it('gives the words between any two positions in text as the text export has them there', () => {
    const inText: number[] = [];
    for (let pos = 0; pos <= article.content.size; pos++) if (article.resolve(pos).parent.inlineContent) inText.push(pos);
    for (const from of inText)
      for (const to of inText.filter((pos) => pos >= from))
        expect(wordsBetween(article, from, to), `${from}–${to}`).toBe(map.text.slice(map.offsetAt(from), map.offsetAt(to)));
  });
});
