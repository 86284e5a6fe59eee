import { describe, expect, it } from 'vitest';
import { changedFigures, findFigures, type Figure } from '../../../../shared/index.js';

const figuresOf = (text: string): [string, string][] =>
  findFigures(text, { start: 0, end: text.length }).map((figure) => [figure.kind, figure.text]);

describe('numbers, dates and time expressions', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'votes and percentages',
      'The council voted 7-2; 40 percent, 45% and 12 per cent.',
      [
        ['number', '7-2'],
        ['number', '40 percent'],
        ['number', '45%'],
        ['number', '12 per cent'],
      ],
    ],
    [
      'money and thousands',
      'It costs $2.4 million and carries 3,500 people.',
      [
        ['number', '$2.4 million'],
        ['number', '3,500 people'],
      ],
    ],
    [
      'numbers with units',
      'every 15 minutes for 3 years over 2.5 miles',
      [
        ['number', '15 minutes'],
        ['number', '3 years'],
        ['number', '2.5 miles'],
      ],
    ],
    [
      'clock times',
      'between 6 a.m. and 9 p.m., or 10:30 am, or noon',
      [
        ['time', '6 a.m.'],
        ['time', '9 p.m.'],
        ['time', '10:30 am'],
        ['time', 'noon'],
      ],
    ],
    [
      'dates',
      'on March 3, on 4 April 2025, on Sept. 12, 2024, in January and on Tuesday',
      [
        ['date', 'March 3'],
        ['date', '4 April 2025'],
        ['date', 'Sept. 12, 2024'],
        ['date', 'January'],
        ['date', 'Tuesday'],
      ],
    ],
    [
      'relative time',
      'Yesterday, last year, this morning and two weeks ago',
      [
        ['time', 'Yesterday'],
        ['time', 'last year'],
        ['time', 'this morning'],
        ['time', 'two weeks ago'],
      ],
    ],
    ['no figures in words, names or a verb "may"', 'The B52 crew may land in Riverton.', []],
    ['years', 'It opened in 1987.', [['number', '1987']]],
  ])('%s', (_name, text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  it('reports figures one side has and the other not, counting repeats', () => {
    const figures = (text: string): Figure[] => findFigures(text, { start: 0, end: text.length });
    const changed = changedFigures(figures('45% on March 3, 45% again at 9 p.m.'), figures('45 percent on March 10 at 9 p.m.'));
    expect(changed.a.map((figure) => figure.text)).toEqual(['March 3', '45%']);
    expect(changed.b.map((figure) => figure.text)).toEqual(['March 10']);
  });
});
