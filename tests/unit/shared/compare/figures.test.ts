import { describe, expect, it } from 'vitest';
import { compareFigures, figureKey, findFigures, ordinalCounts, type PlacedFigure } from '../../../../shared/index.js';

const figuresOf = (text: string): [string, string][] =>
  findFigures(text, { start: 0, end: text.length }).map((figure) => [figure.kind, figure.text]);

/** The figures of a text, placed in one sentence of its version (the first by default). */
const placed = (text: string, sentence = 0): PlacedFigure[] =>
  findFigures(text, { start: 0, end: text.length }).map((figure) => ({ ...figure, sentence }));

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
    [
      'a proportion only as how much something changed by, not who did it or when',
      'The site was hacked by a third party by half-time, after a second blast and then by a third.',
      [],
    ],
    ['no ordinal in digits: a century or a floor is named, not counted', 'A cup from the 6th century on the 3rd floor.', []],
    ['month names only as whole words', 'Marovia and Marchetti met in Mayfield; they may meet in May.', [['date', 'May']]],
    [
      'numbers written as words, "one" left out',
      'Eleven boats, twenty-five crew and one captain in fourteen days',
      [
        ['number', 'Eleven'],
        ['number', 'twenty-five'],
        ['number', 'fourteen days'],
      ],
    ],
  ])('%s', (_name, text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  it.each([
    ['11', 'eleven'],
    ['4%', '4 percent'],
    ['4 per cent', '4%'],
    ['50 pct of the bookings', 'half of the bookings'],
    ['burned down half the checkpoint', 'burned down half of the checkpoint'],
    ['fell by about a tenth', 'fell by about 10 per cent'],
    ['were cheaper by about a fifth', 'were cheaper by about 20 percent'],
    ['was cut by half', 'was cut by 50%'],
    ['Nov 12', 'November 12'],
    ['March 3', '3 March'],
    ['14th December, 2035', 'December 14, 2035'],
    ['38 km', '38 kilometres'],
    ['Sh2.4 billion', 'KSh 2,400 million'],
    ['Ush4.5 million', 'Shs4.5 million'],
    ['Dh250', 'AED250'],
    ['QR3.1 million', 'QR3.1mn'],
    ['flight QR 701', 'flight 701'],
    // A paper's initials are no dirhams: "told DH 48 hours before"; Moroccan dirhams with an amount written as money are.
    ['told DH 48 hours before the deadline', 'told this newspaper 48 hours before the deadline'],
    ['DH 2,800', '2,800 dirhams'],
    ['a fine of Dh 3,000', 'a fine of 3,000 dirhams'],
    ['Rs 400', '400 rupees'],
    ['R$3 billion', '3 billion reais'],
    ['half a million views', '500,000 views'],
    ["a fortnight's notice", "two weeks' notice"],
    ['6 a.m.', '6am'],
    // The half of the day said once, after a range's end: "from 6 to 10 a.m.".
    ['from 6 to 10 a.m.', 'from 6 a.m. to 10 a.m.'],
    ['Fridays', 'Friday'],
    ['3,500', '3500'],
    ['4.2 billion', '4,200 million'],
    ['a fee of 8 euros', 'a fee of €8'],
    ['a 12-hour shift', 'a shift of 12 hours'],
    ['three hundred seats', '300 seats'],
    ['112 pieces', 'one hundred and twelve pieces'],
    ['one in five nursing posts', '20% of nursing posts'],
    ['three districts', '3 districts'],
    ['by half a percentage point', 'by 0.5 percentage points'],
    ['by 50 basis points', 'by 0.5 percentage points'],
    ['rose 0.5 pct pts', 'rose 0.5 percentage points'],
    ['1.4 billion tarrels', '1.4 bln tarrels'],
    ['$3 billion', '$3bn'],
    ['20 million', '20 mln'],
    // "m" on the digits before a plural is a million: a length takes a singular ("a 62m tower").
    ['62 million crennas', '62m crennas'],
    ['3 million people', '3m people'],
    ['71 percent', 'seventy-one percent'],
    ['in a decade', 'in ten years'],
    ['two decades', '20 years'],
    ['for six weeks', 'for 42 days'],
    ['within 48 hours', 'within two days'],
    ['18 months after', 'a year and a half after'],
    ['24 months', 'two years'],
    ['six months', 'half a year'],
    ['a fifth of the water', '20% of the water'],
    ['two fifths of the water', '40 percent of the water'],
    ['repaired four years ago', 'repaired 4 years ago'],
    ['voted 31 votes to 24', 'voted 31-24'],
    ['voted 27 to 18', 'voted 27-18'],
    ['within 60 days', 'within two months'],
    ['for eight months in a row', 'for eight consecutive months'],
    ['a year ago', 'one year ago'],
  ])('reads “%s” and “%s” as one value', (a, b) => {
    const [figureA] = findFigures(a, { start: 0, end: a.length });
    const [figureB] = findFigures(b, { start: 0, end: b.length });
    expect(figureA && figureB && figureKey(figureA)).toBe(figureB && figureKey(figureB));
  });

  it('reads "half the" before a thing as a proportion, and an idiom with it as none', () => {
    expect(figuresOf('The fire would have burned down half the checkpoint.')).toEqual([['number', 'half']]);
    for (const text of [
      'Getting the money is half the battle.',
      'The figures tell only half the story.',
      'Her family lives half the world away.',
    ])
      expect(figuresOf(text)).toEqual([]);
  });

  it("reads a count after a day-first date and a comma as a count, not as the date's year", () => {
    const textA = 'On 30 June, 5000 workers were laid off.';
    const textB = 'On 30 June, 6000 workers were laid off.';
    const result = compareFigures(placed(textA), placed(textB), [{ a: 0, b: 0 }]);
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['5000 workers', '6000 workers']]);
  });

  it('reads "m" on the digits as metres before a singular or after "the"', () => {
    for (const text of ['a 62m tower', 'the 400m hurdles', 'new 10m boards', 'turbines with 80m blades']) {
      const [figure] = findFigures(text, { start: 0, end: text.length });
      expect(figure && figureKey(figure)).not.toBe(figureKey({ kind: 'number', text: '62 million' }));
      expect(figure?.text).not.toMatch(/m$/u);
    }
  });

  it('counts a value the other version gives as an ordinal as given: "eight defeats in a row" against "an eighth straight defeat"', () => {
    const textA = 'The club sacked its coach after an eighth straight defeat.';
    const textB = 'The club sacked its coach after eight defeats in a row.';
    const ordinals = ordinalCounts(textA, { start: 0, end: textA.length });
    expect(ordinals.map((figure) => figureKey(figure))).toEqual(['number:8']);
    expect(compareFigures(placed(textA), placed(textB), [{ a: 0, b: 0 }], { a: ordinals, b: [] }).onlyB).toEqual([]);
    expect(compareFigures(placed(textA), placed(textB), [{ a: 0, b: 0 }]).onlyB.map((figure) => figure.text)).toEqual(['eight']);
  });

  it('reads one quantity given in two units of one measure as one value, and a real change across units as a change', () => {
    const converted = compareFigures(
      placed('The barge spilled about 90,000 gallons of diesel into a slick 14 kilometers long.'),
      placed('The barge spilled some 340,000 liters of diesel into a slick nine miles long.'),
      [{ a: 0, b: 0 }],
    );
    expect([...converted.changes, ...converted.onlyA, ...converted.onlyB]).toEqual([]);
    const changed = compareFigures(
      placed('The barge spilled about 90,000 gallons of diesel.'),
      placed('The barge spilled some 500,000 litres of diesel.'),
      [{ a: 0, b: 0 }],
    );
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['90,000 gallons', '500,000 litres']]);
    expect(figureKey({ kind: 'number', text: '340,000 litres' })).toBe(figureKey({ kind: 'number', text: '340,000 liters' }));
    // Centimetres and millimetres are lengths too, and a short unit may sit on the digits.
    const centimetres = compareFigures(
      placed('The river rose by 1.4 metres overnight, and the car was doing 184km/h.'),
      placed('The river rose by 140 centimetres overnight, and the car was doing 184 km/h.'),
      [{ a: 0, b: 0 }],
    );
    expect([...centimetres.changes, ...centimetres.onlyA, ...centimetres.onlyB]).toEqual([]);
  });

  it('reads a currency code written before the amount as the currency written out after it', () => {
    const euros = compareFigures(placed('The thieves took about 86,000 euros.'), placed('The thieves took about EUR 68,000.'), [
      { a: 0, b: 0 },
    ]);
    expect(euros.changes.map((change) => [change.a.text, change.b.text])).toEqual([['86,000 euros', 'EUR 68,000']]);
    expect(figureKey({ kind: 'number', text: 'EUR 68,000' })).toBe(figureKey({ kind: 'number', text: '68,000 euros' }));
    expect(figureKey({ kind: 'number', text: 'VND52,000' })).toBe(figureKey({ kind: 'number', text: '52,000 dong' }));
    // Any country's letters before a dollar sign: "FJ$", "T$", "Q$".
    const dollars = compareFigures(
      placed('Removing it would cost the Treasury Q$22 million a year.'),
      placed('Removing it would cost the Treasury Q$26 million a year.'),
      [{ a: 0, b: 0 }],
    );
    expect(dollars.changes.map((change) => [change.a.text, change.b.text])).toEqual([['Q$22 million', 'Q$26 million']]);
    // …but not the letters of a currency a dollar sign stands in for: Dominican pesos, patacas.
    expect(figureKey({ kind: 'number', text: 'RD$5,000' })).toBe(figureKey({ kind: 'number', text: '5,000 pesos' }));
    expect(figureKey({ kind: 'number', text: 'MOP$500' })).not.toBe(figureKey({ kind: 'number', text: 'HK$500' }));
    // A currency's sign beside the currency written out is one currency: the amount changed.
    const signed = compareFigures(placed('The firm paid EUR 68,000 in fines.'), placed('The firm paid €86,000 in fines.'), [
      { a: 0, b: 0 },
    ]);
    expect(signed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['EUR 68,000', '€86,000']]);
  });

  it('reads a unit that is also a capitalised word only where it is one, and a range with a unit by both its ends', () => {
    expect(figuresOf('In 2014 CM Chandrababu Naidu laid the stone. By 2025 Dong Nai will host 40 parks.')).toEqual([
      ['number', '2014'],
      ['number', '2025'],
      ['number', '40'],
    ]);
    expect(figureKey({ kind: 'number', text: '52,000 dong' })).toBe(figureKey({ kind: 'number', text: 'VND52,000' }));
    expect(figuresOf('Rainfall averages 1800mm, and the coins were worth 500 dong each.')).toEqual([
      ['number', '1800mm'],
      ['number', '500 dong'],
    ]);
    // A range of money whose end changed is a change.
    const fund = compareFigures(placed('The fund raised $5-10 million.'), placed('The fund raised $5-15 million.'), [{ a: 0, b: 0 }]);
    expect(fund.changes.map((change) => [change.a.text, change.b.text])).toEqual([['$5-10 million', '$5-15 million']]);
    expect(figuresOf('Tickets cost 520,000 Dong for a family.')).toEqual([['number', '520,000 Dong']]);
    const rain = compareFigures(placed('Forecasters expect 50-100mm of rain.'), placed('Forecasters expect 50-150mm of rain.'), [
      { a: 0, b: 0 },
    ]);
    expect(rain.changes.map((change) => [change.a.text, change.b.text])).toEqual([['50-100mm', '50-150mm']]);
  });

  it('reads a year something happened in and a year something has gone on since as two details, not one changed', () => {
    const result = compareFigures(
      placed('Ellsworth, 61, was first elected in 2028 and represents two counties.'),
      placed('Ellsworth, 61, represents two counties and has chaired the committee since 2033.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes).toEqual([]);
    expect([...result.onlyA, ...result.onlyB].map((figure) => figure.text)).toEqual(['2028', '2033']);
    const changed = compareFigures(placed('The bridge opened in 2028.'), placed('The bridge opened in 2029.'), [{ a: 0, b: 0 }]);
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['2028', '2029']]);
  });

  it('reads a speed in miles per hour or "mph", kilometres or "km/h", and quarters as months, as one value however written', () => {
    const same = compareFigures(
      placed('Winds reached 115 mph, about 185 km/h, and rates were waived for two quarters.'),
      placed('Winds reached 115 miles per hour, about 185 kilometres per hour, and rates were waived for six months.'),
      [{ a: 0, b: 0 }],
    );
    expect([...same.changes, ...same.onlyA, ...same.onlyB]).toEqual([]);
    const changed = compareFigures(placed('Winds reached 115 mph.'), placed('Winds reached 130 miles per hour.'), [{ a: 0, b: 0 }]);
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['115 mph', '130 miles per hour']]);
    const swapped = compareFigures(
      placed('The storm was 120 miles wide with winds of 150 mph.'),
      placed('The storm was 150 miles wide with winds of 120 mph.'),
      [{ a: 0, b: 0 }],
    );
    expect(swapped.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['120 miles', '150 miles'],
      ['150 mph', '120 mph'],
    ]);
    const housing = compareFigures(placed('The state built 200 quarters for police.'), placed('The state built 200 flats for police.'), [
      { a: 0, b: 0 },
    ]);
    expect([...housing.changes, ...housing.onlyA, ...housing.onlyB]).toEqual([]);
  });

  it('pairs a changed figure with one of its own unit in the paired sentence, not the first that could be one', () => {
    const result = compareFigures(
      placed('Cawlsby Primary, four miles away, will take in the school, which has 48 pupils.'),
      placed('The school, which has 46 pupils, will merge with Cawlsby Primary, six miles away.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['four miles', 'six miles'],
      ['48', '46'],
    ]);
  });

  it('reads money and a bare count as two things: no change from one to the other', () => {
    const result = compareFigures(
      placed('Police recovered Sh300,000 and 12 phones from the house.'),
      placed('Police recovered 15 phones from the house.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['12', '15']]);
    expect(result.onlyA.map((figure) => figure.text)).toEqual(['Sh300,000']);
    // …nor is an amount with its currency's sign, whatever word follows it, an age the other version adds.
    const signed = compareFigures(
      placed('Police arrested 23 people and seized HK$1.2 million in cash.'),
      placed('Police arrested 26 people, aged between 19 and 63, and seized HK$1.4 million in cash.'),
      [{ a: 0, b: 0 }],
    );
    expect(signed.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['23 people', '26 people'],
      ['HK$1.2 million', 'HK$1.4 million'],
    ]);
    // …though a sum written without its sign may be the same money: "HK$1.2 million" became "1.5 million".
    const unsigned = compareFigures(
      placed('The man stole HK$1.2 million from the bank.'),
      placed('The man stole 1.5 million Hong Kong dollars from the bank.'),
      [{ a: 0, b: 0 }],
    );
    expect(unsigned.changes.map((change) => [change.a.text, change.b.text])).toEqual([['HK$1.2 million', '1.5 million']]);
    // …but counts pair with counts first: the doses changed, and the money is a detail left out.
    const doses = compareFigures(
      placed('The US pledged $5 million and 3 million doses of vaccine to Malawi on Friday.'),
      placed('The US pledged 4 million doses of vaccine to Malawi on Friday.'),
      [{ a: 0, b: 0 }],
    );
    expect(doses.changes.map((change) => [change.a.text, change.b.text])).toEqual([['3 million', '4 million']]);
    // …and amounts of one scale before money of another: the fee changed, the wage is new.
    const fee = compareFigures(
      placed('The club paid £50 million for the striker, who scored 20 goals last season.'),
      placed('The club paid 55 million for the striker, who scored 20 goals last season and earns £200,000 a week.'),
      [{ a: 0, b: 0 }],
    );
    expect(fee.changes.map((change) => [change.a.text, change.b.text])).toEqual([['£50 million', '55 million']]);
    // …and money for money, counts for counts, where both are of one scale.
    const raised = compareFigures(
      placed('The company raised $40 million from 3 million shareholders.'),
      placed('The company raised $45 million from 3.5 million shareholders.'),
      [{ a: 0, b: 0 }],
    );
    expect(raised.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['$40 million', '$45 million'],
      ['3 million', '3.5 million'],
    ]);
  });

  it('reads a tally and the two counts the other version writes out as one, a detail of neither side', () => {
    const result = compareFigures(
      placed('The measure passed by 23 votes to 12 after a long debate.'),
      placed('The measure passed 23-12 after a debate lasting hours.'),
      [],
    );
    expect([...result.changes, ...result.onlyA, ...result.onlyB]).toEqual([]);
    const changed = compareFigures(placed('The measure passed by 23 votes to 12.'), placed('The measure passed 24-11.'), []);
    expect(changed.onlyB.map((figure) => figure.text)).toEqual(['24-11']);
  });

  it('takes a tally and its written-out counts as one before pairing the other figures of their sentences', () => {
    const result = compareFigures(
      placed('The prime minister survived the vote by 28 votes to 21, after three lawmakers from his own party voted with the opposition.'),
      placed('The prime minister survived the vote by 28-21, after four lawmakers from his own party voted with the opposition.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['three', 'four']]);
    expect([...result.onlyA, ...result.onlyB]).toEqual([]);
    // Only counts in the sentence paired with the tally's: "the 1 point" of another sentence is no count of "4-1".
    const score = compareFigures(
      placed('United won 3-1 at home.'),
      [...placed('United won 4-1 at home.'), ...placed('It was their first win in three matches, and the 1 point lifts them.', 1)],
      [{ a: 0, b: 0 }],
    );
    expect(score.changes.map((change) => [change.a.text, change.b.text])).toEqual([['3-1', '4-1']]);
  });

  it('reads "m" on the digits as millions at the end of a range in millions', () => {
    const result = compareFigures(
      placed('He said the cost had risen from 80 million ravakas to more than 140 million since work began.'),
      placed('He said the cost had risen from 85 million ravakas to more than 140m since the contract was signed.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['80 million', '85 million']]);
    // A length after a sum stays a length.
    const bridge = compareFigures(
      placed('The 20 million euro bridge is 140m long.'),
      placed('The 20 million euro bridge is 140 metres long.'),
      [{ a: 0, b: 0 }],
    );
    expect([...bridge.changes, ...bridge.onlyA, ...bridge.onlyB]).toEqual([]);
  });

  it('pairs a rate in sentences that do not pair, by what it counts in a time: "42,000 passengers a day" → "45,000 passengers a day"', () => {
    const result = compareFigures(
      placed(
        'The line, which carries about 42,000 passengers a day between the centre and the hillside district, will close. It left 64 passengers hanging.',
      ),
      placed(
        'It left 64 passengers hanging. The line, whose cabins carry about 45,000 passengers a day between the centre and the hillside district, is run by the city.',
        1,
      ),
      [],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['42,000', '45,000']]);
    expect([...result.onlyA, ...result.onlyB]).toEqual([]);
  });

  it('reads a month alone as given where the other version names a day of it, and as a detail where it names none', () => {
    const given = compareFigures(
      placed('The night train ends. It runs until Dec. 14.'),
      placed('The night train ends in December. It runs until December 14.'),
      [{ a: 1, b: 1 }],
    );
    expect([...given.changes, ...given.onlyA, ...given.onlyB]).toEqual([]);
    const other = compareFigures(placed('The service ends on Nov. 14.'), placed('The service ends in December.'), []);
    expect(other.onlyB.map((figure) => figure.text)).toEqual(['December']);
  });

  it('lists a date one side alone gives, not the relative time the other says it with, and reads "between May" as a month', () => {
    const result = compareFigures(
      placed('The men were held since their trawler was seized on April 7. Rain between May and August was low.'),
      placed('The men were held since their trawler was seized last month. Rain from May to August was low.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.onlyA.map((figure) => figure.text)).toEqual(['April 7']);
    expect([...result.changes, ...result.onlyB]).toEqual([]);
    // A relative time left out with nothing in its place is a detail; "overnight" says how fast, not when.
    const dropped = compareFigures(placed('The plant will close next year.'), placed('The plant will close.'), [{ a: 0, b: 0 }]);
    expect(dropped.onlyA.map((figure) => figure.text)).toEqual(['next year']);
    const fast = compareFigures(placed('The river rose.'), placed('The river rose overnight.'), [{ a: 0, b: 0 }]);
    expect(fast.onlyB).toEqual([]);
  });

  it('reads when something will happen, counted from the day the story ran, as a relative time, and a span after a change as a span', () => {
    const result = compareFigures(
      placed('The exam will be held again on June 26 with a new paper.'),
      placed('The exam will be held again in two weeks with a new paper.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.onlyA.map((figure) => figure.text)).toEqual(['June 26']);
    expect([...result.changes, ...result.onlyB]).toEqual([]);
    const span = findFigures('Prices fell 5% in two weeks.', { start: 0, end: 28 });
    expect(span.map((figure) => figureKey(figure))).toEqual(['number:5%', 'number:14 day']);
    // A year and a half, and half a year, are spans of time, counted in days as months are.
    const keys = (text: string) => findFigures(text, { start: 0, end: text.length }).map((figure) => figureKey(figure));
    expect(keys('He left a year and a half after he was elected, half a year before the vote.')).toEqual([
      'number:540 day',
      'number:180 day',
    ]);
  });

  it('shows a proportion changed into another, and a span of weeks changed into days', () => {
    const result = compareFigures(
      placed('Leaks wasted about a fifth of the water, and the crew was held for six weeks.'),
      placed('Leaks wasted about a quarter of the water, and the crew was held for 40 days.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['a fifth', 'a quarter'],
      ['six weeks', '40 days'],
    ]);
    expect([...result.onlyA, ...result.onlyB]).toEqual([]);
  });

  it('reads a year written alone as a year however long ago, never a count changed into another', () => {
    const a = placed('Dunhollow, founded in 1794, employs about 2,300 people at four breweries.');
    const b = placed('Dunhollow employs some 2,300 people at three breweries.');
    const { changes, onlyA, onlyB } = compareFigures(a, b, [{ a: 0, b: 0 }]);
    expect(changes.map((change) => [change.a.text, change.b.text])).toEqual([['four', 'three']]);
    expect(onlyA.map((figure) => figure.text)).toEqual(['1794']);
    expect(onlyB).toEqual([]);
    expect(figureKey({ kind: 'number', text: '1794' })).toBe('year:1794');
  });

  it('keeps a changed value apart from a value one side alone gives', () => {
    const a = [...placed('About 180,000 people left three districts on Monday.', 0), ...placed('The last fire was in 2017.', 1)];
    const b = placed('About 200,000 people left four districts, 30 percent of the region.', 0);
    const result = compareFigures(a, b, [{ a: 0, b: 0 }]);
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['180,000 people', '200,000 people'],
      ['three', 'four'],
    ]);
    expect(result.onlyA.map((figure) => figure.text)).toEqual(['Monday', '2017']);
    expect(result.onlyB.map((figure) => figure.text)).toEqual(['30 percent']);
  });

  it('tells a number of one thing from the same number of another, and reads a proportion as a percentage', () => {
    const result = compareFigures(
      placed('Two ferries were cancelled after winds rose by six metres a second, with half of the crossings counted.'),
      placed('Six ferries were cancelled after winds rose by eight metres a second, with 70% of the crossings counted.'),
      [{ a: 0, b: 0 }],
    );
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['Two', 'Six'],
      ['six metres', 'eight metres'],
      ['half', '70%'],
    ]);
    expect([result.onlyA, result.onlyB]).toEqual([[], []]);
  });

  it('counts a value given elsewhere (in a quotation one version alone gives) as given, without listing it', () => {
    const quoted = findFigures('"We warned them in January," he said.', { start: 0, end: 36 });
    const result = compareFigures([], placed('The union wrote to the company in January.', 0), [], { a: quoted, b: [] });
    expect([result.onlyA, result.onlyB, result.changes]).toEqual([[], [], []]);
  });

  it('reads a year or a span after "in" as no rate, and shows a change though a quotation one side alone gives repeats the old value', () => {
    expect(findFigures('55 in 2024 and 5 in 10 months', { start: 0, end: 29 }).map((figure) => figure.text)).toEqual([
      '55',
      '2024',
      '5',
      '10 months',
    ]);
    const quoted = findFigures('"I saw 12 people swept away," she said.', { start: 0, end: 39 });
    const result = compareFigures(placed('The storm killed 12 people.', 0), placed('The storm killed 14 people.', 0), [{ a: 0, b: 0 }], {
      a: [],
      b: quoted,
    });
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['12 people', '14 people']]);
  });

  it('shows a value written again on one side (a headline repeating it) once, with its change', () => {
    const a = [...placed('Storm cuts power to 40,000 homes', 0), ...placed('The storm cut power to 40,000 homes.', 1)];
    const b = [...placed('Storm cuts power to thousands', 0), ...placed('The storm cut power to 52,000 homes.', 1)];
    const result = compareFigures(a, b, [{ a: 1, b: 1 }]);
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['40,000', '52,000']]);
    expect(result.onlyA).toEqual([]);
  });

  it('shows a change between two shares both in digits, however close, and a value changed though the other version gives it elsewhere', () => {
    const a = [
      ...placed('Inflation reached 8.2 percent in May.', 0),
      ...placed('The lenn lost about 6 percent.', 1),
      ...placed('Growth was 6 percent.', 2),
    ];
    const b = [
      ...placed('Inflation reached 8.4 percent in May.', 0),
      ...placed('The lenn lost about 7 percent.', 1),
      ...placed('Growth was 6 percent.', 2),
    ];
    const result = compareFigures(a, b, [
      { a: 0, b: 0 },
      { a: 1, b: 1 },
      { a: 2, b: 2 },
    ]);
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['8.2 percent', '8.4 percent'],
      ['6 percent', '7 percent'],
    ]);
    expect([result.onlyA, result.onlyB]).toEqual([[], []]);
  });

  it('reads a value written once more on one side as repeated, not as changed into another figure of its sentence', () => {
    const a = [...placed('The bill passed by 52 votes to 48.', 0), ...placed('The 52 votes included three from the opposition.', 1)];
    const b = [...placed('The bill passed by 52 votes to 48.', 0), ...placed('The majority included three votes from the opposition.', 1)];
    const result = compareFigures(a, b, [
      { a: 0, b: 0 },
      { a: 1, b: 1 },
    ]);
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
  });

  it('never pairs figures of different classes: a year is not a weekday', () => {
    const a = findFigures('In 2014 it began.', { start: 0, end: 17 }).map((figure) => ({ ...figure, sentence: 0 }));
    const b = findFigures('On Monday it began.', { start: 0, end: 19 }).map((figure) => ({ ...figure, sentence: 0 }));
    const result = compareFigures(a, b, [{ a: 0, b: 0 }]);
    expect(result.changes).toEqual([]);
    expect([result.onlyA.length, result.onlyB.length]).toEqual([1, 1]);
  });

  it('pairs a date with the same date missing its year, a weekday with a relative day, and a third with 33%, without a flag', () => {
    const result = compareFigures(
      placed('The pier reopens on June 9, 2026, after a third of it was rebuilt, the council said yesterday.'),
      placed('The pier reopens on June 9 after 33% of it was rebuilt, the council said on Sunday.'),
      [{ a: 0, b: 0 }],
    );
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
  });

  it('reads a deadline of a month as 30 days, without a flag', () => {
    const result = compareFigures(
      placed('Zemafon must pay the fine within 30 days.'),
      placed('Zemafon must pay the fine within a month.'),
      [{ a: 0, b: 0 }],
    );
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
    // …and a month against three weeks as one deadline changed, not two details dropped.
    const changed = compareFigures(
      placed('Zemafon must pay the fine within a month.'),
      placed('Zemafon must pay the fine within 21 days.'),
      [{ a: 0, b: 0 }],
    );
    expect([changed.changes.length, changed.onlyA, changed.onlyB]).toEqual([1, [], []]);
  });

  it('reads a time on the 24-hour clock as its time, and a weekday before its date as no detail of its own', () => {
    const clock = compareFigures(placed('The fire started at 23:40 on Saturday.'), placed('The fire started at 11:40 p.m. on Saturday.'), [
      { a: 0, b: 0 },
    ]);
    expect([clock.changes, clock.onlyA, clock.onlyB]).toEqual([[], [], []]);
    const later = compareFigures(placed('The fire started at 23:40.'), placed('The fire started at 23:55.'), [{ a: 0, b: 0 }]);
    expect(later.changes.map((change) => [change.a.text, change.b.text])).toEqual([['23:40', '23:55']]);
    const weekday = compareFigures(placed('The walkout began on Monday, 3 March.'), placed('The walkout began on March 3.'), [
      { a: 0, b: 0 },
    ]);
    expect([weekday.changes, weekday.onlyA, weekday.onlyB]).toEqual([[], [], []]);
    // Not a score, a verse or a split, which say no time.
    const score = compareFigures(placed('Harrow beat Dorn 23:21 on Sunday.'), placed('Harrow beat Dorn 23-21 on Sunday.'), [
      { a: 0, b: 0 },
    ]);
    expect(score.onlyA.filter((figure) => figure.kind === 'time')).toEqual([]);
    // A weekday before a date that opens a clause of its own is the day something was said, a detail of its own.
    const holiday = compareFigures(
      placed('The ministry said on Tuesday, 12 May would be a holiday.'),
      placed('The ministry said 12 May would be a holiday.'),
      [{ a: 0, b: 0 }],
    );
    expect(holiday.onlyA.map((figure) => figure.text)).toEqual(['Tuesday']);
    // A weekday standing apart from the date is still a detail.
    const apart = compareFigures(placed('The walkout began on 3 March and ended on Monday.'), placed('The walkout began on March 3.'), [
      { a: 0, b: 0 },
    ]);
    expect(apart.onlyA.map((figure) => figure.text)).toEqual(['Monday']);
  });

  it('reads "on Wednesday" and "on April 23" in sentences that pair as one day, but a weekday dropped beside a dateline as a detail', () => {
    const swapped = compareFigures(
      placed('ALVARANDA, April 23 — Prosecutors on Wednesday charged five councillors.'),
      placed('ALVARANDA, April 23 — Prosecutors on April 23 charged five councillors.'),
      [{ a: 0, b: 0 }],
    );
    expect([swapped.onlyA, swapped.onlyB]).toEqual([[], []]);
    const dropped = compareFigures(
      placed('ALVARANDA, April 23 — Prosecutors on Wednesday charged five councillors.'),
      placed('ALVARANDA, April 23 — Prosecutors charged five councillors.'),
      [{ a: 0, b: 0 }],
    );
    expect(dropped.onlyA.map((figure) => figure.text)).toEqual(['Wednesday']);
    // The date a weekday stands for in the other version, within a week of the story's date, is no detail either.
    const since = compareFigures(
      placed('CHANTHAWONG, June 17 — Workers have occupied the factory since Monday.'),
      placed('CHANTHAWONG, 17 June 2025 — Workers have occupied the factory since June 16.'),
      [{ a: 0, b: 0 }],
    );
    expect([since.onlyA, since.onlyB]).toEqual([[], []]);
    const vote = compareFigures(
      placed('ARRASKETA, Nov 18 — The council will vote on Thursday.'),
      placed('ARRASKETA, Nov 18 — The council will vote on Nov. 20.'),
      [{ a: 0, b: 0 }],
    );
    expect([vote.onlyA, vote.onlyB]).toEqual([[], []]);
    // A date further off is another day: both are details of their own.
    const deadline = compareFigures(
      placed('HALVAST, Sept 30 — The prosecutor said on Monday it had opened an inquiry.'),
      placed('HALVAST, Sept 30 — The prosecutor asked for the invoices by Oct 14.'),
      [{ a: 0, b: 0 }],
    );
    expect([deadline.onlyA.map((figure) => figure.text), deadline.onlyB.map((figure) => figure.text)]).toEqual([['Monday'], ['Oct 14']]);
    const earlier = compareFigures(
      placed('BANGKOK, April 23 - Police arrested the suspect on Monday.'),
      placed('BANGKOK, April 23 - Police arrested the suspect on April 2.'),
      [{ a: 0, b: 0 }],
    );
    expect([earlier.onlyA.map((figure) => figure.text), earlier.onlyB.map((figure) => figure.text)]).toEqual([['Monday'], ['April 2']]);
    // Each weekday stands for one date at most: a second is still a detail.
    const two = compareFigures(
      placed('ROTTA, March 4 - The ship sank on Sunday, two days after leaving port on Friday.'),
      placed('ROTTA, March 4 - The ship sank on March 3, two days after leaving port.'),
      [{ a: 0, b: 0 }],
    );
    expect(two.onlyA.map((figure) => figure.text)).toEqual(['Friday']);
  });

  it('reads "a dozen" as 12 and "half a day" as 12 hours, without a flag', () => {
    const result = compareFigures(
      placed('Rain fell for 12 hours; rescuers searched for about 12 people and two dozen dogs.'),
      placed('Rain fell for half a day; rescuers searched for about a dozen people and 24 dogs.'),
      [{ a: 0, b: 0 }],
    );
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
    const changed = compareFigures(
      placed('Rescuers searched for about a dozen people.'),
      placed('Rescuers searched for about 15 people.'),
      [{ a: 0, b: 0 }],
    );
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['a dozen people', '15 people']]);
    const half = compareFigures(placed('Half a dozen soldiers were wounded.'), placed('Six soldiers were wounded.'), [{ a: 0, b: 0 }]);
    expect([half.changes, half.onlyA, half.onlyB]).toEqual([[], [], []]);
  });

  it('reads lakhs, crores, South Asian digit grouping and tonnes as kilograms, without a flag', () => {
    const result = compareFigures(
      placed('About 1.5 lakh people were moved; 1,20,000 kg of rice and 40 crore rupees were seized.'),
      placed('About 150,000 people were moved; 120 tonnes of rice and 400 million rupees were seized.'),
      [{ a: 0, b: 0 }],
    );
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
    const trillion = compareFigures(placed('The budget is 8.3 lakh crore rupees.'), placed('The budget is 8.3 trillion rupees.'), [
      { a: 0, b: 0 },
    ]);
    expect([trillion.changes, trillion.onlyA, trillion.onlyB]).toEqual([[], [], []]);
    const one = compareFigures(
      placed('About a lakh people were moved and a million rupees were paid.'),
      placed('About 100,000 people were moved and 1,000,000 rupees were paid.'),
      [{ a: 0, b: 0 }],
    );
    expect([one.changes, one.onlyA, one.onlyB]).toEqual([[], [], []]);
    const changed = compareFigures(placed('About 2.5 lakh people were moved.'), placed('About 150,000 people were moved.'), [
      { a: 0, b: 0 },
    ]);
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['2.5 lakh people', '150,000 people']]);
  });

  it('reads dollars with the letters of whose they are, ringgit and "mil" as one currency and scale each, without a flag', () => {
    const result = compareFigures(
      placed('Arrears were about S$1.9 million; buyers owed USD1.6 million and the council spent RM2.5 million.'),
      placed('Arrears were about $1.9 million; buyers owed US$1.6 million and the council spent RM2.5mil.'),
      [{ a: 0, b: 0 }],
    );
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
    expect(figuresOf('J$4.5 billion, TT$12 million and MYR300,000')).toEqual([
      ['number', 'J$4.5 billion'],
      ['number', 'TT$12 million'],
      ['number', 'MYR300,000'],
    ]);
    const billions = compareFigures(placed('The project cost RM1.2 billion.'), placed('The project cost RM1.2bil.'), [{ a: 0, b: 0 }]);
    expect([billions.changes, billions.onlyA, billions.onlyB]).toEqual([[], [], []]);
    // "Mil" is a scale only on digits: "Two Mil Mi-17 helicopters" are two.
    expect(figuresOf('Two Mil Mi-17 helicopters')[0]).toEqual(['number', 'Two']);
    const changed = compareFigures(placed('The council spent RM2.5 million.'), placed('The council spent RM3.5mil.'), [{ a: 0, b: 0 }]);
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['RM2.5 million', 'RM3.5mil']]);
  });

  it('reads thousands grouped by spaces as one number, as South African copy writes them', () => {
    const same = compareFigures(
      placed('About 60 000 commuters were stranded and R4 500 was lost.'),
      placed('About 60,000 commuters were stranded and R4,500 was lost.'),
      [{ a: 0, b: 0 }],
    );
    expect([same.changes, same.onlyA, same.onlyB]).toEqual([[], [], []]);
    const changed = compareFigures(placed('The mine employs 1 840 000 hours a year.'), placed('The mine employs 1 480 000 hours a year.'), [
      { a: 0, b: 0 },
    ]);
    expect(changed.changes.map((change) => [change.a.text, change.b.text])).toEqual([['1 840 000 hours', '1 480 000 hours']]);
    // A year and a count beside it are two numbers, and so are a count and a measure written on the next
    // ("15 200-litre tanks") or a label's number and a count ("Ward 12 300 households").
    expect(figuresOf('In 2033 600 families were moved.').map(([, text]) => text)).toEqual(['2033', '600']);
    expect(figuresOf('It handed over 15 200-litre water tanks.').map(([, text]) => text)[0]).toBe('15');
    expect(figuresOf('Ward 12 300 households were cut off.').map(([, text]) => text)).toEqual(['12', '300']);
    // …but a count after "last year" is one, a tank with an article before it is one size, and "Covid-19" is no
    // number's first digits.
    expect(figuresOf('Last year 12 500 people died on the roads.').map(([, text]) => text)).toContain('12 500 people');
    expect(figuresOf('They bought a 10 000-litre tank.').map(([, text]) => text)).toEqual(['10 000-litre']);
    expect(figuresOf('Covid-19 100 000 deaths were recorded.').map(([, text]) => text)).toEqual(['19', '100 000']);
    // A range grouped so is read whole, as one written with commas is.
    expect(figuresOf('The crowd was 60 000-70 000.').map(([, text]) => text)).toEqual(['60 000-70 000']);
  });

  it('reads the naira sign and rupiah written as letters as money, as the claims lookup does', () => {
    const naira = compareFigures(placed('The state borrowed ₦4.5 trillion.'), placed('The state borrowed N4.5 trillion.'), [
      { a: 0, b: 0 },
    ]);
    expect([naira.changes, naira.onlyA, naira.onlyB]).toEqual([[], [], []]);
    const rupiah = compareFigures(placed('The fund lost Rp 2 billion.'), placed('The fund lost Rp 3 billion.'), [{ a: 0, b: 0 }]);
    expect(rupiah.changes.map((change) => [change.a.text, change.b.text])).toEqual([['Rp 2 billion', 'Rp 3 billion']]);
    // …and maloti, dalasi and amounts with an "E" (emalangeni, or euros that lost their sign) written as their letter,
    // with a scale or thousands (not a motorway or a fuel).
    for (const [a, b] of [
      ['M42 million', 'M45 million'],
      ['E850,000', 'E920,000'],
      ['D28 million', 'D31 million'],
    ] as const) {
      const money = compareFigures(placed(`The scheme cost about ${a}.`), placed(`The scheme cost about ${b}.`), [{ a: 0, b: 0 }]);
      expect(money.changes.map((change) => [change.a.text, change.b.text])).toEqual([[a, b]]);
    }
    expect(figuresOf('Lorries took the M4 and ran on E10.').map(([, text]) => text)).toEqual([]);
  });

  it('reads an age after a name at the end of a sentence as the age, and a weekday before its date in brackets as no detail', () => {
    const ages = compareFigures(
      placed('"We were told to stay quiet," said Mr Ripon Akand, 29.'),
      placed('"We were told to stay quiet," said Mr Ripon Akand, 31, a welder.'),
      [{ a: 0, b: 0 }],
    );
    expect(ages.changes.map((change) => [change.a.text, change.b.text])).toEqual([['29', '31']]);
    const day = compareFigures(
      placed('The ministry said on Wednesday (May 18) it was investigating.'),
      placed('The ministry said on May 18 it was investigating.'),
      [{ a: 0, b: 0 }],
    );
    expect([day.changes, day.onlyA, day.onlyB]).toEqual([[], [], []]);
  });

  it('reads notice of at least a day as 24 hours, without a flag', () => {
    const result = compareFigures(
      placed('Schedules must be published at least 24 hours ahead, the ministry said.'),
      placed('Schedules must be published at least a day ahead, the ministry said.'),
      [{ a: 0, b: 0 }],
    );
    expect([result.changes, result.onlyA, result.onlyB]).toEqual([[], [], []]);
    // Not the start of "a year and a half", nor a day of each week.
    const half = compareFigures(
      placed('The work will take more than a year and a half.'),
      placed('The work will take more than 18 months.'),
      [{ a: 0, b: 0 }],
    );
    expect([half.changes, half.onlyA, half.onlyB]).toEqual([[], [], []]);
    const weekly = compareFigures(
      placed('Staff must work from the office at least one day a week.'),
      placed('Staff must work from the office at least once a week.'),
      [{ a: 0, b: 0 }],
    );
    expect([weekly.changes, weekly.onlyA, weekly.onlyB]).toEqual([[], [], []]);
  });

  it('pairs a figure each side labels alike, and only it, wherever its sentence went', () => {
    const a = placed('An earthquake of magnitude 5.8 struck on Tuesday, killing 12 people.', 0);
    const b = [...placed('The death toll rose to 19.', 0), ...placed('The magnitude 5.9 quake hit at dawn.', 1)];
    const result = compareFigures(a, b, [{ a: 0, b: 0 }]);
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([
      ['5.8', '5.9'],
      ['12 people', '19'],
    ]);
    // Two figures labelled alike on one side tell nothing of which changed; a past verb is no label.
    const twice = compareFigures(
      [...placed('A magnitude 5.8 quake and a magnitude 4.1 aftershock.', 0), ...placed('Police arrested 12.', 1)],
      [...placed('The magnitude 5.9 quake hit at dawn.', 0), ...placed('Police arrested 14.', 1)],
      [],
    );
    expect(twice.changes).toEqual([]);
    // A label that names one of many things pairs only figures whose sentences speak of one thing; a verb is no label.
    const others = compareFigures(
      [...placed('Flooding closed Route 9 on Monday morning.', 0), ...placed('Shares in Korvik fell 8% on the news.', 1)],
      [...placed('Drivers were diverted onto Route 12 near the depot.', 0), ...placed('The wider market fell 2% as well.', 1)],
      [],
    );
    expect(others.changes).toEqual([]);
  });

  it('labels a figure joined to its unit by the noun after it: a 48-hour curfew made a 72-hour one', () => {
    const curfew = compareFigures(
      placed('Superintendent Ada Coss announced a 48-hour curfew in Harbour Mount from Tuesday night.', 0),
      placed('Police have imposed a 72-hour curfew in Harbour Mount after gunmen shot a shopkeeper.', 0),
      [],
    );
    expect(curfew.changes.map((change) => [change.a.text, change.b.text])).toEqual([['48-hour', '72-hour']]);
    // …not a curfew against a strike.
    const other = compareFigures(
      placed('Police announced a 48-hour curfew in Harbour Mount.', 0),
      placed('Dockers began a 72-hour strike in Harbour Mount.', 0),
      [],
    );
    expect(other.changes).toEqual([]);
    // …nor two plans whose sentences share no more than a place and the unit.
    const plans = compareFigures(
      placed("The government announced a 5-year plan for Kingston's water supply.", 0),
      placed("Residents of Kingston said the 10-year plan for the city's roads had failed.", 0),
      [],
    );
    expect(plans.changes).toEqual([]);
  });

  it('pairs two headlines figure by figure of one unit only, and lists a change written again once', () => {
    const headlines = compareFigures(
      placed('Mobile outage cuts off 2.3 million users across Marland', 0),
      placed('Outage leaves millions without mobile service for nine hours', 0),
      [{ a: 0, b: 0, sameUnit: true }],
    );
    expect(headlines.changes).toEqual([]);
    const a = [...placed('Mayoral race heads for recount after 212-vote margin', 0), ...placed('Ostrova finished 212 votes ahead.', 1)];
    const b = [...placed('Recount ordered as the lead narrows to 221 votes', 0), ...placed('Ostrova finished 221 votes ahead.', 1)];
    const result = compareFigures(a, b, [
      { a: 1, b: 1 },
      { a: 0, b: 0, sameUnit: true },
    ]);
    expect(result.changes.map((change) => [change.a.text, change.b.text])).toEqual([['212 votes', '221 votes']]);
    expect([result.onlyA, result.onlyB]).toEqual([[], []]);
  });
});
