import { describe, expect, it } from 'vitest';
import { toText } from '../../../shared/index.js';
import { br, doc, h, hr, li, p, quote, strong, ul } from '../../support/builders.js';

describe('toText', () => {
  it('joins textblocks with a blank line, at any depth', () => {
    const article = doc(h(1, 'Title'), p('One ', strong('two')), quote(p('Quoted'), p('Still')), ul(li(p('Item'))), hr(), p('End'));
    expect(toText(article)).toBe('Title\n\nOne two\n\nQuoted\n\nStill\n\nItem\n\nEnd');
  });

  it('writes hard breaks as a newline', () => {
    expect(toText(doc(p('a', br(), 'b')))).toBe('a\nb');
  });
});
