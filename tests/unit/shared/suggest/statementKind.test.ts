import { describe, expect, it } from 'vitest';
import { suggestMarks } from '../../../../shared/suggest/index.js';
import {
  articleContext,
  deniedInSoManyWords,
  denialLikelihood,
  kindFeatures,
  overrulingLikelihood,
  weighedKind,
  type StatementReading,
} from '../../../../shared/suggest/statementKind.js';
import shippedWeights from '../../../../shared/suggest/kindWeights.json';
import { expectWeightsAsFitted } from '../../../support/shippedWeights.js';

/** The claims and denials suggested for a text as `kind: quote`, with the shipped weights or the rules alone. */
const statementsOf = (text: string, kindWeights?: null) =>
  suggestMarks(text, { kindWeights })
    .filter((suggestion) => suggestion.kind !== 'attribution')
    .map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`);

/** A reading of the words `statement` where they stand in `text`, attributed to `speaker`. */
function readingOf(text: string, statement: string, speaker: string, kind: StatementReading['kind'] = 'claim'): StatementReading {
  const start = text.indexOf(statement);
  return {
    start,
    end: start + statement.length,
    kind,
    reason: 'reported speech after “said”',
    attribution: { quote: `${speaker} said`, speaker: { name: speaker, role: '', sourceType: 'named' } },
  };
}

describe('the claim-or-denial weights', () => {
  it('read a company answering a charge with its own record as denying it, where the rules saw a claim', () => {
    const text = [
      'Builder accused of bribing council',
      'Opposition councillors accused Harrowgate Construction of paying a council officer to win the bridge contract.',
      'The company said it had won the contract on the quality of its bid and its record on earlier bridges.',
    ].join('\n\n');
    const answer = 'it had won the contract on the quality of its bid and its record on earlier bridges';
    expect(statementsOf(text, null)).toContain(`claim: ${answer}`);
    expect(statementsOf(text)).toContain(`denial: ${answer}`);
  });

  it('read news that nobody was hurt, told by the fire crew, as a claim, where the rules saw a denial', () => {
    const text = [
      'Fire destroys warehouse in Doverly',
      'A fire destroyed a furniture warehouse in Doverly on Sunday night, the fire service said.',
      '"We had four crews there within ten minutes and nobody was hurt," Station Officer Mara Kell said.',
    ].join('\n\n');
    const news = 'We had four crews there within ten minutes and nobody was hurt';
    expect(statementsOf(text, null)).toContain(`denial: ${news}`);
    expect(statementsOf(text)).toContain(`claim: ${news}`);
  });

  it.each([
    ['a denial verb', 'The mayor denies taking the money, her lawyer said.'],
    ['saying there is no truth in it', '"There is no truth in these stories," the mayor said.'],
    ['calling the accusers liars', 'They are lying, the director said.'],
    ['saying a report is untrue', 'The report about the missing funds is untrue, the ministry said.'],
    ['saying someone is wrong', "The minister said the union was 'completely wrong' about the cuts."],
  ])('leave a denial said in so many words a denial: %s', (_, text) => {
    expect(statementsOf(text).filter((statement) => statement.startsWith('denial:'))).toEqual(
      statementsOf(text, null).filter((statement) => statement.startsWith('denial:')),
    );
    expect(statementsOf(text).some((statement) => statement.startsWith('denial:'))).toBe(true);
  });

  it('read an answer the same whether a man or a woman gives it', () => {
    const story = (she: boolean) =>
      [
        `Former procurement chief says ${she ? 'she' : 'he'} took no money from supplier`,
        `A former procurement chief at the Ministry of Health has told the Lusaka Magistrate's Court that ${she ? 'she' : 'he'} took no money from a supplier accused of delivering expired drugs.`,
        `Prosecutors allege that ${she ? 'Mary' : 'John'} Banda received K250,000 from Honeybee Pharmacy in 2017 in return for a contract to supply 1,000 health kits.`,
        `Giving evidence on Wednesday, Banda said ${she ? 'she' : 'he'} had not received any money from the company for the contract.`,
        `${she ? 'She' : 'He'} said ${she ? 'she' : 'he'} had not met the company's directors before the tender was awarded and had told investigators so in 2019.`,
        'Banda said the contract had been approved by a committee of five.',
      ].join('\n\n');
    const kinds = (text: string) => statementsOf(text).map((statement) => statement.split(':')[0]);
    expect(kinds(story(true))).toEqual(kinds(story(false)));
    expect(statementsOf(story(true))).toContain('denial: she had not received any money from the company for the contract');
  });

  it('leave a statement with no source to the rules', () => {
    const text = '“Our pipeline has never leaked a single drop.” That was the message on billboards across the valley last spring.';
    expect(statementsOf(text)).toEqual(statementsOf(text, null));
  });

  it('overrule the rules only when sure, a claim only where there was something to answer, and never a denial said in so many words', () => {
    const claim = { kind: 'claim', reason: 'reported speech after “said”' } as const;
    const denial = { kind: 'denial', reason: 'reported speech after “said”' } as const;
    const accused = ['spk_accused_ctx'];
    expect(weighedKind(claim, accused, overrulingLikelihood + 0.01, false)).toBe('denial');
    expect(weighedKind(claim, ['prior_denial_word'], overrulingLikelihood + 0.01, false)).toBe('denial');
    expect(weighedKind(claim, ['accusation_before'], overrulingLikelihood + 0.01, false)).toBe('denial');
    expect(weighedKind(claim, [], overrulingLikelihood + 0.01, false)).toBe('claim');
    expect(weighedKind(claim, accused, overrulingLikelihood - 0.01, false)).toBe('claim');
    // The accused saying they did not do it stays a denial, however sure the weights are of a claim.
    expect(weighedKind(denial, ['neg', 'spk_accused_ctx'], 0, false)).toBe('denial');
    expect(weighedKind(denial, ['neg'], 0, false)).toBe('claim');
    expect(weighedKind(denial, [], 1 - overrulingLikelihood - 0.01, false)).toBe('claim');
    expect(weighedKind(denial, [], 1 - overrulingLikelihood + 0.01, false)).toBe('denial');
    expect(weighedKind(denial, [], 0, true)).toBe('denial');
    expect(weighedKind({ kind: 'denial', reason: 'continues the quotation of Jane Doe' }, [], 0, false)).toBe('denial');
  });

  /** A recall notice, where nobody is accused of anything: with a sentence added to its lead, and paragraphs after. */
  const recallNotice = (aside: string, ...after: string[]) =>
    [
      'Supermarket recalls chicken sandwiches over listeria fears',
      `A supermarket chain has recalled three types of chicken sandwich after listeria was found during routine testing at a supplier's factory.${aside === '' ? '' : ` ${aside}`}`,
      'A company spokesman said no other products were affected and there had been no reports of illness.',
      ...after,
    ].join('\n\n');
  const denialsOf = (text: string) => statementsOf(text).filter((statement) => statement.startsWith('denial:'));

  it('leave news from a spokesman a claim where nobody was accused of anything', () => {
    const text = recallNotice(
      '',
      '"We have not had any reports of injuries to our staff, and every available engineer is out working," the spokesman said.',
    );
    expect(denialsOf(text)).toEqual([]);
  });

  it.each([
    'Customers can claim a full refund at any branch.',
    'Shoppers can return the sandwiches free of charge.',
    'Two customers complained of stomach pains on Friday.',
  ])('leave news a claim beside words that charge nobody: %s', (aside) => {
    expect(denialsOf(recallNotice(aside))).toEqual([]);
  });

  it('leave what a speaker goes on to say in quotation marks beside their own denial a denial', () => {
    const text = [
      'Councillor denies taxpayers paid for holiday',
      'A councillor has been accused of charging taxpayers for a family holiday in France.',
      '"That is simply untrue," Councillor Sarah Green said on Monday.',
      '"The trip to Lyon was a twinning visit approved by the full council in March, and the council paid for two nights in a hotel for me and one officer," she said.',
    ].join('\n\n');
    expect(statementsOf(text)).toContain(
      'denial: The trip to Lyon was a twinning visit approved by the full council in March, and the council paid for two nights in a hotel for me and one officer',
    );
  });

  it('tell a denial in so many words from a negation', () => {
    expect(deniedInSoManyWords('the allegations were false', 'reported speech after “said”')).toBe(true);
    expect(deniedInSoManyWords('two counts of fraud', 'denial cue “denies”')).toBe(true);
    expect(deniedInSoManyWords('no one was hurt', 'reported speech after “said”')).toBe(false);
  });

  it('add up the weights of the features a statement has, as a likelihood', () => {
    expect(denialLikelihood(['a', 'b'], {})).toBe(0.5);
    expect(denialLikelihood(['a', 'b', 'c'], { a: 1, b: 1, z: 5 })).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });
});

describe('what the weights read of a statement', () => {
  const text = [
    'Council accused of hiding audit',
    'Residents accused the council of hiding an audit, and Mayor Ruth Calloway was criticised.',
    'Calloway said the audit had never been hidden.',
  ].join('\n\n');
  const features = kindFeatures(articleContext(text), readingOf(text, 'the audit had never been hidden', 'Ruth Calloway'));

  it('its words, pairs of words and first words, and whether it negates', () => {
    expect(features).toEqual(expect.arrayContaining(['w:audit', 'bg:never_been', 'f0:the', 'neg']));
  });

  it("the rules' kind and cue, without the speaker's name a continued quotation carries", () => {
    const continued = kindFeatures(articleContext(text), {
      ...readingOf(text, 'the audit had never been hidden', 'Ruth Calloway'),
      reason: 'continues the quotation of Ruth Calloway',
    });
    expect(continued).toEqual(expect.arrayContaining(['rule:claim', 'reason:continues the quotation']));
    expect(continued.some((feature) => feature.includes('calloway') && feature.startsWith('reason:'))).toBe(false);
  });

  it('who says it, and whether the article accused them before', () => {
    expect(features).toEqual(expect.arrayContaining(['a:calloway', 'st:named', 'spk_accused_ctx']));
    expect(features).not.toContain('spk_new');
    const newcomer = kindFeatures(articleContext(text), readingOf(text, 'the audit had never been hidden', 'Dana Whitlow'));
    expect(newcomer).toContain('spk_new');
    expect(newcomer).not.toContain('spk_accused_ctx');
  });

  it('whether another sentence names the speaker beside a word of denial, which puts them on the side that answers', () => {
    const answering = [
      'Plant blamed for fish deaths',
      'Kettlemoor denied that its plant was to blame for the dead fish.',
      'Inspectors found a damaged seal in March. Kettlemoor said the seal had been replaced the same week.',
    ].join('\n\n');
    const reading = readingOf(answering, 'the seal had been replaced the same week', 'Kettlemoor');
    expect(kindFeatures(articleContext(answering), reading)).toContain('spk_denies_elsewhere');
    // The denial word in the statement's own sentence is the statement's, not another answer.
    const ownSentence = 'Kettlemoor said it denied nothing and the seal had been replaced.';
    expect(kindFeatures(articleContext(ownSentence), readingOf(ownSentence, 'it denied nothing', 'Kettlemoor'))).not.toContain(
      'spk_denies_elsewhere',
    );
    expect(features).not.toContain('spk_denies_elsewhere');
  });

  describe('which side of the accusations before it the speaker was named on', () => {
    const sideOf = (story: string, quote: string, speaker: string) =>
      kindFeatures(articleContext(story), readingOf(story, quote, speaker)).filter((feature) => feature.startsWith('spk_side:'));

    it('the accuser before the verb of accusing, the accused after it', () => {
      const story = [
        'Union says depot cut safety checks',
        'Union leader Petra Vlasic accused Dorrin Freight of cutting brake checks.',
        'Vlasic said three trucks had failed their tests. Dorrin Freight said every truck had passed its test in May.',
      ].join('\n\n');
      expect(sideOf(story, 'three trucks had failed their tests', 'Petra Vlasic')).toEqual(['spk_side:accuser']);
      expect(sideOf(story, 'every truck had passed its test in May', 'Dorrin Freight')).toEqual(['spk_side:accused']);
      expect(features).toContain('spk_side:accused');
    });

    it('the accused before a passive verb', () => {
      const story = 'Mayor Hal Banda was accused on Monday of selling council land. Banda said the land had been sold at auction.';
      expect(sideOf(story, 'the land had been sold at auction', 'Hal Banda')).toEqual(['spk_side:accused']);
    });

    it('neither, where "claims" or "charges" is only a noun, or the name stands inside another word', () => {
      const rejected = 'Kettlemoor rejected the claims in full. Kettlemoor said the seal had been replaced.';
      expect(sideOf(rejected, 'the seal had been replaced', 'Kettlemoor')).toEqual([]);
      const fleet = 'The fleet owner accused the drivers of speeding. Anna Lee said the drivers kept to the limit.';
      expect(sideOf(fleet, 'the drivers kept to the limit', 'Anna Lee')).toEqual([]);
    });

    it('only from sentences ended before the statement: after a closing quotation mark, and at a headline with no full stop', () => {
      const quoted = 'Vlasic accused the depot of "cutting every corner." Vlasic said three trucks had failed.';
      expect(sideOf(quoted, 'three trucks had failed', 'Vlasic')).toEqual(['spk_side:accuser']);
      const sameSentence = 'Vlasic accused the depot of cutting corners, saying three trucks had failed.';
      expect(sideOf(sameSentence, 'three trucks had failed', 'Vlasic')).toEqual([]);
      const headline = 'Depot accused of cutting corners\n\nThe depot said every truck had passed its test.';
      expect(kindFeatures(articleContext(headline), readingOf(headline, 'every truck had passed its test', 'the depot'))).toContain(
        'spk_side:accused',
      );
    });
  });

  it('the words just before and after it in its paragraph', () => {
    expect(features).toEqual(expect.arrayContaining(['b:calloway', 'b:said']));
  });
});

describe('the shipped weights', () => {
  it('are finite, rounded and in a stable order, as the fitting writes them', () => {
    const names = expectWeightsAsFitted(shippedWeights as Record<string, number>);
    expect(names).toEqual(expect.arrayContaining(['bias', 'rule:claim', 'rule:denial']));
  });
});
