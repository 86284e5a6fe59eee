import { describe, expect, it } from 'vitest';
import { suggestMarks as suggestWithWeights } from '../../../../shared/suggest/index.js';

/**
 * The rules' own reading: what they suggest before the claim-or-denial weights
 * settle a statement's kind (those are tested in statementKind.test.ts and
 * measured by `npm run eval`, and are fitted on what the rules read here).
 */
const suggestMarks = (text: string) => suggestWithWeights(text, { kindWeights: null, worthWeights: null });

/** The suggestions for a text as `kind: words`, in text order. */
const marks = (text: string) => suggestMarks(text).map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`);
/** The claims and denials suggested for a text, as `kind: quote`, attributions left out. */
const statementsOf = (text: string) =>
  suggestMarks(text)
    .filter((suggestion) => suggestion.kind !== 'attribution')
    .map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`);

/** The speakers of a text's suggested attributions, in text order. */
const speakersOf = (text: string) =>
  suggestMarks(text).flatMap((suggestion) => (suggestion.speaker === undefined ? [] : [suggestion.speaker]));

/** The speakers of a text's suggested attributions as `name: source type`, in text order. */
const sourcesOf = (text: string) => speakersOf(text).map((speaker) => `${speaker.name}: ${speaker.sourceType}`);

describe('suggestion rules, one sentence each', () => {
  it.each([
    [
      'a quotation before an inverted verb',
      '"The channel is deep enough," said Maria Ortega, a spokeswoman for the port.',
      ['claim: The channel is deep enough', 'attribution: said Maria Ortega, a spokeswoman for the port'],
    ],
    [
      'a quotation before the speaker and verb',
      '“The valve passed every test,” Jonas Weber, head of operations, told reporters on Tuesday.',
      ['claim: The valve passed every test', 'attribution: Jonas Weber, head of operations, told reporters on Tuesday'],
    ],
    ['a quotation after the verb', 'The minister said: "Taxes fell."', ['attribution: The minister said', 'claim: Taxes fell']],
    [
      'a denial verb written as a noun in a title',
      'Shaikha Al Mutawa, director of rental disputes at the department, said a landlord can be ordered to refund the difference.',
      [
        'attribution: Shaikha Al Mutawa, director of rental disputes at the department, said',
        'claim: a landlord can be ordered to refund the difference',
      ],
    ],
    [
      'a finding or complaints called by a name that dismisses them',
      'Al Ghaithi called the complaints "a campaign" by a few tenants who want to stay on at old prices.',
      ['attribution: Al Ghaithi called', 'denial: the complaints "a campaign" by a few tenants who want to stay on at old prices'],
    ],
    [
      "an outlet's programme told, before the clause",
      "Kalnmeiers told APM's morning radio programme the campaign had been planned long before the election.",
      ["attribution: Kalnmeiers told APM's morning radio programme", 'claim: the campaign had been planned long before the election'],
    ],
    [
      'a statement before its speaker that ends on a person, its verb and object no title',
      'The man killed his wife at home, police said.',
      ['claim: The man killed his wife at home', 'attribution: police said'],
    ],
    [
      'a confession reported before its speaker',
      'The suspect confessed to killing his neighbour, officers said.',
      ['claim: The suspect confessed to killing his neighbour', 'attribution: officers said'],
    ],
    [
      'a dateline of a place and a colon',
      'Khor Sabeel: The landlord of a 60-flat building has told tenants their rents will rise by 35 per cent.',
      ['attribution: The landlord of a 60-flat building has told tenants', 'claim: their rents will rise by 35 per cent'],
    ],
    [
      'reported speech after "said", without "that"',
      'The union said the strike had lasted a week.',
      ['attribution: The union said', 'claim: the strike had lasted a week'],
    ],
    [
      'reported speech after a verb with "that"',
      'On Monday, the agency warned that the water is unsafe.',
      ['attribution: the agency warned', 'claim: the water is unsafe'],
    ],
    [
      '"according to" a source described between commas',
      'According to the complaint, filed at the city court, three inspectors took bribes.',
      ['attribution: According to the complaint, filed at the city court', 'claim: three inspectors took bribes'],
    ],
    [
      '"according to" a source and a statement with commas of its own',
      'According to the survey, the bridge, built in 1990, is safe.',
      ['attribution: According to the survey', 'claim: the bridge, built in 1990, is safe'],
    ],
    [
      'an unnamed speaker described by two relative clauses',
      'A nurse who was on the ward when the fire began, and who spoke on condition of anonymity because she was not allowed to talk to reporters, said the alarms had not sounded.',
      [
        'attribution: A nurse who was on the ward when the fire began, and who spoke on condition of anonymity because she was not allowed to talk to reporters, said',
        'claim: the alarms had not sounded',
      ],
    ],
    [
      'reported speech opening on a figure',
      'The harbour master said 40 ships were waiting to unload.',
      ['attribution: The harbour master said', 'claim: 40 ships were waiting to unload'],
    ],
    [
      'a document with a long apposition on its making',
      'A report by a government mediator, written after talks broke down on Friday and seen by Tidewren, said both sides had agreed to keep three shifts.',
      [
        'attribution: A report by a government mediator, written after talks broke down on Friday and seen by Tidewren, said',
        'claim: both sides had agreed to keep three shifts',
      ],
    ],
    [
      'a clause joined on after the attribution, said too; what the speaker did next, narration',
      'The mill closed in March, the union said, and the owners had moved its looms to a plant abroad. Crews worked through the night, officials said, and the road reopened at dawn. The river rose by a metre, the agency said, and it advised drivers to stay away.',
      [
        'claim: The mill closed in March',
        'attribution: the union said',
        'claim: the owners had moved its looms to a plant abroad',
        'claim: Crews worked through the night',
        'attribution: officials said',
        'claim: the road reopened at dawn',
        'claim: The river rose by a metre',
        'attribution: the agency said',
      ],
    ],
    [
      'a statement before its source, with a written reply for channel',
      'No lorry has crossed the bridge since March, the company said in a written reply to questions.',
      ['claim: No lorry has crossed the bridge since March', 'attribution: the company said in a written reply to questions'],
    ],
    [
      'a statement before its source, going on with "though", "but" or "while" after it',
      'No one has fallen ill after swimming in the lake, the health office said on Thursday, though it had taken calls from parents. Three children were vaccinated, the ministry said, but the fourth had never received a dose.',
      [
        'claim: No one has fallen ill after swimming in the lake',
        'attribution: the health office said on Thursday',
        'claim: it had taken calls from parents',
        'claim: Three children were vaccinated',
        'attribution: the ministry said',
        'claim: the fourth had never received a dose',
      ],
    ],
    [
      '"told" skips the people told',
      'Officials told reporters the bridge had reopened in May.',
      ['attribution: Officials told reporters', 'claim: the bridge had reopened in May'],
    ],
    [
      '"according to" opening a sentence',
      'According to police, the driver was not injured.',
      ['attribution: According to police', 'claim: the driver was not injured'],
    ],
    [
      '"according to" closing a sentence',
      'Prices rose by a tenth, according to the statistics office.',
      ['claim: Prices rose by a tenth', 'attribution: according to the statistics office'],
    ],
    [
      'a denial verb',
      'The ministry denied that any contract was signed.',
      ['attribution: The ministry denied', 'denial: any contract was signed'],
    ],
    ['a denial phrase', 'Farmers did not accept that.', ['attribution: Farmers did not accept', 'denial: that']],
    [
      'what a lawyer for the accused says of the case, as a defence',
      'Hallam’s lawyer, Petra Wendt, told reporters the ledger was kept by all six clerks.',
      ['attribution: Hallam’s lawyer, Petra Wendt, told reporters', 'denial: the ledger was kept by all six clerks'],
    ],
    [
      'what a side insists on, as its answer',
      'The club’s chairman, Ilmo Rask, insisted the club had acted in good faith.',
      ['attribution: The club’s chairman, Ilmo Rask, insisted', 'denial: the club had acted in good faith'],
    ],
    [
      'what a side counters, as its answer',
      'Tanchoco countered that the dredging was a soil test allowed under a permit from the town hall.',
      ['attribution: Tanchoco countered', 'denial: the dredging was a soil test allowed under a permit from the town hall'],
    ],
    [
      'a denial verb of Philippine English',
      "The district engineer, Melchor Tiongson, belied the auditors' findings.",
      ['attribution: The district engineer, Melchor Tiongson, belied', "denial: the auditors' findings"],
    ],
    [
      'a statement a side maintains, before its verb',
      'The drill was a routine exercise, the navy maintained.',
      ['denial: The drill was a routine exercise', 'attribution: the navy maintained'],
    ],
    [
      'what the prosecution found, negated, as its case, not a denial',
      "Prosecutors said no such letter had been found in the mayor's office.",
      ['attribution: Prosecutors said', "claim: no such letter had been found in the mayor's office"],
    ],
    [
      'a judge named with her title in narration, then quoted by surname, gives a finding, not a denial',
      'Presiding judge Ilse Marwood sentenced the former mayor to six years on Tuesday.\n\n"He did not sign these contracts by mistake," Marwood said.',
      ['claim: He did not sign these contracts by mistake', 'attribution: Marwood said'],
    ],
    [
      'a judge negating what another side said before, a denial of it',
      'The union said the company had cut 300 jobs at the plant in March. Judge Ilse Marwood said the company had not cut 300 jobs at the plant in March.',
      [
        'attribution: The union said',
        'claim: the company had cut 300 jobs at the plant in March',
        'attribution: Judge Ilse Marwood said',
        'denial: the company had not cut 300 jobs at the plant in March',
      ],
    ],
    [
      'the prosecution denying by a verb of denial',
      "Prosecutors rejected the defence's account.",
      ['attribution: Prosecutors rejected', "denial: the defence's account"],
    ],
    [
      'taking issue with what was said',
      "The firm took issue with the inspectors' figures.",
      ['attribution: The firm took issue with', "denial: the inspectors' figures"],
    ],
    [
      'a denial verb with a quotation',
      'The mayor dismissed the report as "alarmist".',
      ['attribution: The mayor dismissed', 'denial: the report as "alarmist"'],
    ],
    [
      'denying words inside a quotation',
      '"There is no truth in it," a spokesman said.',
      ['denial: There is no truth in it', 'attribution: a spokesman said'],
    ],
    [
      'denying words in a partial quotation',
      'The company\'s director said there was "not a word of truth" in that.',
      ["attribution: The company's director said", 'denial: there was "not a word of truth" in that'],
    ],
    [
      '"called" with a dismissive word',
      'She called the statement "baseless spin".',
      ['attribution: She called', 'denial: the statement "baseless spin"'],
    ],
    [
      'a statement before its speaker and verb',
      'Prices rose by a tenth, the statistics office said on Thursday.',
      ['claim: Prices rose by a tenth', 'attribution: the statistics office said on Thursday'],
    ],
    [
      'a quotation split by its verb',
      '"No such request reached us," she said, "and we did not receive one."',
      ['denial: No such request reached us', 'attribution: she said', 'denial: and we did not receive one'],
    ],
    [
      'an adverb between the speaker and a denial verb',
      'The clinic categorically denies the accusation.',
      ['attribution: The clinic categorically denies', 'denial: the accusation'],
    ],
    [
      'a clause opening with "at least"',
      'The director said at least 300 patients were affected.',
      ['attribution: The director said', 'claim: at least 300 patients were affected'],
    ],
    [
      '"that" a few words after the verb',
      'The agency said in a statement on Monday that the water is safe.',
      ['attribution: The agency said in a statement on Monday', 'claim: the water is safe'],
    ],
    [
      'a statement read out by an agent, with where and when, before a clause without "that"',
      "Pravicka said in a statement read out by her agent, Tavovan Sallmont, in front of the federation's offices on Thursday afternoon she had declared every medicine she took.",
      [
        "attribution: Pravicka said in a statement read out by her agent, Tavovan Sallmont, in front of the federation's offices on Thursday afternoon",
        'claim: she had declared every medicine she took',
      ],
    ],
    [
      'a release issued on a day, the clause opening on "every" after the day',
      'It said in a press release issued on Wednesday afternoon every allocation had been made by a committee of five.',
      [
        'attribution: It said in a press release issued on Wednesday afternoon',
        'claim: every allocation had been made by a committee of five',
      ],
    ],
    [
      'a date after the verb, before a clause, as part of what is said',
      'One of the officers said on 17 March she had arrived at the centre at six in the morning.',
      ['attribution: One of the officers said', 'claim: on 17 March she had arrived at the centre at six in the morning'],
    ],
    [
      'a weekday after the verb, as when it was said',
      'The officer said on Monday she had arrived at the centre at six.',
      ['attribution: The officer said on Monday', 'claim: she had arrived at the centre at six'],
    ],
    [
      'an answer without "that", its verb in the past',
      "Teckard replied the federation's accounts showed no payment from Sorbel Mills in May.",
      ['attribution: Teckard replied', "claim: the federation's accounts showed no payment from Sorbel Mills in May"],
    ],
    [
      'those warned, in the passive, as no speaker, and the source after the statement',
      'Rowers were warned that testers were coming, three officers told the agency.',
      ['claim: Rowers were warned that testers were coming', 'attribution: three officers told the agency'],
    ],
    [
      'an answer after its weekday, without "that"',
      'Tasevarski replied on Friday the secretariat had counted only what suits it.',
      ['attribution: Tasevarski replied on Friday', 'claim: the secretariat had counted only what suits it'],
    ],
    [
      'what a ministry points out, in the present',
      'The ministry points out that the bonus is paid by the municipalities.',
      ['attribution: The ministry points out', 'claim: the bonus is paid by the municipalities'],
    ],
    [
      'a statement before its source, said at a press conference',
      'The ministry paid MKD 184 million for 30 ambulances, the secretary general of Razvidnost, Bojmir Kretevski, said at a press conference on Monday.',
      [
        'claim: The ministry paid MKD 184 million for 30 ambulances',
        'attribution: the secretary general of Razvidnost, Bojmir Kretevski, said at a press conference on Monday',
      ],
    ],
    [
      'what a record an outlet has seen shows, a thing rather than a clause',
      'The progress table, which the paper has seen, lists 14 of the measures as completed.',
      ['attribution: The progress table, which the paper has seen, lists', 'claim: 14 of the measures as completed'],
    ],
    [
      'a story called pure mischief',
      'Thibbodeaux told the Voice the story was pure mischief put about by people who wanted his job.',
      ['attribution: Thibbodeaux told the Voice', 'denial: the story was pure mischief put about by people who wanted his job'],
    ],
    [
      'a denial with how it was denied after the verb',
      'The director of roads, Ernestildo Galvarini, denied categorically that the works had been paid twice.',
      ['attribution: The director of roads, Ernestildo Galvarini, denied categorically', 'denial: the works had been paid twice'],
    ],
    [
      'one dismissed on a day, describing the speaker, as no denial',
      'A worker dismissed on 24 July, who asked not to be named, said that his supervisor showed him a list.',
      ['attribution: A worker dismissed on 24 July, who asked not to be named, said', 'claim: his supervisor showed him a list'],
    ],
    [
      'a plan with its deadline at the end of the week',
      'Kurtaj said the alliance would send the documents to the prosecutors by the end of the week.',
      ['attribution: Kurtaj said', 'claim: the alliance would send the documents to the prosecutors by the end of the week'],
    ],
    [
      'what many maintain, in the present, an answer as what one maintains is, but not an infinitive',
      'The police maintain that two officers were on duty at the station that night. Crews work to maintain that the road stays open.',
      ['attribution: The police maintain', 'denial: two officers were on duty at the station that night'],
    ],
    [
      'a government calling reports rumours, in quotation marks',
      '"These are rumours. No offer for the hotel has been received," the Palace said.',
      ['denial: These are rumours. No offer for the hotel has been received', 'attribution: the Palace said'],
    ],
    [
      'a minister saying there is no question of what was reported',
      'The minister told the paper there is no question of selling the hotel.',
      ['attribution: The minister told the paper', 'denial: there is no question of selling the hotel'],
    ],
    ['a quotation standing alone', '“Our pipes never leak.” That was the slogan.', ['claim: Our pipes never leak']],
    [
      'a partial quotation inside a reported clause: the whole clause',
      'The clinic said the scanner had been "fully repaired" and was back in use by noon.',
      ['attribution: The clinic said', 'claim: the scanner had been "fully repaired" and was back in use by noon'],
    ],
    [
      'a statement before a verb of announcing, with its time',
      'The reservoir was at 40 percent of capacity, the water board announced on Friday.',
      ['claim: The reservoir was at 40 percent of capacity', 'attribution: the water board announced on Friday'],
    ],
    [
      'a quotation answering an accusation is a denial without "deny"',
      '"Our drivers did not leave the depot that night," the bus company said.',
      ['denial: Our drivers did not leave the depot that night', 'attribution: the bus company said'],
    ],
    [
      'the channel after the verb belongs to the attribution',
      'Customs officials said in a statement posted online that the seizure was the largest this year.',
      ['attribution: Customs officials said in a statement posted online', 'claim: the seizure was the largest this year'],
    ],
    [
      'a dateline is not the speaker',
      'LUNDA (Reuters) - Retailer Moravo said on Monday it would close 30 stores.',
      ['attribution: Retailer Moravo said on Monday', 'claim: it would close 30 stores'],
    ],
    [
      'a statement before an inverted verb and its speaker',
      'The tunnel will stay shut until April, said Oskar Lind, who heads the city roads office.',
      ['claim: The tunnel will stay shut until April', 'attribution: said Oskar Lind, who heads the city roads office'],
    ],
    [
      'a title before the name, set off by commas, is not a statement',
      "The airport's director, Sanne Boer, said the runway had been resurfaced.",
      ["attribution: The airport's director, Sanne Boer, said", 'claim: the runway had been resurfaced'],
    ],
    [
      'the speaker of a clause after ", and"',
      'A gas main burst under the square on Friday, and the city utility said it had been installed in 1962.',
      ['attribution: the city utility said', 'claim: it had been installed in 1962'],
    ],
    [
      'the speaker of a clause after "since"',
      'The board has been in trouble since an audit found that its accounts were incomplete.',
      ['attribution: an audit found', 'claim: its accounts were incomplete'],
    ],
    [
      'an unnamed source with a long apposition',
      'A diplomat at the talks, who spoke on condition of anonymity because the negotiations were still under way, said a deal was close.',
      [
        'attribution: A diplomat at the talks, who spoke on condition of anonymity because the negotiations were still under way, said',
        'claim: a deal was close',
      ],
    ],
    ['a feeling is not a claim', '"We are tired of waiting for a bus that never comes," said Ulla Brix, who lives by the depot.', []],
    [
      'fear is a feeling, and so is what it makes one expect',
      '"I have never been so frightened in my life. The children will not sleep in their own beds," said Ulla Brix, who lives by the depot.',
      [],
    ],
    ['a sight that breaks the heart is a feeling', '"I have never seen the river this colour. It breaks your heart," said Ulla Brix.', []],
    [
      'fear told of others beside what happened is a fact to check',
      '"The terrified horses broke through the fence and three were killed on the road," said farmer Ulla Brix.',
      ['claim: The terrified horses broke through the fence and three were killed on the road', 'attribution: said farmer Ulla Brix'],
    ],
    [
      'a dateline with a date is neither speaker nor statement',
      'HALDEN, March 2 (Baltic Wire) - Turnout reached 61% on Sunday, the election board said.',
      ['claim: Turnout reached 61% on Sunday', 'attribution: the election board said'],
    ],
    [
      'a hyphen inside a word is no dateline',
      'UN-backed monitors said the ceasefire was holding.',
      ['attribution: UN-backed monitors said', 'claim: the ceasefire was holding'],
    ],
    [
      'the speaker of a clause after "after"',
      'Shares in Brill Motors fell 6% after the carmaker said sales had slowed.',
      ['attribution: the carmaker said', 'claim: sales had slowed'],
    ],
    [
      'a fronted clause is not part of the speaker',
      'Asked whether the ferry had been overloaded, the captain said every ticket had been checked.',
      ['attribution: the captain said', 'denial: every ticket had been checked'],
    ],
    [
      'coordinated content after "said" is one statement',
      'The coastguard said four sailors had been rescued and that two were still missing.',
      ['attribution: The coastguard said', 'claim: four sailors had been rescued and that two were still missing'],
    ],
    [
      'what a report found',
      'The audit also found that two of the pumps had never been serviced.',
      ['attribution: The audit also found', 'claim: two of the pumps had never been serviced'],
    ],
    [
      'reported speech after a verb of stressing or revealing, with "that"',
      'The club stressed that no player had been paid in cash.',
      ['attribution: The club stressed', 'claim: no player had been paid in cash'],
    ],
    [
      'a statement before "conceded"',
      'The count had missed 40 ballots, the clerk conceded.',
      ['claim: The count had missed 40 ballots', 'attribution: the clerk conceded'],
    ],
    [
      'reported speech after a channel, with no "that"',
      'The water board said in a statement the pipes would be replaced by June.',
      ['attribution: The water board said in a statement', 'claim: the pipes would be replaced by June'],
    ],
    [
      'reported speech after a long channel, with "that"',
      'Lena Falk said in an interview with the radio station Kanal Nord that the vote had been held in May.',
      ['attribution: Lena Falk said in an interview with the radio station Kanal Nord', 'claim: the vote had been held in May'],
    ],
    [
      'a report inside a relative clause, ending at its closing comma',
      'The council, which said in May it would repair 40 roads, has since cut the budget.',
      ['attribution: The council, which said in May', 'claim: it would repair 40 roads'],
    ],
    [
      'a speaker that a relative clause refers to, after a preposition',
      'The leak was found by a local rowing club, which said two boats had been damaged.',
      ['attribution: a local rowing club, which said', 'claim: two boats had been damaged'],
    ],
    [
      'a second statement joined on by "adding that", a cue of the same speaker',
      'The mayor said the bridge had reopened in May, adding that the repairs had cost less than planned.',
      [
        'attribution: The mayor said',
        'claim: the bridge had reopened in May',
        'attribution: adding',
        'claim: the repairs had cost less than planned',
      ],
    ],
    [
      'a statement before its speaker and a second one joined on by "adding that"',
      'Forty people have fallen ill since March, the disease control centre said on Tuesday, adding that samples from the main pipe had tested positive.',
      [
        'claim: Forty people have fallen ill since March',
        'attribution: the disease control centre said on Tuesday',
        'attribution: adding',
        'claim: samples from the main pipe had tested positive',
      ],
    ],
    [
      'a denial with its reason joined on by "saying", a cue of the same speaker: the reason a fact to check of its own',
      'The bakery denied that it had sold stale bread, saying every loaf was baked that morning.',
      [
        'attribution: The bakery denied',
        'denial: it had sold stale bread',
        'attribution: saying',
        'claim: every loaf was baked that morning',
      ],
    ],
    [
      'a second statement joined on by ", and she claimed that", a cue of the same speaker',
      'The ferry captain said the radio had failed at noon, and she claimed that the coastguard never answered her flares.',
      [
        'attribution: The ferry captain said',
        'claim: the radio had failed at noon',
        'attribution: she claimed',
        'claim: the coastguard never answered her flares',
      ],
    ],
    [
      'a second report by "it" of a body named, whatever is said of the speaker before the verb',
      'Nordvik Shipping said the tanker was seaworthy, and it insisted that the crew was fully trained.',
      [
        'attribution: Nordvik Shipping said',
        'claim: the tanker was seaworthy',
        'attribution: it insisted',
        'claim: the crew was fully trained',
      ],
    ],
    [
      'a second report by a pronoun after a speaker with an apposition',
      'Ruth Adler, 64, said the fire started at noon, and she said that the alarm never sounded.',
      ['attribution: Ruth Adler, 64, said', 'claim: the fire started at noon', 'attribution: she said', 'claim: the alarm never sounded'],
    ],
    [
      'no second report by a pronoun that cannot be the speaker\'s: "Police … and he claimed"',
      'Police said the suspect had fled on foot, and he claimed that he was never there.',
      ['attribution: Police said', 'claim: the suspect had fled on foot, and he claimed that he was never there'],
    ],
    [
      'a dismissal and a statement joined by "and said"',
      'The club called the report "pure fiction" and said its accounts were audited each year.',
      ['attribution: The club called', 'denial: the report "pure fiction"', 'denial: its accounts were audited each year'],
    ],
    [
      'a statement before its speaker, and one after "according to" going on with "but"',
      'Divers searched the harbour until dusk, the coastguard said, and the search resumes at dawn. The club was fined twice, according to its annual reports, but it has never been relegated.',
      [
        'claim: Divers searched the harbour until dusk',
        'attribution: the coastguard said',
        'claim: the search resumes at dawn',
        'claim: The club was fined twice',
        'attribution: according to its annual reports',
        'claim: it has never been relegated',
      ],
    ],
    [
      'a statement before records that show it',
      'Tervana paid a fine of 200,000 lenn after a spill in 2021, court records show.',
      ['claim: Tervana paid a fine of 200,000 lenn after a spill in 2021', 'attribution: court records show'],
    ],
    ['a show that is no verb', 'Tickets sold out within an hour for the show.', []],
    ['a refusal to say', 'The mission declined to say where it believed the shots had come from.', []],
    ['a refusal with "would not"', 'The ministry would not say whether the contract had been cancelled.', []],
    [
      'a statement holding a figure with a thousands comma before its speaker',
      'Some 2,400 homes lost power for a night, the grid operator said.',
      ['claim: Some 2,400 homes lost power for a night', 'attribution: the grid operator said'],
    ],
    [
      'an answer before its speaker',
      'The agency holds no record of any lease, the prosecutor replied.',
      ['claim: The agency holds no record of any lease', 'attribution: the prosecutor replied'],
    ],
    [
      'a statement before a body named with what it does',
      'About 340 crane operators were locked out on Monday, Quaymark, which runs the terminal, said.',
      ['claim: About 340 crane operators were locked out on Monday', 'attribution: Quaymark, which runs the terminal, said'],
    ],
    [
      'a figure called an exaggeration',
      'Pellgrave called the figure of 1,200 lost records "a serious exaggeration".',
      ['attribution: Pellgrave called', 'denial: the figure of 1,200 lost records "a serious exaggeration"'],
    ],
    [
      'what might have been, and why: a cause to check',
      '"Lives could have been saved if the alarm had sounded," said Ada Voss, a fire engineer.',
      ['claim: Lives could have been saved if the alarm had sounded', 'attribution: said Ada Voss, a fire engineer'],
    ],
    [
      'what someone could have done, which is checkable',
      '"The council could have approved the plan in March," said Rita Haas, an opposition councillor.',
      ['claim: The council could have approved the plan in March', 'attribution: said Rita Haas, an opposition councillor'],
    ],
    [
      'a pledge beside a fact in one quotation',
      '"These families will get answers. The pumps failed twice that week," said Rolf Haber, the interior minister.',
      ['claim: These families will get answers. The pumps failed twice that week', 'attribution: said Rolf Haber, the interior minister'],
    ],
    [
      'what anyone knows, said of a fact',
      '"You know the dam was inspected only once in ten years," said Ana Petrov, a neighbour.',
      ['claim: You know the dam was inspected only once in ten years', 'attribution: said Ana Petrov, a neighbour'],
    ],
    [
      'what anyone could see, which a witness reports',
      '"You can smell it from the bridge. The water turns brown," said Per Lund, a fisherman.',
      ['claim: You can smell it from the bridge. The water turns brown', 'attribution: said Per Lund, a fisherman'],
    ],
    [
      'what a permit says must be done',
      "The company's permit, issued in June 2023, says the ponds must be in place before any digging begins.",
      ["attribution: The company's permit, issued in June 2023, says", 'claim: the ponds must be in place before any digging begins'],
    ],
    [
      'a warning in the past perfect inside what the closing speaker says',
      "Guards had warned the department in August that four officers could not control B block, the Prison Officers' Association said.",
      [
        'claim: Guards had warned the department in August that four officers could not control B block',
        "attribution: the Prison Officers' Association said",
      ],
    ],
    [
      'what the speaker told others, joined on',
      'The manager said the plant was safe and told them no chemicals had leaked.',
      ['attribution: The manager said', 'claim: the plant was safe', 'claim: no chemicals had leaked'],
    ],
    [
      'a likeness with a fact joined on',
      '"It\'s like living next to a motorway, the trucks run all night," said Ana Ruiz.',
      ["claim: It's like living next to a motorway, the trucks run all night", 'attribution: said Ana Ruiz'],
    ],
    [
      'what someone in the statement told the speaker',
      'Mele Tiarehau said her brother had called her from the prison and told her that guards were shooting into the yard.',
      [
        'attribution: Mele Tiarehau said',
        'claim: her brother had called her from the prison and told her that guards were shooting into the yard',
      ],
    ],
    [
      "a lament of one's own, which no record measures, beside a finding of the same words",
      '"We have lost everything," said Ana Ruiz, a farmer. The crowd had nowhere to go, the report found.',
      ['claim: The crowd had nowhere to go', 'attribution: the report found'],
    ],
    [
      'a plea, a scorn and a loss mourned, which state no fact, beside ones a fact goes on from',
      '"This is not the time for finger-pointing," said Ana Ruiz. "I\'d like the minister to come and explain that to our children," she said. "They have treated the people of Kettlewade like fools," Ruiz said. "Our boys have lost their dad," her sister said. "This is no time for complacency, cases have doubled in a week," the minister said.',
      ['claim: This is no time for complacency, cases have doubled in a week', 'attribution: the minister said'],
    ],
    [
      'maxims and platitudes, which state no fact, beside a finding about priority',
      '"Nobody is above the law, not even a councillor," said Ana Ruiz. "The safety of our passengers remains our first priority," the operator said. "We cannot keep living like this," she said. The audit found that repairs to the top priority bridges had not started.',
      ['attribution: The audit found', 'claim: repairs to the top priority bridges had not started'],
    ],
    [
      'reports described, unquoted, as what dismisses them, up to that word; a flood described as the worst is no denial',
      'The Authority described reports circulating on social media that the fish had been poisoned as baseless and urged calm. The mayor described the flooding as the worst in decades.',
      ['attribution: The Authority described', 'denial: reports circulating on social media that the fish had been poisoned as baseless'],
    ],
    [
      "the speaker's own request after what they deny is no part of it, but what the accused did in the report is",
      'The company denied dumping waste in the river and urged residents to wait for the results. Residents said the mayor had ignored the warnings and urged them to stay.',
      [
        'attribution: The company denied',
        'denial: dumping waste in the river',
        'attribution: Residents said',
        'claim: the mayor had ignored the warnings and urged them to stay',
      ],
    ],
    [
      'words of a platitude inside a fact state the fact',
      'Police said the fire started in a flat above the law firm on Kimathi Street. The minister said the bridge had been moved to the top of our priority list for repairs.',
      [
        'attribution: Police said',
        'claim: the fire started in a flat above the law firm on Kimathi Street',
        'attribution: The minister said',
        'claim: the bridge had been moved to the top of our priority list for repairs',
      ],
    ],
    [
      'a quotation telling of help that never came, which complains and answers nothing',
      '"He was crying for water until morning. Nobody came," said his mother, Ana Ruiz.',
      ['claim: He was crying for water until morning. Nobody came', 'attribution: said his mother, Ana Ruiz'],
    ],
    [
      'a quotation telling of visits and care that never came, which complains',
      '"Elders slept in their cars. Nobody from the province came to talk to us until Saturday. Nobody took him to a doctor," said Ana Ruiz, a band councillor.',
      [
        'claim: Elders slept in their cars. Nobody from the province came to talk to us until Saturday. Nobody took him to a doctor',
        'attribution: said Ana Ruiz, a band councillor',
      ],
    ],
    [
      'an order not to do something, which denies no deed of the speaker',
      'A worker said she was assigned 24 residents a shift and that managers told staff not to call in replacements.',
      [
        'attribution: A worker said',
        'claim: she was assigned 24 residents a shift and that managers told staff not to call in replacements',
      ],
    ],
    [
      '"that" as the subject of what is said, which dismisses a claim',
      'The wildfire service says that is not what happened.',
      ['attribution: The wildfire service says', 'denial: that is not what happened'],
    ],
    [
      'neither confirming nor denying, which says nothing to check',
      'Ms. Fournier said she could neither confirm nor deny that a complaint had been received.',
      [],
    ],
    [
      'a company saying through its spokesman it did not do the deed, and a link to it dismissed',
      'Oscar Tolosa, spokesman for Limcaoco Industrial Gases Inc., said the company had "never cut off" the hospital. The governor said the unpaid bills had "nothing to do with" the deaths.',
      [
        'attribution: Oscar Tolosa, spokesman for Limcaoco Industrial Gases Inc., said',
        'denial: the company had "never cut off" the hospital',
        'attribution: The governor said',
        'denial: the unpaid bills had "nothing to do with" the deaths',
      ],
    ],
    [
      'lying somewhere, and what others told the speaker, which answer nothing',
      '"He was lying in his own waste. The nurses told us at midnight that there was no more oxygen," said Editha Pamintuan.',
      [
        'claim: He was lying in his own waste. The nurses told us at midnight that there was no more oxygen',
        'attribution: said Editha Pamintuan',
      ],
    ],
    [
      "another's deed not done, or what a witness did not hear, after the speaker's own",
      'Tolosa said it had asked for cash on each delivery and that the hospital placed no order on Saturday. A neighbour said she recorded the video from her porch and that she heard no shouting.',
      [
        'attribution: Tolosa said',
        'claim: it had asked for cash on each delivery and that the hospital placed no order on Saturday',
        'attribution: A neighbour said',
        'claim: she recorded the video from her porch and that she heard no shouting',
      ],
    ],
    ['calling the accuser a liar', '"They are lying," the mayor said.', ['denial: They are lying', 'attribution: the mayor said']],
    [
      'a company that has not yet answered, or does not expect something, which denies nothing',
      'A spokesman for Limcaoco Industrial Gases Inc. said the company did not expect delays at the plant.',
      ['attribution: A spokesman for Limcaoco Industrial Gases Inc. said', 'claim: the company did not expect delays at the plant'],
    ],
    [
      '"belied" of a feeling, which denies no claim',
      'His calm manner belied the pressure he was under, colleagues said.',
      ['claim: His calm manner belied the pressure he was under', 'attribution: colleagues said'],
    ],
    [
      'a cause put in the place of another, which dismisses no link',
      'Residents said the new tax had nothing to do with improving services and everything to do with paying debts.',
      [
        'attribution: Residents said',
        'claim: the new tax had nothing to do with improving services and everything to do with paying debts',
      ],
    ],
    [
      'neither confirming nor denying, then denying',
      'The ministry said it could not confirm or deny the report, but denied that any money had gone missing.',
      ['attribution: The ministry said', 'denial: it could not confirm or deny the report, but denied that any money had gone missing'],
    ],
    [
      'care that never came, with the reason why, which answers',
      '"Nobody took him to a doctor because he was not injured," the station commander said.',
      ['denial: Nobody took him to a doctor because he was not injured', 'attribution: the station commander said'],
    ],
    [
      "a priest's title before his name, and after it a word that opens a sentence",
      'Fr. Rolando Abad, the parish priest, said the chapel held 400 people. The meeting was chaired by Fr. Afterward, the priest said 40 families had come.',
      [
        'attribution: Fr. Rolando Abad, the parish priest, said',
        'claim: the chapel held 400 people',
        'attribution: the priest said',
        'claim: 40 families had come',
      ],
    ],
    [
      'what a denial verb rejects, whatever its words',
      'Trudi Balneaves rejected suggestions the transfer should have been cancelled when the call came in.',
      ['attribution: Trudi Balneaves rejected', 'denial: suggestions the transfer should have been cancelled when the call came in'],
    ],
    [
      "a time after the cue, a participle's clause before the speaker, and evidence given",
      'The trust said late on Tuesday it had answered the offer on April 20. Opening the inquest, Ataahua Matenga said the farmhand waited three hours. His wife gave evidence that she rang 111 three more times.',
      [
        'attribution: The trust said late on Tuesday',
        'claim: it had answered the offer on April 20',
        'attribution: Ataahua Matenga said',
        'claim: the farmhand waited three hours',
        'attribution: His wife gave evidence',
        'claim: she rang 111 three more times',
      ],
    ],
    [
      'applicants never called, and a witness who saw nothing, which deny nothing',
      '"Their money was taken and nobody was ever called for a test," he said. A neighbour said he had seen no motorcycles leave the spot.',
      [
        'claim: Their money was taken and nobody was ever called for a test',
        'attribution: he said',
        'attribution: A neighbour said',
        'claim: he had seen no motorcycles leave the spot',
      ],
    ],
    [
      'a wish and a verdict said for emphasis, which are no claims',
      '"I\'d like the minister to come and explain that to our juniors," Ms Tuckwell said. "This was an election slush fund, plain and simple," Ms Scullion said.',
      [],
    ],
    [
      'lying on oath or in statements, which calls a liar, and a company denying its own part in a cause',
      '"The minister was lying on oath," Hale said. The company said the fish kill had nothing to do with its discharge and everything to do with the drought.',
      [
        'denial: The minister was lying on oath',
        'attribution: Hale said',
        'attribution: The company said',
        'denial: the fish kill had nothing to do with its discharge and everything to do with the drought',
      ],
    ],
    [
      'a company that made no payment, and data that belied assurances',
      "A spokesman for Torvald Corp. said the company did not make any payment to the official. The data belied the ministry's assurances that the water was safe.",
      [
        'attribution: A spokesman for Torvald Corp. said',
        'denial: the company did not make any payment to the official',
        'attribution: The data belied',
        "denial: the ministry's assurances that the water was safe",
      ],
    ],
    [
      'advice after "saying" beside a denial, which stays unmarked',
      'The ministry denied the report, saying people should ignore the rumours.',
      ['attribution: The ministry denied', 'denial: the report'],
    ],
    [
      'evidence given in a relative clause, and a role opened by "Opening"',
      'Dr Rajesh Menon, who gave evidence that the baby had been left alone, said he had raised concerns in 2021. Opening batsman Imam Haq said the pitch had been watered twice.',
      [
        'attribution: Dr Rajesh Menon, who gave evidence that the baby had been left alone, said',
        'claim: he had raised concerns in 2021',
        'attribution: Opening batsman Imam Haq said',
        'claim: the pitch had been watered twice',
      ],
    ],
    [
      'a speaker named after the narration\'s preposition, with "who said"',
      'The case was brought by prosecutor Preet Bharara, who said the scheme had defrauded investors of $400 million.',
      ['attribution: prosecutor Preet Bharara, who said', 'claim: the scheme had defrauded investors of $400 million'],
    ],
    [
      'a quotation saying nobody did the deed alleged, which answers it',
      '"Nobody in this ministry fixed any tender," Cabinet Secretary Alice Wahome said.',
      ['denial: Nobody in this ministry fixed any tender', 'attribution: Cabinet Secretary Alice Wahome said'],
    ],
    [
      'a quotation of astonishment, which denies nothing',
      '"This town has never seen such a flood," the mayor said.',
      ['claim: This town has never seen such a flood', 'attribution: the mayor said'],
    ],
    [
      'a quotation that negates what was alleged, pointed back to',
      '"There was never any such payment, and if there had been, I would have been the first to report it," Mancebo said.',
      [
        'denial: There was never any such payment, and if there had been, I would have been the first to report it',
        'attribution: Mancebo said',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['"said" as an adjective', 'Under the said agreement, the firm pays.'],
    ['"said" in a headline', '# What the company said about the spill'],
    ['"said" inside a title in quotation marks', 'In her book "Nobody Said It Would Be Easy", Nassar describes her youth.'],
    ['scare quotes', 'The plan is nicknamed the "big dig" in the press.'],
    ['a verb that needs "that" or a quotation', 'Patients have announced a protest on Friday.'],
    ['"called" without a dismissive word', 'The city called the meeting for Monday.'],
    ['"It" opening a sentence', 'It said nothing about the budget.'],
    ['a passive "it was said"', 'It was said that the mayor would resign.'],
    ['"said" followed by no clause', 'Nothing more was said about it.'],
    ['no reporting at all', 'The vote passed by 23 to 18.'],
    ['an opinion, and so its attribution', '"It is a shame that it came to this," said Ruth Ekwueme, who lives nearby.'],
    ['a passive denial verb', 'The border has been disputed since the treaty was signed.'],
    ['a denial verb with only a time after it', 'Dawn Alliance won 19 of the mayoral races it contested last October.'],
    ['complaints called what agrees with them', 'The minister called the complaints "serious" and ordered an inquiry.'],
    ['complaints called something unquoted', 'The ombudsman called the complaints understandable, given the delays.'],
    ['a complaint called what is taken seriously', 'The FA called the complaint "a matter we take very seriously".'],
    ['a grievance that tells what happened', 'The regulator opened an inquiry into the flaring, after 200 residents complained.'],
    ['what might have been, with no condition', '"On a school morning it would have been full of children," said Ana Petrov, a neighbour.'],
    ['what anyone thinks', '"You trust the label. You never imagine it could make her ill," said Ines Kall, a mother of two.'],
    ['a demand that someone pay', '"Somebody has to pay for this," said Mila Dorn, whose shop flooded.'],
    ['what something shows', '"This is how public money disappears," said Olga Brant, who lives nearby.'],
    ['grief', '"Nothing in this report will bring my son home," said Tom Reel, whose son died.'],
    ['a pledge of answers', '"These families will get answers," the minister said.'],
    ['a fear said of oneself', '"Every night we wonder whether it will be our house," said Ida Lunn, who lives by the border.'],
    ['a feeling of being cheated', '"I have never felt so cheated in my life," said Rewi Talamoni, who was at the final.'],
    ['a likeness', '"It is like watching a forest burn in slow motion," said Aroha Teraupo, a marine biologist.'],
    ['what one took oneself to be living through', '"I thought I was listening to him die," said Mele Tiarehau.'],
    ['what one cannot stop going over', '"I cannot stop thinking about all the glasses of water I gave him," said Lela Tsiklidze.'],
    ['what one keeps hearing', '"I keep hearing the screams when the bus turned over," said Nino Tetruashvili, a passenger.'],
    ['where a heart went', '"My heart went into the ground with him," said Le Thi Hoa, whose son drowned.'],
    ['what one cannot bear to look at', '"I cannot look at the trophy now," said Tran Van Minh, who played in the final.'],
    ['a heart with the families', '"My heart is with the families of the victims," said Le Thi Hoa.'],
    ['what one cannot do until a son is found', '"I cannot sleep until they find my son," said Ha Van Binh.'],
    ['a mayor\'s "must"', '"Residents must conserve water," said Mayor Ana Lind.'],
    ['a law professor\'s "should"', 'Ana Ruiz, a law professor at Harlby University, said the court should overturn the ruling.'],
    ['results called good', "The health minister called the study's results encouraging."],
  ])('suggests nothing for %s', (_name, text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each([
    ['what one keeps seeing of the world', '"I keep seeing trucks dump waste into the river at night," said Gela Kapanadze.'],
    ['what one cannot forgive, and who did it', '"I cannot forgive the driver who killed my daughter and drove off," said Mai Lan.'],
    ['why one cannot sleep', '"We cannot sleep because the planes fly over our homes every night," said Ha Binh.'],
    ['a heart that stopped', '"My heart stopped twice on the operating table," said Dao Nam, a patient.'],
    ['what a racing heart saw', '"My heart was racing, and I saw the driver go through a red light," said Vo Binh, a witness.'],
    ['what one keeps hearing told', '"We keep hearing that the money was spent on cars for officials," said Eka Lomidze, a councillor.'],
    [
      "a claim told with one's tears",
      '"I couldn\'t stop crying when they told me the hospital had known about the infection for weeks," said Nino Beridze.',
    ],
  ])('still suggests a claim for %s', (_name, text) => {
    expect(marks(text)[0]).toMatch(/^claim: /u);
  });

  it('reads truth said to be withheld, as what opens the statement, as an accusation, not a denial', () => {
    expect(marks('"Not one word of truth has come from the government about this spill," said Gela Abashidze, a fisherman.')[0]).toBe(
      'claim: Not one word of truth has come from the government about this spill',
    );
    expect(marks('Residents say that not a word of truth was told to them about the tunnel.')).toContain(
      'claim: not a word of truth was told to them about the tunnel',
    );
    // Truth said to be absent from something denies it, and a word of denial after the phrase still counts.
    expect(marks('"Not a word of truth is in that report," the minister said.')[0]).toBe('denial: Not a word of truth is in that report');
    expect(
      marks('"Not a word of truth has come from the company, and its claims that the site is safe are false," said Ana Kos.')[0],
    ).toMatch(/^denial: /u);
  });

  it('reads a participle after a cue as no statement when it joins nothing said on', () => {
    expect(marks('Prices rose 4% in March, the statistics office said, adding to pressure on the central bank.')).toEqual([
      'claim: Prices rose 4% in March',
      'attribution: the statistics office said',
    ]);
    expect(marks('Prices rose 4% in March, said Ana Berg, adding to concerns about rents.')).toEqual([
      'claim: Prices rose 4% in March',
      'attribution: said Ana Berg',
    ]);
    expect(marks('Sales fell by a tenth, the company said on Monday, saying nothing about the 400 workers it employs.')).toEqual([
      'claim: Sales fell by a tenth',
      'attribution: the company said on Monday',
    ]);
  });
});

describe('suggestMarks', () => {
  const text =
    'Tomás Reyes, a fisherman, said the work had driven away the fish. "Nobody asked us," he added.\n\n' +
    '"We follow every rule," Reyes told reporters. "The work is safe."';

  it('links each statement and its attribution both ways', () => {
    const suggestions = suggestMarks(text);
    for (const suggestion of suggestions) {
      for (const link of suggestion.links) {
        const other = suggestions.find((candidate) => candidate.id === link);
        expect(other?.links).toContain(suggestion.id);
        expect(other?.kind === 'attribution').toBe(suggestion.kind !== 'attribution');
      }
    }
    const rule = suggestions.find((suggestion) => suggestion.quote === 'The work is safe');
    const speaker = suggestions.find((suggestion) => suggestion.id === rule?.links[0]);
    expect(speaker?.quote).toBe('Reyes told reporters');
    expect(rule?.reason).toBe('continues the quotation of Tomás Reyes');
  });

  it('links a quotation standing alone at the head of the next paragraph to the speaker whose quotation closed the one before', () => {
    const suggestions = suggestMarks(
      '"We were told in Parliament that every island would get its share before June," Kemaba said.\n\n' +
        '"Our people were ready to start on the water tanks in July. The cement is sitting in the council store."',
    );
    const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
    const attribution = suggestions.find((suggestion) => suggestion.kind === 'attribution');
    expect(attribution?.links.map((id) => byId.get(id)?.quote)).toEqual([
      'We were told in Parliament that every island would get its share before June',
      'Our people were ready to start on the water tanks in July. The cement is sitting in the council store',
    ]);
    // Not where the paragraph goes on to name who said it, or another who answers.
    const answered = suggestMarks(
      '"The road has been closed for a week," said Ana Lobo, a farmer.\n\n' +
        '"That is simply not true." The transport minister, Rui Costa, rejected her account on Tuesday.',
    );
    expect(answered.find((suggestion) => suggestion.quote === 'That is simply not true')?.reason).toBe('quotation on its own');
    // Not after a paraphrase: the quotation may be another's.
    const afterParaphrase = suggestMarks(
      'Kemaba said every island would get its share before June.\n\n"Our people were ready to start on the water tanks in July."',
    );
    expect(afterParaphrase.find((suggestion) => suggestion.kind === 'attribution')?.links).toHaveLength(1);
  });

  it('links a quotation standing alone after a paraphrase in its paragraph to the same speaker', () => {
    const suggestions = suggestMarks(
      'The fire burned for 11 hours, fire chief Pita Moetaka told reporters. "The tank was full. It took the pump house with it."',
    );
    const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
    const attribution = suggestions.find((suggestion) => suggestion.kind === 'attribution');
    expect(attribution?.links.map((id) => byId.get(id)?.quote)).toEqual([
      'The fire burned for 11 hours',
      'The tank was full. It took the pump house with it',
    ]);
    // Not after a paraphrase its speaker does not close: the quotation may be another's.
    const witnesses = suggestMarks('Police said the crowd was peaceful, though witnesses described clashes. "They beat us with batons."');
    expect(witnesses.find((suggestion) => suggestion.quote === 'They beat us with batons')?.links).toEqual([]);
    // Being cheated is told, not felt: an accusation.
    expect(statementsOf('"We were cheated out of the title by the referee," said Rewi Talamoni, a fan.')).toEqual([
      'claim: We were cheated out of the title by the referee',
    ]);
  });

  it('reads a sentence in the tense of reported speech as carrying on the report before it, in its paragraph', () => {
    const carried =
      'The water board said the filters at Ashmere had failed on Sunday. No bacteria had been found in the tanks on the hill.';
    const suggestions = suggestMarks(carried);
    expect(suggestions.map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`)).toEqual([
      'attribution: The water board said',
      'claim: the filters at Ashmere had failed on Sunday',
      'claim: No bacteria had been found in the tanks on the hill',
    ]);
    const rest = suggestions.find((suggestion) => suggestion.quote.startsWith('No bacteria'));
    expect(suggestions.find((suggestion) => suggestion.id === rest?.links[0])?.quote).toBe('The water board said');
    expect(rest?.reason).toBe('continues what was reported of water board');
    // Its subject may have an apposition, figures and all.
    expect(
      marks(
        'The water board said the filters had failed on Sunday. The repairs, between 20,000 and 30,000 pounds, had been paid by the town.',
      ),
    ).toContain('claim: The repairs, between 20,000 and 30,000 pounds, had been paid by the town');
    // A month that bounds it goes on with the report; "in" a month, or a year, dates the reporter's background (below).
    expect(
      marks('An official said the notices had never been posted. The boxes of letters had stayed in the store room until February.'),
    ).toContain('claim: The boxes of letters had stayed in the store room until February');
    // The reporter's own: nothing reported before it, a pronoun's background, the past perfect of a relative clause.
    expect(marks('No bacteria had been found in the tanks on the hill.')).toEqual([]);
    expect(marks('The water board said the filters had failed on Sunday. It had replaced them in 2019.')).not.toContain(
      'claim: It had replaced them in 2019',
    );
    expect(marks('The water board said the filters had failed on Sunday. Police asked anyone who had fallen ill to call.')).toEqual([
      'attribution: The water board said',
      'claim: the filters had failed on Sunday',
    ]);
    // Nor background with a date, a sentence set against the report or opened by a clause of its own, what another
    // said or ruled before, or a second sentence on.
    const reportFirst = 'The water board said the filters had failed on Sunday.';
    for (const after of [
      'The plant had opened in 1998.',
      'The previous chief engineer had resigned in January after a row over pay.',
      'But the board had cut its maintenance budget twice.',
      'After the storm had passed, crews cleared the pipes.',
      'Engineers had warned of worn filters.',
      'Members knew the board had ignored them.',
    ]) {
      expect(marks(`${reportFirst} ${after}`)).toEqual(['attribution: The water board said', 'claim: the filters had failed on Sunday']);
    }
    expect(marks(`${reportFirst} No bacteria had been found in the tanks. The tanks had been cleaned.`)).not.toContain(
      'claim: The tanks had been cleaned',
    );
  });

  it('fills in the speaker: a name and title, a pronoun or a surname resolved to the person named before', () => {
    const speakers = suggestMarks(text)
      .filter((suggestion) => suggestion.kind === 'attribution')
      .map((suggestion) => [suggestion.quote, suggestion.speaker]);
    expect(speakers).toEqual([
      ['Tomás Reyes, a fisherman, said', { name: 'Tomás Reyes', role: 'a fisherman', sourceType: 'named' }],
      ['he added', { name: 'Tomás Reyes', role: '', sourceType: 'named' }],
      ['Reyes told reporters', { name: 'Tomás Reyes', role: '', sourceType: 'named' }],
    ]);
  });

  it('reads the speaker of a cue joined on by "and" as the subject of the verb before it, never "and"', () => {
    const text =
      'The minister praised the report and said the budget would rise by 4 percent. ' +
      'Holm called the figures "accurate" and said the plant would close in March.';
    expect(marks(text)).toEqual([
      'attribution: The minister praised the report and said',
      'claim: the budget would rise by 4 percent',
      'attribution: Holm called the figures "accurate" and said',
      'claim: the plant would close in March',
    ]);
    expect(speakersOf(text).map((speaker) => speaker.name)).toEqual(['The minister', 'Holm']);
  });

  it('reads a pronoun as the speaker of the paragraph so far', () => {
    const speakers = speakersOf(
      'Ana Silva said the roof had held. A city spokeswoman denied that any request was made. "We never asked," she said.',
    ).map((speaker) => speaker.name);
    expect(speakers).toEqual(['Ana Silva', 'A city spokeswoman', 'A city spokeswoman']);
  });

  it('reads "it" as the organisation speaking in the paragraph', () => {
    const speaker = suggestMarks('The ministry denied the report. In a written answer, it said the trains ran on time.').find(
      (suggestion) => suggestion.quote === 'it said',
    );
    expect(speaker).toMatchObject({ quote: 'it said', speaker: { name: 'ministry', sourceType: 'organisation' } });
  });

  it('reads a title written before the name in lower case, and bodies by what describes them', () => {
    const speakers = speakersOf(
      'health minister Ilka Brandt said the ward would reopen in June. Consumer group Fairway said prices had risen by a third. ' +
        'The group later said the figure was provisional. The clinic said it was full.',
    );
    expect(speakers).toEqual([
      { name: 'Ilka Brandt', role: 'health minister', sourceType: 'named' },
      { name: 'Fairway', role: 'Consumer group', sourceType: 'organisation' },
      { name: 'Fairway', role: '', sourceType: 'organisation' },
      { name: 'clinic', role: '', sourceType: 'organisation' },
    ]);
  });

  it('reads a surname as the person of that name before a body whose name starts with it', () => {
    const speakers = speakersOf(
      'Orlo Bank said its loans were safe. "The books were audited in May," said Ina Orlo, the bank owner. Orlo said the audit was new. ' +
        '"We checked twice," said Karl Ness. The Karl Ness Foundation paid for the study. Karl Ness said the study was independent.',
    ).map((speaker) => speaker.name);
    expect(speakers).toEqual(['Orlo Bank', 'Ina Orlo', 'Ina Orlo', 'Karl Ness', 'Karl Ness']);
  });

  it('reads a body named in the narration by the first words of its name or by what describes it', () => {
    const speakers = speakersOf(
      'Inspectors grounded every plane of budget carrier Brisca Airways on Tuesday. The carrier said the records were in order. ' +
        'A vice-rector of Saint Aurel University was charged. Saint Aurel said it had suspended two officers.',
    );
    expect(speakers.map((speaker) => [speaker.name, speaker.sourceType])).toEqual([
      ['Brisca Airways', 'organisation'],
      ['Saint Aurel University', 'organisation'],
    ]);
  });

  it('reads a body named again in full as the body a descriptor named before, not a person', () => {
    const speakers = speakersOf(
      'The strike was called over a plan by terminal operator Castellan Freight. Castellan Freight said in a statement that the plan was a draft.',
    );
    expect(speakers.map((speaker) => [speaker.name, speaker.sourceType])).toEqual([['Castellan Freight', 'organisation']]);
  });

  it('reads a statement before its speaker past a fronted clause, an apposition of the speaker, or narration after', () => {
    expect(marks('If convicted, Varro faces up to eight years in prison, the state news agency HNB reported.')).toEqual([
      'claim: If convicted, Varro faces up to eight years in prison',
      'attribution: the state news agency HNB reported',
    ]);
    expect(marks('Two of those patients remained in intensive care, a ministry spokeswoman, Dara Velin, told Calder Press.')).toEqual([
      'claim: Two of those patients remained in intensive care',
      'attribution: a ministry spokeswoman, Dara Velin, told Calder Press',
    ]);
    expect(marks('Of the 37 students, 22 are still enrolled, the university said, prompting calls for an inquiry.')).toEqual([
      'claim: Of the 37 students, 22 are still enrolled',
      'attribution: the university said',
    ]);
    expect(marks('But on Monday, the ministry said it had appealed.')).toEqual([
      'attribution: the ministry said',
      'claim: it had appealed',
    ]);
    expect(marks('But a former engineer, who spoke on condition of anonymity, said managers had pressed staff.')).toEqual([
      'attribution: a former engineer, who spoke on condition of anonymity, said',
      'claim: managers had pressed staff',
    ]);
    // A short statement with a verb is one, an opener alone is not.
    expect(marks('At least 12 people died, police said.')).toEqual(['claim: At least 12 people died', 'attribution: police said']);
    expect(marks('In May sales fell, the company said.')).toEqual(['claim: In May sales fell', 'attribution: the company said']);
    expect(marks('Asked whether the plan, which cost millions, would work, the minister said it would.')).not.toContain(
      'claim: Asked whether the plan, which cost millions, would work',
    );
    // A list of thirty places is read at once (a dateline pattern once took exponential time over such a list), and
    // is too long to be a speaker.
    const places = Array.from({ length: 30 }, (_, index) => `Land${String.fromCharCode(65 + (index % 26))}${index}`);
    expect(marks(`${places.join(', ')} and Ireland said on Monday that the deal was close.`)).toEqual([]);
    // A dateline of several parts is no speaker.
    expect(
      suggestMarks('BRELLIN, Sorvania, Nov 14 (Linden Wire) - The bank said on Thursday that hackers had stolen data.').map(
        (suggestion) => suggestion.speaker?.name,
      ),
    ).not.toContain('BRELLIN');
  });

  it('reads "the union" as the union the text names for what it is, over a description of it, but no name that holds the word', () => {
    const text =
      'Drivers stayed away on Tuesday, their union said. Brundall is a member of the Union of Tram and Bus Workers. ' +
      'The union says 610 of its members walked out.';
    expect(speakersOf(text).map((speaker) => speaker.name)).toEqual(['Union of Tram and Bus Workers', 'Union of Tram and Bus Workers']);
    expect(
      speakersOf('Members of the Union for Retail Workers protested. The union said wages had fallen 8% in real terms.').map(
        (speaker) => speaker.name,
      ),
    ).toEqual(['Union for Retail Workers']);
    // …but not the other side, which speaks for itself.
    expect(
      speakersOf('Pay talks failed on Monday, the union said. The Union of Employers said the offer had been fair.').map(
        (speaker) => speaker.name,
      ),
    ).toEqual(['union', 'Union of Employers']);
    // A name that merely holds the word is another body: "The European Union" for "the union", "Border Police" for "police".
    expect(
      speakersOf('The European Union opened an inquiry on Monday. Drivers will walk out for a week, the union said.').map(
        (speaker) => speaker.name,
      ),
    ).not.toContain('European Union');
    // …the one it names of that kind: not a union of zoo workers for "the zoo".
    const zoo =
      'The giraffe died on Sunday, the zoo said. The Union of Zoo and Park Workers blamed staffing. ' +
      'Hallowmere City Zoo employs 40 keepers.';
    expect(speakersOf(zoo).map((speaker) => speaker.name)).not.toContain('Union of Zoo and Park Workers');
    // …but a body described more closely that spoke last is the one meant.
    const ministries =
      'The Ministry of Defence said the border was calm. The interior ministry said 12 people had been arrested. ' +
      'The ministry said the arrests followed a tip-off.';
    expect(speakersOf(ministries).map((speaker) => speaker.name)).toEqual([
      'Ministry of Defence',
      'interior ministry',
      'interior ministry',
    ]);
  });

  it('reads a second source\'s report joined on by ", as" as a report of its own', () => {
    expect(
      marks(
        'A wildfire destroyed 140 homes, the fire service said on Tuesday, as residents complained that the order to leave had come too late.',
      ),
    ).toEqual([
      'claim: A wildfire destroyed 140 homes',
      'attribution: the fire service said on Tuesday',
      'attribution: residents complained',
      'claim: the order to leave had come too late',
    ]);
    // A pronoun there is the first speaker again: a report of its own only with a clause after its verb.
    expect(marks('The mayor said the bridge had reopened on Friday, as she told reporters outside city hall.')).not.toContainEqual(
      'claim: outside city hall',
    );
    expect(marks('The mayor said the budget had been cut by 10%, as he said the council had no choice.')).toContainEqual(
      'claim: the council had no choice',
    );
    // "As" a time, with no report after it, is narration.
    expect(marks('The bridge was closed, the council said, as the river rose.')).toEqual([
      'claim: The bridge was closed',
      'attribution: the council said',
    ]);
  });

  it('reads "the club" as the club named before, and one of two bodies joined by "and" as that one', () => {
    const text =
      'The derby between Kostrel Mariners and Quenmark Athletic was abandoned, the federation said. ' +
      'Kostrel Mariners dismissed that account. "All six gates were open," the club said in a statement.';
    expect(sourcesOf(text)).toEqual(['federation: organisation', 'Kostrel Mariners: organisation', 'Kostrel Mariners: organisation']);
    // Two clubs named together, and none speaking: "the club" could be either.
    expect(sourcesOf('Tarn Rovers fans attacked a coach carrying Darsk Dynamo players. The club said it had identified 20 fans.')).toEqual([
      'club: organisation',
    ]);
  });

  it('reads a centre speaking as a body', () => {
    expect(sourcesOf('Forty people have fallen ill since March, the national disease control centre said on Tuesday.')).toEqual([
      'national disease control centre: organisation',
    ]);
  });

  it('reads "Ms Ortega" and "Dr. Ortega" as the Maria Ortega named before', () => {
    const named = suggestMarks(
      'Maria Ortega, a lawyer for the families, said the report was incomplete. Ms Ortega said the data was old. Dr. Ortega said the review was late.',
    )
      .filter((mark) => mark.kind === 'attribution')
      .map((mark) => mark.speaker?.name);
    expect(named).toEqual(['Maria Ortega', 'Maria Ortega', 'Maria Ortega']);
    // …and an advocate's "Adv." and Sesotho "Ntate" and "Mme" open a name (and "Adv." ends no sentence).
    expect(
      marks(
        "The family's lawyer, Adv. Mamello Rapapa, said the man was beaten. His brother, Ntate Mpho Nkuebe, said the cells were full. Mme Limpho Makara said an inquiry had opened.",
      ).filter((mark) => mark.startsWith('attribution')),
    ).toEqual([
      "attribution: The family's lawyer, Adv. Mamello Rapapa, said",
      'attribution: His brother, Ntate Mpho Nkuebe, said',
      'attribution: Mme Limpho Makara said',
    ]);
  });

  it('keeps "Ms Ortega" as written when another Ortega is named, or when she is said to be someone else', () => {
    const speakers = (text: string) =>
      suggestMarks(text)
        .filter((mark) => mark.kind === 'attribution')
        .map((mark) => mark.speaker?.name);
    expect(
      speakers(
        'Maria Ortega, a lawyer for the families, said the report was incomplete. Her husband, Luis Ortega, was arrested in May. Ms Ortega said the data was old.',
      ),
    ).toEqual(['Maria Ortega', 'Ms Ortega']);
    expect(
      speakers('Maria Ortega, a lawyer for the families, said the report was incomplete. Mr Ortega, her brother, said the data was old.'),
    ).toEqual(['Maria Ortega', 'Mr Ortega']);
  });

  it('reads a short name given in brackets as the body it stands for, and names the body without it', () => {
    expect(
      sourcesOf(
        'The sales broke rules of the Porviran Football Confederation (CFP) that bar them. The CFP said on Thursday that the sales were under review.',
      ),
    ).toEqual(['Porviran Football Confederation: organisation']);
    expect(
      sourcesOf(
        'The Baixada Morena health surveillance agency (Vigimor) said 14 people had fallen ill. Vigimor said later that two had died.',
      ),
    ).toEqual(['Baixada Morena health surveillance agency: organisation', 'Baixada Morena health surveillance agency: organisation']);
    // A dateline's agency in brackets is no body's short name.
    expect(sourcesOf('PALUNGAN (Warkabar) - The city council voted to close the depot. Warkabar said the vote was close.')).toEqual([
      'Warkabar: organisation',
    ]);
  });

  it('reads "the hierarch" as the official named last with a post, and a day of a month as no name', () => {
    expect(
      speakersOf(
        'The director of school meals at the ministry, Alberto Ruocchetti, said the firm delivers 120 grams of meat. The hierarch added that inspectors had made 38 visits.',
      ).map((speaker) => speaker.name),
    ).toEqual(['Alberto Ruocchetti', 'Alberto Ruocchetti']);
    expect(sourcesOf('A worker dismissed on 24 July, who asked not to be named, said that his supervisor showed him a list.')).toEqual([
      'A worker dismissed on 24 July: anonymous',
    ]);
  });

  it('reads councillors opening a sentence as unnamed people, so "the company" after them is the company named', () => {
    expect(sourcesOf('Councillors said the Vallemare Casino Company paid bonuses. The company denied that any bonus was paid.')).toEqual([
      'Councillors: anonymous',
      'Vallemare Casino Company: organisation',
    ]);
  });

  it('reads a palace as the household speaking, a written decision as a document, and leaves how a body denies out of its name', () => {
    expect(sourcesOf('The Palace said in a press release on Monday that no offer had been received.')).toEqual(['Palace: organisation']);
    expect(sourcesOf('The decision says the ban runs from 2 March, the day of her provisional suspension.')).toEqual([
      'decision: document',
    ]);
    expect(speakersOf('The government formally denies that the hotel was sold last year.').map((speaker) => speaker.name)).toEqual([
      'government',
    ]);
  });

  it('reads "it" as the body the sentence opens on, and "the striker who…" as a person', () => {
    expect(
      sourcesOf(
        'Morabrava Mining denied the leak.\n\nThe municipal water service shut its river intake on Sunday and is supplying 14,000 residents by truck, it said.',
      ),
    ).toEqual(['Morabrava Mining: organisation', 'municipal water service: organisation']);
    expect(
      sourcesOf('Tiziu, the striker who left the club for a team abroad in 2024, wrote on social media that he had never been paid.'),
    ).toEqual(['Tiziu: named']);
    // …not when someone spoke before in the paragraph, whom "it" goes on quoting.
    expect(
      sourcesOf('The health ministry said 40 schools were damaged. The school in Hat Yai will keep its doors shut until June, it said.'),
    ).toEqual(['health ministry: organisation', 'health ministry: organisation']);
    expect(sourcesOf('Marlow, the firm which built the bridge, said it was safe.')).toEqual(['Marlow: organisation']);
  });

  it("reads a later mention by the given name, a nickname or a monk's title as the person named in full before", () => {
    const named = (text: string) =>
      suggestMarks(text)
        .filter((mark) => mark.kind === 'attribution')
        .map((mark) => `${mark.speaker?.name}: ${mark.speaker?.sourceType}`);
    expect(named('Boonlert Saengsawang, the village head, said the wells were poisoned. Boonlert said the children were sick.')).toEqual([
      'Boonlert Saengsawang: named',
      'Boonlert Saengsawang: named',
    ]);
    expect(named('Orawan Thepkesorn said the water came at night. Ms Orawan said the village got no warning.')).toEqual([
      'Orawan Thepkesorn: named',
      'Orawan Thepkesorn: named',
    ]);
    // …and by "Khun" or "Daw" before the given name, as Thai and Myanmar copy writes later mentions.
    expect(named('Suwit Rerkphaibun, the district chief, said the fees were legal. Khun Suwit said he kept no money.')).toEqual([
      'Suwit Rerkphaibun: named',
      'Suwit Rerkphaibun: named',
    ]);
    expect(named('Phra Ajarn Wisut Kantasilo, the abbot, said the monks cut no trees.')).toEqual(['Wisut Kantasilo: named']);
    // "Gen" and "Pol" alone are given names; a text that calls someone by the surname alone names people so.
    expect(named('Defence Minister Gen Nakatani said the missiles were ready.')).toEqual(['Gen Nakatani: named']);
    expect(named('Jordan Bardella said the border was shut. Bardella said the vote was lost. Jordan said the border was closed.')).toEqual([
      'Jordan Bardella: named',
      'Jordan Bardella: named',
      'Jordan: organisation',
    ]);
    expect(named('Pol Col Worawit Chantharasap said the officers were cleared.')).toEqual(['Worawit Chantharasap: named']);
    expect(named('The director, Dr. Yutthana Saengphet, said no filter was used twice. Yutthana said the audit was wrong.')).toEqual([
      'Dr. Yutthana Saengphet: named',
      'Dr. Yutthana Saengphet: named',
    ]);
    // A nickname inside a name is no quotation, and names the person later.
    expect(
      marks('"The reef is dying," said Jiraporn "Noi" Khamwiset, who runs a dive shop. Noi said the piles went in at night.').filter(
        (mark) => mark.startsWith('claim'),
      ),
    ).toEqual(['claim: The reef is dying', 'claim: the piles went in at night']);
    expect(named('"The reef is dying," said Jiraporn "Noi" Khamwiset, who runs a dive shop. Noi said the piles went in at night.')).toEqual(
      ['Jiraporn Khamwiset: named', 'Jiraporn Khamwiset: named'],
    );
    // Two people of one given name: the name as written.
    expect(
      named('Anna Berg and Anna Holm run the bakery. Anna said the oven had failed twice.').map((speaker) => speaker.split(':')[0]),
    ).toEqual(['Anna']);
  });

  it('reads a name of two family names by the first of them, and a company by its legal form or what it is in Spanish', () => {
    const text =
      'Prosecutors say Calixto Bernal Chiquipa, who ran the office of then-Gov. Melquíades Mancebo Lastarria, demanded 8 percent. ' +
      'Bernal said he had never asked for money.\n\n' +
      'Mancebo, who governed the state from 2022 to 2026, has not been charged. "There was never any such payment," he said.\n\n' +
      'A former manager at Constructora Yanavilca S.A., Eulogio Quiñónez Arredondo, carried cash to the palace, prosecutors say. ' +
      'The company said in a statement it had never paid any official.';
    expect(sourcesOf(text)).toEqual([
      'Prosecutors: anonymous',
      'Calixto Bernal Chiquipa: named',
      'Melquíades Mancebo Lastarria: named',
      'prosecutors: anonymous',
      'Constructora Yanavilca S.A.: organisation',
    ]);
    // A legal form before the name, as Baltic and Indonesian copy writes it; a holding company.
    expect(
      sourcesOf(
        'UAB Kelmeda said in a statement it had won the contract. State Forest Holding denied that it had cut the strip. ' +
          'PT Bumi Raya said it had paid every worker.',
      ),
    ).toEqual(['UAB Kelmeda: organisation', 'State Forest Holding: organisation', 'PT Bumi Raya: organisation']);
  });

  it("reads a chiefly title before the given name as a person's, and a later mention by title and given name as the person named in full", () => {
    const text =
      'The Roko Tui Naivalu, Ratu Isikeli Naiqamavesi, told the court the money was paid. Ratu Isikeli said the elders knew. ' +
      'Adi Mereoni Vuniwaqa, who kept the village accounts until 2040, told the court she had never seen the receipts. ' +
      'Adi Mereoni said the cheques were banked.\n\n' +
      'The trucks came from a yard run by Lungfa Recycling Co, farmers said. Lungfa Recycling called the accusations baseless.';
    expect(sourcesOf(text)).toEqual([
      'Ratu Isikeli Naiqamavesi: named',
      'Ratu Isikeli Naiqamavesi: named',
      'Adi Mereoni Vuniwaqa: named',
      'Adi Mereoni Vuniwaqa: named',
      'farmers: anonymous',
      'Lungfa Recycling Co: organisation',
    ]);
  });

  it('reads a Malay or Tamil name whole with "bin", "binti" or "a/l", and a later mention by its honorifics and given name as that person', () => {
    const text =
      'The hospital director, Dr Hajah Fauziah binti Haji Suhaili, told the Post no patient had waited 14 months. ' +
      '"Urgent cases are seen within six weeks," Dr Fauziah said.\n\n' +
      'Awang Ghazali bin Jaludin, a member of the council, said the list was wrong. "It was fixed," Awang Ghazali said.\n\n' +
      'The resident engineer, Kesavan a/l Thangavelu, said the roof came late. "It was the rain," Kesavan said.\n\n' +
      'The minister, Dato Paduka Haji Johari bin Haji Metussin, said 40 houses were built. "All were fair," Dato Paduka Johari said.\n\n' +
      'Datuk Seri Tarmizi Sulong said 12 schools were shut. "None will reopen before March," Datuk Seri Tarmizi said.';
    expect(sourcesOf(text)).toEqual([
      'Dr Hajah Fauziah binti Haji Suhaili: named',
      'Dr Hajah Fauziah binti Haji Suhaili: named',
      'Awang Ghazali bin Jaludin: named',
      'Awang Ghazali bin Jaludin: named',
      'Kesavan a/l Thangavelu: named',
      'Kesavan a/l Thangavelu: named',
      'Dato Paduka Haji Johari bin Haji Metussin: named',
      'Dato Paduka Haji Johari bin Haji Metussin: named',
      'Datuk Seri Tarmizi Sulong: named',
      'Datuk Seri Tarmizi Sulong: named',
    ]);
    // "Awang" is an honorific only before a name with a father's name: Awang Selamat goes by "Awang".
    expect(
      sourcesOf(
        'Awang Selamat, a columnist, said 40 per cent of voters were undecided. Awang said the party was divided. ' +
          'Awang Hasnul bin Matusin, a retired teacher, said the clinic was shut. "Nobody called," Awang Hasnul said.',
      ),
    ).toEqual(['Awang Selamat: named', 'Awang Selamat: named', 'Awang Hasnul bin Matusin: named', 'Awang Hasnul bin Matusin: named']);
    // A given name two people named bear is a person's, which of them unsaid.
    expect(
      sourcesOf(
        'Razak bin Ali, a fisherman, said his boat was seized. Razak bin Osman, the village head, said 20 boats were taken. Razak said the navy was to blame.',
      ),
    ).toEqual(['Razak bin Ali: named', 'Razak bin Osman: named', 'Razak: named']);
    // One person, with an honorific more or less: "Datuk Dr Rozita Mazlan", "Dr Rozita".
    expect(sourcesOf('Committee chairman Datuk Dr Rozita Mazlan dismissed the figures. "Every patient was seen," Dr Rozita said.')).toEqual(
      ['Datuk Dr Rozita Mazlan: named', 'Datuk Dr Rozita Mazlan: named'],
    );
  });

  it('reads "The Minister of Fisheries, X," as a person, initials joined as a name ("H.K. Kodikara"), and a body\'s branch as the body', () => {
    expect(
      sourcesOf(
        'The Minister of Fisheries, Mohamed Thaufeeq Adam, said there was no truth in the suggestion. Subsidies were paid only against receipts, he said.\n\n' +
          'Sergeant H.K. Kodikara, 44, has pleaded not guilty. In a statement read by his counsel, Kodikara said he had never asked any miner for money.\n\n' +
          "The Siyanegama branch of the Government Doctors' Union said the shortage began in October. The party's youth wing said the vote was rigged.",
      ),
    ).toEqual([
      'Mohamed Thaufeeq Adam: named',
      'Mohamed Thaufeeq Adam: named',
      'H.K. Kodikara: named',
      "Siyanegama branch of the Government Doctors' Union: organisation",
      "party's youth wing: organisation",
    ]);
    // (Letters of a country stay no initials: "The U.S. Army said…" is the army.)
    expect(sourcesOf('The U.S. Army said the base was closed.')).toEqual(['U.S. Army: organisation']);
  });

  it('reads a record described at length after its statement, with how it came to light, and a sergeant "of the fraud squad" by name', () => {
    expect(
      sourcesOf(
        "Each mother paid TSh 20,000, a receipt book kept by the hospital's maternity ward, a copy of which was seen by the Kivuko Daily, shows. " +
          'The land was set aside for grazing, the village land use plan, approved in 2031 and seen by Tazama, shows. ' +
          "The road cuts through the reserve, a map attached to the company's felling licence, seen by the Tarova Star, shows. " +
          'The wells were drilled in 2030, a list of completed boreholes tabled in the House by the ministry in March states. ' +
          'Both firms were registered in 2029, company registration records tendered as evidence show.\n\n' +
          'Chemchemi Drilling Limited, the contractor, said in a statement that every borehole was drilled. ' +
          'The investigating officer, Sergeant Miriam Kopal of the fraud squad, told the court the payments were made in May.',
      ),
    ).toEqual([
      "receipt book kept by the hospital's maternity ward: document",
      'village land use plan: document',
      "map attached to the company's felling licence: document",
      'list of completed boreholes tabled in the House by the ministry: document',
      'company registration records tendered as evidence: document',
      'Chemchemi Drilling Limited: organisation',
      'Miriam Kopal: named',
    ]);
    // (Data from bookmakers, compiled by an office, are data: "Data" is no name.)
    expect(
      sourcesOf("Data from three licensed bookmakers, compiled by the federation's integrity office, show that 40 bets were placed."),
    ).toEqual(['data from three licensed bookmakers: document']);
  });

  it('reads what records or images show, with or without "that", but not what people show or a later source reports', () => {
    expect(marks('Records published by the commission show it cleared officers in 14 of the 31 fatal shootings it investigated.')).toEqual([
      'attribution: Records published by the commission show',
      'claim: it cleared officers in 14 of the 31 fatal shootings it investigated',
    ]);
    expect(marks('Each vessel drew a subsidy of Rf 4.50, the list of vessels, which the MP handed to reporters, shows.')).toEqual([
      'claim: Each vessel drew a subsidy of Rf 4.50',
      'attribution: the list of vessels, which the MP handed to reporters, shows',
    ]);
    for (const text of [
      'He wanted to show the club was serious about winning the league.',
      'Smith showed he was still the best batsman in England with an unbeaten 147.',
      'TV shows the network had planned for autumn were cancelled after the strike.',
      'The trial could show the drug has serious side effects.',
    ])
      expect(marks(text)).toEqual([]);
    // …but a clause of its own after the finding leaves it the record's.
    expect(
      marks('Data from the health ministry shows infections rose 20 percent last week, and the minister said schools would stay open.')[0],
    ).toBe('attribution: Data from the health ministry shows');
    expect(marks("Tesla's new model shows the company is serious about cheaper cars.")).toEqual([]);
    // (A record's finding goes on past a comma that no source closes: "…, a figure the auditor-general said … was an
    // underestimate", "…, but told regulators…".)
    for (const text of [
      'Records show the firm was paid twice, a figure the auditor-general said on Tuesday was an underestimate by about a third.',
      'Emails seen by the BBC show the company knew of the defect in 2018, but told regulators it had no concerns.',
      "Bank records show the money was moved through three accounts, including the alleged bribe paid to the minister's aide.",
    ])
      expect(marks(text)).toEqual([
        expect.stringMatching(/^attribution: /u),
        `claim: ${text.replace(/^.*? show /u, '').replace(/\.$/u, '')}`,
      ]);
    expect(marks('The records show the firm was paid twice, and the minister said an inquiry would be held.')).toEqual([
      'attribution: The records show',
      'claim: the firm was paid twice',
    ]);
    for (const [text, source] of [
      [
        'The map shows 14 villages were flooded, the disaster agency said in a statement issued on Tuesday night.',
        'the disaster agency said in a statement issued on Tuesday night',
      ],
      ['The book shows the Prime Minister knew about the scandal in 2018, the publisher claims.', 'the publisher claims'],
    ] as const)
      expect(marks(text)[1]).toBe(`attribution: ${source}`);
    // …nor what a source after it says records show.
    expect(marks('The map shows the border running through the middle of the village, residents said.')).toEqual([
      'claim: The map shows the border running through the middle of the village',
      'attribution: residents said',
    ]);
    expect(
      marks('The bank statements showed the company had paid $2.3 million to a shell firm in Cyprus, according to the indictment.'),
    ).toEqual([
      'claim: The bank statements showed the company had paid $2.3 million to a shell firm in Cyprus',
      'attribution: according to the indictment',
    ]);
  });

  it('reads a ministry by all its portfolios, listed with commas, and "the ministry" and "the governorate" as the body named so', () => {
    expect(
      sourcesOf(
        'The Ministry of Works, Highways and Human Settlement said the tender was open. The ministry said the award was fair. ' +
          'The Ministry of Economy, Trade and Grain Reserves, known as the economy ministry, called the charge baseless. ' +
          'The Wadi Zaraf Governorate issued the permit in May. The governorate called the claims baseless. ' +
          'The public prosecution said in a statement that three men were held.',
      ),
    ).toEqual([
      'Ministry of Works, Highways and Human Settlement: organisation',
      'Ministry of Works, Highways and Human Settlement: organisation',
      'Ministry of Economy, Trade and Grain Reserves: organisation',
      'Wadi Zaraf Governorate: organisation',
      'public prosecution: organisation',
    ]);
    expect(
      sourcesOf('Funding will be cut by a third next year, the Ministry of Water, Sanitation and Hygiene said in a statement.'),
    ).toEqual(['Ministry of Water, Sanitation and Hygiene: organisation']);
    // A list of people or of other bodies after a ministry is no portfolio, and "the ministry" is the ministry alone.
    expect(sourcesOf('Cases rose in May, the Ministry of Health, Ana Ruiz and Tom Lee said.')).not.toContain(
      'Ministry of Health, Ana Ruiz and Tom Lee: organisation',
    );
    expect(sourcesOf('"The drills are defensive," the Ministry of Defence, Nato and the Pentagon said.')).toEqual([
      'Ministry of Defence: organisation',
    ]);
    expect(
      sourcesOf(
        'The Ministry of Health and the World Health Organization launched a drive on Monday. The ministry said 2 million children would be vaccinated.',
      ),
    ).toEqual(['Ministry of Health: organisation']);
    // …nor is a surname that names mills a body: "John Mills said".
    expect(sourcesOf('"We have never seen anything like this," John Mills said.')).toEqual(['John Mills: named']);
  });

  it('reads "dismissed" after a passive as sacked, a body named after its description, and where an inverted speaker said it as no part of them', () => {
    expect(
      marks('Kou was suspended in March 2041 and dismissed in November after an internal inquiry, the Buildings Department said.'),
    ).toEqual([
      'claim: Kou was suspended in March 2041 and dismissed in November after an internal inquiry',
      'attribution: the Buildings Department said',
    ]);
    expect(
      marks('Pinnegar was sent on leave in July and dismissed in October, the council said. He denied the charges.').filter((mark) =>
        mark.startsWith('denial:'),
      ),
    ).toEqual(['denial: the charges']);
    expect(
      sourcesOf('The investor, the Zaraf Heights Tourism Company, rejected the claims. It said the lease was signed in 2038.'),
    ).toEqual(['Zaraf Heights Tourism Company: organisation', 'Zaraf Heights Tourism Company: organisation']);
    expect(speakersOf('The land was leased lawfully, said Governor Nabih Al-Shdeifat in a statement read to reporters.')[0]?.name).toBe(
      'Nabih Al-Shdeifat',
    );
  });

  it('reads Irish names with their particles, and "Mr" with the particle and family name as that person', () => {
    expect(
      sourcesOf(
        '"We asked for this for years," said Tomsie Ó Ceallaigh, who milks 90 cows. An HCE spokesperson, Donncha Ó hEochaidh, ' +
          'said the unit was staffed. Mr Ó hEochaidh said every resident was checked. The cathaoirleach of the council, Cllr Neasa ' +
          'Mac Conmara, told the Leader the quarry was on the agenda.',
      ),
    ).toEqual(['Tomsie Ó Ceallaigh: named', 'Donncha Ó hEochaidh: named', 'Donncha Ó hEochaidh: named', 'Neasa Mac Conmara: named']);
  });

  it('reads a name ending on a post word as the name, an Irish body as no person, a body named after what it is as the body', () => {
    expect(sourcesOf('Julie Bishop, Chancellor, Australian National University, said enrolments had fallen by 12 per cent.')[0]).toMatch(
      /^Julie Bishop: /u,
    );
    expect(sourcesOf('Banc Ceannais na hÉireann said inflation would ease to 2 per cent next year.')[0]).not.toMatch(/^hÉireann/u);
    expect(sourcesOf('Dr Seán Mac an tSaoi said 40 patients were waiting.')).toEqual(['Dr Seán Mac an tSaoi: named']);
    expect(sourcesOf('Pádraig Mac an Ghabhann, a farmer from Mayo, said the subsidy was too low.')).toEqual([
      'Pádraig Mac an Ghabhann: named',
    ]);
    expect(sourcesOf('One bidder, the Adani Group, said it had offered $2 billion.')).toEqual(['Adani Group: organisation']);
    expect(marks('The batsman was bowled and dismissed for 12 runs as India collapsed to 150 all out.')).not.toContain(
      'attribution: The batsman was bowled and dismissed',
    );
    // A relative who speaks may be the "Mr" who follows, not the one charged.
    expect(
      sourcesOf(
        'Former finance minister Sarah Okafor was charged with fraud on Monday. Her husband said the £2 million was a loan. Mr Okafor said the charges were political.',
      ),
    ).toContain('Mr Okafor: named');
    // …a relative only mentioned is no bar.
    expect(
      sourcesOf(
        'John Mensah, a taxi driver, was arrested on Friday. His wife, Abena, was not at home. "I am innocent," Mr Mensah told reporters.',
      ),
    ).toEqual(['John Mensah: named']);
    expect(
      speakersOf('Inflation will peak at 7 per cent, said Andrew Bailey, the Bank of England governor, in a speech in London.')[0]?.role,
    ).toBe('the Bank of England governor');
  });

  it('reads a post in capitals before a name in apposition as the post, a speaker with where they spoke as the speaker', () => {
    expect(
      sourcesOf(
        "The council's Regional Executive Officer, Wilfreda Pansa, told the court the diesel was missing. Works Minister Cornelio " +
          'Cuxil said the board decided. The minister, speaking to reporters outside the House, called the claims baseless.',
      ),
    ).toEqual(['Wilfreda Pansa: named', 'Cornelio Cuxil: named', 'Cornelio Cuxil: named']);
  });

  it('keeps a denial "dismissed" on a few words after a passive, and a person speaking for a body apart from it', () => {
    expect(marks('The company was contacted by Reuters and dismissed on Friday the allegations as "entirely false".')).toContain(
      'denial: on Friday the allegations as "entirely false"',
    );
    expect(sourcesOf('A source at the company, the Zaraf Heights Tourism Company, said the lease was signed in 2038.')).toEqual([
      'A source at the company: anonymous',
    ]);
    // One charged speaks for themselves, and "charged that" alleges.
    expect(
      sourcesOf('Former finance minister Sarah Okafor was charged with fraud on Monday. "I am innocent," Ms Okafor told reporters.'),
    ).toEqual(['Sarah Okafor: named']);
    expect(speakersOf('The land was leased lawfully, said Jane Doe, who is named in the lawsuit.')[0]?.role).toBe(
      'who is named in the lawsuit',
    );
  });

  it('reads a rank written short before a name and whom they serve with as a named person', () => {
    expect(sourcesOf('"The fire is out," said Sgt. Maria Lopez of the Harlan County Sheriff\'s Department.')).toEqual([
      'Maria Lopez: named',
    ]);
  });

  it('reads "Mr" with a family name as the one person named in full before with a post, but not one who died, was hurt or held', () => {
    expect(sourcesOf('Governor Gavin Newsom signed the bill on Friday. "This is a historic day," Mr Newsom said.')).toEqual([
      'Gavin Newsom: named',
    ]);
    for (const text of [
      'Jane Brennan, 45, was seriously injured in the crash on Sunday night. "We are praying for her recovery," Mr Brennan said.',
      'Police arrested Sarah Okafor, 34, at her home on Monday. "My wife is innocent," Mr Okafor told reporters.',
      'Police named the victim as Thomas Byrne, 61, from Drogheda. "He was a gentle man," Mr Byrne said.',
    ])
      expect(sourcesOf(text)[0]).toMatch(/^M[rs] \p{Lu}\p{Ll}+: named$/u);
    // …though a relative's death is no bar to one's own name.
    expect(
      sourcesOf(
        'Chan Tai-man, whose son died in the fire, spoke to reporters on Wednesday. "Nobody has been held to account," Mr Chan said.',
      ),
    ).toEqual(['Chan Tai-man: named']);
    expect(
      sourcesOf(
        'Jane Brennan, 45, died at the scene after her car was hit by a lorry. "She was the kindest person I knew," Mr Brennan said.',
      ),
    ).toEqual(['Mr Brennan: named']);
    // Two people of one family name in Chinese order are two: "Mr Pong" is neither.
    expect(
      sourcesOf(
        'Pong Siu-wah, a district councillor, and his son Pong Ka-lok, a student, joined the protest. "We will be back next week," Mr Pong said.',
      ),
    ).toEqual(['Mr Pong: named']);
  });

  it('reads "Ms Sio" as the one person named in Chinese order before, quoted or not ("Pinky Sio Oi-ling")', () => {
    const text =
      'The inspector took cash, said Pinky Sio Oi-ling, who owns a rooftop hut. Ms Sio told the court she paid HK$500. ' +
      'Archibald Hom Tsz-kit, an adviser to the bureau, was not in court. Mr Hom said he had sold his shares in 2040.';
    expect(sourcesOf(text)).toEqual(['Pinky Sio Oi-ling: named', 'Pinky Sio Oi-ling: named', 'Archibald Hom Tsz-kit: named']);
  });

  it('reads "a member of" a house in a lede as the one legislator named later, but not a member of a movement, nor a lawyer for voters', () => {
    const lede = (who: string, later: string) => sourcesOf(`The hospital will close in June, ${who} said on Tuesday.\n\n${later}`)[0];
    expect(
      lede('an opposition member of the legislature', 'Cléa Veinot, the Shore Democrats MLA for Glassford, said the beds were empty.'),
    ).toBe('Cléa Veinot: named');
    expect(
      lede(
        'an opposition member of the National Gyaltshog',
        'Sonam Choden, who represents the Dremchu-Kharphu constituency, told the house the firm was new.',
      ),
    ).toBe('Sonam Choden: named');
    expect(lede('a member of the Taliban', '"The talks must continue," said Ahmad Shah Ahmadzai, an MP from Kabul.')).toBe(
      'a member of the Taliban: anonymous',
    );
    expect(
      lede('a member of the legislature', '"Families are afraid," said Jane Morrow, a lawyer who represents residents of the riding.'),
    ).toBe('a member of the legislature: anonymous');
    expect(lede('a member of the Lok Sabha', 'Congress MP Shashi Tharoor said in the House that 300 people had died.')).toBe(
      'Shashi Tharoor: named',
    );
    expect(
      lede(
        'an opposition member of the House of Representatives',
        'Aracely Ix, the opposition representative for Santa Albina, said the bids were cheaper.',
      ),
    ).toBe('Aracely Ix: named');
    expect(lede('a lawmaker', 'Jane Doe, a sales representative for Pfizer, said 3 million doses had been shipped.')).toBe(
      'a lawmaker: anonymous',
    );
  });

  it('names a document as written, keeping who made it and dropping what was done with it after', () => {
    expect(
      speakersOf(
        'A petition submitted to the High Court by residents says the mine polluted the river. ' +
          'A report that was commissioned by the health ministry found 3,000 nurses had left. ' +
          'The money was paid twice, according to an internal audit by the comptroller, which was tabled as evidence. ' +
          'The mill discharged twice, according to federal enforcement records posted online.',
      ).map((speaker) => speaker.name),
    ).toEqual([
      'petition submitted to the High Court by residents',
      'report commissioned by the health ministry',
      'internal audit by the comptroller',
      'federal enforcement records',
    ]);
  });

  it('reads a Mongolian patronymic initial as part of the name it opens, and a later mention by given name as that person', () => {
    const text =
      'The subsidies were never paid, said prosecutor Ts. Urantsetseg, who leads the economic crimes unit. ' +
      'Urantsetseg told the court the lists were forged. A herder, Lkh. Baasanjav, said the gate was locked in October.';
    expect(sourcesOf(text)).toEqual(['Ts. Urantsetseg: named', 'Ts. Urantsetseg: named', 'Lkh. Baasanjav: named']);
  });

  it("reads agency copy: a press service speaking for its body, a governor's office, an agency by its name, a member of parliament named later", () => {
    const text =
      'The education ministry paid twice the shop price for 4,000 laptops, a member of parliament said this week.\n\n' +
      'Dinara Asylbekovna Nurpeisova, a deputy of the Ulyskenes from Tasqura region, told the chamber the tender was rigged.\n\n' +
      "The Ministry of Education and Science said the price was fair. The tender was open to all bidders, the ministry's press service said in a statement. " +
      'A pre-trial investigation into the tender was opened on Thursday, reported the press service of the Anti-Corruption Service.\n\n' +
      'The Beshtol district hokimiyat said no water had been diverted. The lease was signed in 2039, the Kokpar News agency reported.';
    expect(sourcesOf(text)).toEqual([
      'Dinara Asylbekovna Nurpeisova: named',
      'Dinara Asylbekovna Nurpeisova: named',
      'Ministry of Education and Science: organisation',
      'Ministry of Education and Science: organisation',
      'Anti-Corruption Service: organisation',
      'Beshtol district hokimiyat: organisation',
      'Kokpar News: agency',
    ]);
  });

  it("keeps denials whose verb follows its subject or the quotation, and people whose initials or surname look like a company's", () => {
    expect(marks('However, the government disputes the figures published by the opposition.')).toEqual([
      'attribution: the government disputes',
      'denial: the figures published by the opposition',
    ]);
    expect(marks('“We never received any payment from the contractor,” the minister denied.')).toEqual([
      'denial: We never received any payment from the contractor',
      'attribution: the minister denied',
    ]);
    expect(
      sourcesOf(
        'Former RAW chief AS Dulat said the talks had collapsed in 2001. IOA president PT Usha said India had bid for the 2036 Games. ' +
          'Rep. Zaldy Co said he had not received any kickbacks in 2024.',
      ),
    ).toEqual(['AS Dulat: named', 'PT Usha: named', 'Zaldy Co: named']);
    // …but a legal form before two names, and "Co" after two, are a company's.
    expect(
      sourcesOf(
        'TOO Kazakhmys Copper Smelting said output fell 5 percent in 2024. Ford Motor Co said it would cut 3,000 jobs in Europe in 2025.',
      ),
    ).toEqual(['TOO Kazakhmys Copper Smelting: organisation', 'Ford Motor Co: organisation']);
    expect(
      sourcesOf('Tengku Zafrul Aziz said growth held at 4 percent in 2024.\n\n"The ringgit fell 3 percent in May," Tengku Zafrul said.'),
    ).toEqual(['Tengku Zafrul Aziz: named', 'Tengku Zafrul Aziz: named']);
    // A particle after a capitalised given name is no title's ("Faf du Plessis" is named; its surname alone is read).
    expect(sourcesOf('Former ISRO chairman AS Kiran Kumar said the mission would launch in 2025.')).toEqual(['AS Kiran Kumar: named']);
    expect(
      sourcesOf(
        'The Procureur de la République, Laure Beccuau, said 3 suspects had been detained. He said 200 homes were flooded in 2024.',
      ),
    ).toEqual(['Laure Beccuau: named', 'Laure Beccuau: named']);
    expect(sourcesOf('The Environment Agency said the river had burst its banks. He said 200 homes were flooded in 2024.')).toEqual([
      'Environment Agency: organisation',
      'He: anonymous',
    ]);
    expect(sourcesOf('South Africa captain Faf du Plessis said the pitch had been poor in 2023.')).toEqual(['Plessis: named']);
    // A two-word name is no later mention of a three-word one without an honorific that goes with the given name.
    expect(
      speakersOf(
        'Mohammed Ali said fares had risen 50 per cent. Mohammed Ali Khan, the transport minister, said the increase was 12 per cent. ' +
          'Mohammed Ali said he had paid 40 rupees.',
      ).map((speaker) => speaker.name),
    ).toEqual(['Mohammed Ali', 'Mohammed Ali Khan', 'Mohammed Ali']);
    // …nor a press service a person's, nor a nationality an agency's name.
    expect(
      sourcesOf(
        'The press service of President Kassym-Jomart Tokayev said he had signed the decree on Monday. ' +
          'The French news agency reported that 12 people had been arrested.',
      ),
    ).toEqual(['press service of President Kassym-Jomart Tokayev: organisation', 'French news agency: agency']);
    // A deputy to a minister is no member of parliament.
    expect(
      sourcesOf(
        'Forty schools in the region had no heating, a member of parliament told the chamber on Tuesday.\n\n' +
          'Daniyar Ospanov, deputy to the Minister of Education, said repairs would start on May 4.',
      )[0],
    ).toBe('a member of parliament: anonymous');
  });

  it('reads an amount as a word of a statement, and a clerk "to" a committee as a person', () => {
    expect(marks('Police said that £40,000 had vanished.')).toEqual(['attribution: Police said', 'claim: £40,000 had vanished']);
    expect(marks('An audit carried out by an Inverlachan accountancy firm last year found that £40,000 was missing.')).toEqual([
      'attribution: An audit carried out by an Inverlachan accountancy firm last year found',
      'claim: £40,000 was missing',
    ]);
    expect(
      sourcesOf('The clerk to the Druimgrianan Common Grazings Committee, Uilleam Cattanach, said the lease was signed in 2040.'),
    ).toEqual(['Uilleam Cattanach: named']);
    expect(marks('The prosecutor told the court $40,000 had been taken from the account.')).toEqual([
      'attribution: The prosecutor told the court',
      'claim: $40,000 had been taken from the account',
    ]);
  });

  it('reads court copy: a lede describing a speaker named later, a defendant with age and address, counsel "defending"', () => {
    const text =
      'A former councillor took cash for planning votes, a prosecutor told a jury at Ormsditch Crown Court on Tuesday.\n\n' +
      "Hedley Pendlebury, 64, of Cowslip Rise, Teaselby, who sat on the council's planning committee from 2019 to 2027, " +
      'denies two counts of misconduct in public office.\n\n' +
      'Alasdair Spurling, prosecuting, said the councillor had been paid £40,000.\n\n' +
      'Kirsty Oxenham, defending, said her client had repaid every penny.\n\n' +
      '"Mr Pendlebury has never in his life sold his vote," she told jurors.';
    expect(sourcesOf(text)).toEqual([
      'Alasdair Spurling: named',
      'Hedley Pendlebury: named',
      'Alasdair Spurling: named',
      'Kirsty Oxenham: named',
      'Kirsty Oxenham: named',
    ]);
    expect(statementsOf(text)).toEqual([
      'claim: A former councillor took cash for planning votes',
      'denial: two counts of misconduct in public office',
      'claim: the councillor had been paid £40,000',
      'denial: her client had repaid every penny',
      'denial: Mr Pendlebury has never in his life sold his vote',
    ]);
    // A lede speaker who asked not to be named, or one a trade alone describes, stays as described.
    expect(
      sourcesOf(
        'Talks with the rebels have collapsed, a senior minister told Reuters on condition of anonymity.\n\n' +
          'Foreign Minister Musalia Mudavadi said on Tuesday the talks would resume on May 4.',
      )[0],
    ).toBe('a senior minister: anonymous');
    expect(
      sourcesOf(
        'The water has been brown for a week, a resident said.\n\nAnother resident, Mary Wanjiru, said the tap had run dry twice.',
      )[0],
    ).toBe('a resident: anonymous');
    // Two people named later with the post: the lede's is either, so it stays as described.
    expect(
      sourcesOf(
        'The drug was safe, a researcher said on Monday.\n\nAna Berg, a researcher at the clinic, said it was tested. ' +
          'Tom Holm, a researcher at the university, said it was not.',
      )[0],
    ).toBe('a researcher: anonymous');
  });

  it('reads a directive, a bulletin and a post-mortem examination as documents, not a release nor a body named for a policy', () => {
    const types = (text: string) => sourcesOf(text).map((source) => source.split(': ').pop());
    expect(types('Conscripts must rest for ten minutes every hour, an army safety directive issued in 2021 says.')).toEqual(['document']);
    expect(types("Dengue cases rose to 412 in March, the ministry's weekly dengue bulletin shows.")).toEqual(['document']);
    expect(types('A post-mortem examination found that he had died of heatstroke.')).toEqual(['document']);
    // …but not a release, nor a body whose name ends in "Policy".
    expect(sourcesOf('The release of the 40 hostages shows talks can work, analysts said.')).toEqual(['analysts: anonymous']);
    expect(types('The Institute of Public Policy said 40% of the budget went unspent.')).toEqual(['organisation']);
  });

  it('reads an outlet named by a word or two that reported what comes before it as a news agency', () => {
    expect(sourcesOf('The company had been fined twice before, Keelson Press reported at the time.')).toEqual(['Keelson Press: agency']);
    expect(sourcesOf('The plant closed in 2029, Dakiya reported last month.')).toEqual(['Dakiya: agency']);
    // …not a company reporting its own results today.
    expect(sourcesOf('Sales rose 5% in the Christmas quarter, Tesco reported on Thursday.')).toEqual(['Tesco: organisation']);
    // …not a body named for what it is.
    expect(sourcesOf('The plant closed in 2029, the Halden Transport Ministry reported last month.')).not.toContain(
      'Halden Transport Ministry: agency',
    );
  });

  it('reads a lede speaker described by a post of a court or a house as the one person named later with it', () => {
    expect(
      sourcesOf(
        'A former clerk moved $612,000 into her own account, a Crown attorney told a Pellingham court on Monday.\n\n' +
          'Crown attorney Kurt Holling said the money went through two shell companies in 2031.',
      )[0],
    ).toBe('Kurt Holling: named');
    expect(
      sourcesOf(
        'The minister steered a grant of $4.2 million to a donor, an opposition legislator said on Wednesday.\n\n' +
          'New Accord MPP Jacinthe Laval said the firm ranked 14th of 22 applicants.',
      )[0],
    ).toBe('Jacinthe Laval: named');
    // …not one of the other side, nor of another party.
    expect(
      sourcesOf(
        'The clerk took the money, a Crown attorney told the court on Monday.\n\nDefence attorney Peter Champa said his client had repaid it in 2031.',
      )[0],
    ).toBe('a Crown attorney: anonymous');
    expect(
      sourcesOf(
        'The grant broke the rules, an opposition MP said.\n\nRuling party MP John Kamau said the grant had followed every rule in 2031.',
      )[0],
    ).toBe('an opposition MP: anonymous');
    expect(
      sourcesOf('The deal was illegal, a Labour MP said on Tuesday.\n\nConservative MP Tom Hunt said the deal was lawful in 2031.')[0],
    ).toBe('a Labour MP: anonymous');
    expect(
      sourcesOf(
        'The allowance was paid for a house let to tenants, an opposition TD has alleged.\n\n' +
          'Opposition TD Eilis Brennan said the house had been let since 2029.',
      )[0],
    ).toBe('Eilis Brennan: named');
  });

  it('reads a lede speaker described by a post written another way later: counsel, a fiscal, a rank, a member for a seat', () => {
    const ledeSpeaker = (lede: string, next: string) => sourcesOf(`${lede}\n\n${next}`)[0];
    expect(
      ledeSpeaker(
        'A corporal took J$150,000 to drop a gun charge, a Crown prosecutor told the High Court on Monday.',
        'Crown Counsel Andrea Whitmore told the jury the money was paid in March 2035.',
      ),
    ).toBe('Andrea Whitmore: named');
    expect(
      ledeSpeaker(
        'A revenue collector kept market levies, a state attorney told the court yesterday.',
        'State Attorney Rukia Hassani Kalemba said the levies came to TSh4 million.',
      ),
    ).toBe('Rukia Hassani Kalemba: named');
    expect(
      ledeSpeaker(
        'A treasurer kept berthing fees, a fiscal told the sheriff court on Tuesday.',
        'Procurator fiscal depute Alison MacKendrick said £86,000 was taken.',
      ),
    ).toBe('Alison MacKendrick: named');
    // A rank, the person named in full and then by a surname of two words.
    expect(
      ledeSpeaker(
        'A publican kept his bar open after hours, a sergeant told the district court on Tuesday.',
        'Sergeant Dearbhla Ní Chonail said the bar was open at 2am. Sgt Ní Chonail said 40 people were inside.',
      ),
    ).toBe('Dearbhla Ní Chonail: named');
    expect(
      ledeSpeaker(
        'Houses went to applicants out of turn, a member of the Legislative Council said on Wednesday.',
        'Ghazali bin Jamaludin, who represents Temala District in the council, told the house 40 houses were given out.',
      ),
    ).toBe('Ghazali bin Jamaludin: named');
    expect(
      ledeSpeaker(
        "The flour tender went to the minister's brother-in-law, an opposition deputy said on Monday.",
        'Georges Abou Jaber, the deputy for the Upper Sarqa district, said the tender was worth $12 million.',
      ),
    ).toBe('Georges Abou Jaber: named');
    expect(
      ledeSpeaker(
        'The mayor gave new stalls to party supporters, an Independent Senator told the Senate on Friday.',
        'Independent Senator Marguerite Okonkwo-Blair said 41 of 60 stalls went to party members.',
      ),
    ).toBe('Marguerite Okonkwo-Blair: named');
    expect(
      ledeSpeaker(
        "The president's home zone got most of the road budget, a member of the regional council told the council on Tuesday.",
        'W/ro Tsigereda Gebremariam, who represents Sholabet in the council, said 11 of 19 projects went to one zone.',
      ),
    ).toBe('W/ro Tsigereda Gebremariam: named');
    // Of two so named, the lede's is either: it stays as described.
    expect(
      ledeSpeaker(
        'The ministry paid for 46 boreholes but 17 were never drilled, a member of the House of Representatives said yesterday.',
        'Hassani Mfaume Vuaa, the Member of the House of Representatives for Kwakilima, said he visited every site. ' +
          'Maulid Hemed Fakih, the Member of the House of Representatives for Mkanyageni, said the contractor was paid in 2031.',
      ),
    ).toBe('a member of the House of Representatives: anonymous');
    // Nor is a prosecutor one prosecuted, a witness for the prosecution, a state attorney general or a fiscal policy
    // analyst; nor a health inspector or an army sergeant a police officer of that rank; nor a councillor a member of
    // a legislative, security or student council.
    const stays: string[][] = [
      [
        'The company dumped toxic waste into the river for six years, a prosecutor told magistrates in Leeds on Thursday.',
        'Its director, Graham Pollock, who was prosecuted for a similar offence in 2015, said the firm had followed every rule.',
      ],
      [
        'The aide carried cash in suitcases, a prosecutor told the court on Tuesday.',
        "Rahul Mehra, the prosecution's star witness, said he had seen the suitcases in 2031.",
      ],
      [
        'The office destroyed emails, a prosecutor said on Thursday.',
        'State Attorney General Dana Nessey said her office was reviewing 40 emails.',
      ],
      [
        'The official took bribes worth $2 million, a prosecutor told the court on Wednesday.',
        'Ama Mensa, a fiscal policy analyst, said the case showed weak oversight of 12 contracts.',
      ],
      [
        'The kitchen was infested with rats, a health inspector told magistrates on Tuesday.',
        'Inspector David Okafo of the state police said the owner had been arrested in March.',
      ],
      [
        'Soldiers fired on protesters, an army sergeant told the inquiry.',
        'Police Sergeant Abu Kamaru said police had not been present on May 4.',
      ],
      [
        'The flood barriers were never inspected, a councillor said on Thursday.',
        'Michael Tieng, a member of the Legislative Council, said 40 reports should be published.',
      ],
      [
        "The canteen contract went to the vice-chancellor's nephew, a member of the council said on Monday.",
        'Achieng Otiende, a member of the student council, said students were overcharged by 40%.',
      ],
    ];
    stays.push(
      [
        'The factory had no fire exits, a police inspector told the court on Monday.',
        'Labour inspector Amos Kipro said 40 workers were inside.',
      ],
      ['The soldiers fired first, a police sergeant told the inquiry on Tuesday.', 'Army Sergeant Daniel Mwalo said 12 shots were fired.'],
      [
        'The chief sold communal land, a councillor said on Friday.',
        'Mzee Ole Sankalo, a member of the council of elders, said 200 acres were sold.',
      ],
    );
    for (const [lede = '', next = ''] of stays) expect(ledeSpeaker(lede, next)).toMatch(/: anonymous$/u);
    // …while a prosecution lawyer, "the fiscal", a police sergeant and a member of a city council are the posts they say.
    const resolves: string[][] = [
      [
        'Twelve titles were forged, a prosecutor told the Milimani court on Tuesday.',
        'Prosecution counsel Jacinta Nyamosa said 12 titles had been recovered.',
        'Jacinta Nyamosa',
      ],
      [
        'The cyclist was hit at 40mph, a prosecutor told Glasgow Sheriff Court.',
        'The fiscal, Emma Reidie, said the cyclist suffered a broken pelvis in 2031.',
        'Emma Reidie',
      ],
      [
        'The driver was not breathalysed, a police sergeant told the inquest on Wednesday.',
        'Sergeant Ruth Penrosa said she had called an ambulance at 11.42pm.',
        'Ruth Penrosa',
      ],
      [
        'The flood barriers were never inspected, a councillor said on Thursday.',
        'Michael Tieng, a member of the city council, said 40 reports should be published.',
        'Michael Tieng',
      ],
    ];
    resolves.push(
      [
        'The owner bribed officials, a police inspector told the court on Monday.',
        'Inspector Rakesh Kumaar, the station house officer, said 40 workers were inside.',
        'Rakesh Kumaar',
      ],
      [
        'The bus contract was rigged, a councillor said on Friday.',
        'Maria Souzza, a member of the city council of São Paulo, said the tender was awarded in 2031.',
        'Maria Souzza',
      ],
    );
    for (const [lede = '', next = '', name = ''] of resolves) expect(ledeSpeaker(lede, next)).toBe(`${name}: named`);
  });

  it('reads Ethiopian names: "Ato" and "W/ro" before a name, and a later mention by the given name with them', () => {
    const text =
      "The sub-city's chief executive, W/ro Meaza Tolossa, said 40 families were offered plots in 2031.\n\n" +
      "Ato Fikadu Alemu, who chairs the residents' committee, said no family was offered a plot.\n\n" +
      'W/ro Meaza told the Tsedal Times the offer was made in writing. Ato Fikadu said the letters never came.';
    expect(sourcesOf(text)).toEqual([
      'W/ro Meaza Tolossa: named',
      'Ato Fikadu Alemu: named',
      'W/ro Meaza Tolossa: named',
      'Ato Fikadu Alemu: named',
    ]);
    // "Ato" is also a Ghanaian given name: before one name alone, it is the name's.
    expect(sourcesOf('Ato Boldin, the former sprinter, said the federation had failed 40 athletes.')).toEqual(['Ato Boldin: named']);
  });

  it('reads an answer given with "answered", and a Fon named with "HRH" as a person', () => {
    expect(marks('Nalova, the union chair, answered that no letter had reached the union.')).toEqual([
      'attribution: Nalova, the union chair, answered',
      'claim: no letter had reached the union',
    ]);
    expect(sourcesOf('The Fon of Lekumbo, HRH Ndifor Tamfuh III, said the centre had no midwife on 14 nights in 2031.')).toEqual([
      'HRH Ndifor Tamfuh III: named',
    ]);
  });

  it('reads a forum as a body, and a notice pinned at a gate as a document', () => {
    expect(sourcesOf('The Naroleng Land Rights Forum, a community lobby group, said 40 homes were burned.')).toEqual([
      'Naroleng Land Rights Forum: organisation',
    ]);
    expect(sourcesOf('The bonus was cut to Sh12 a kilogram, according to a notice pinned at the factory gate on Monday.')).toEqual([
      'notice pinned at the factory gate: document',
    ]);
  });

  it('reads a housebuilder by its name, and a document leaked to someone as the document', () => {
    expect(sourcesOf('Copplestone Homes said in a statement it had never made a payment to any councillor.')).toEqual([
      'Copplestone Homes: organisation',
    ]);
    expect(
      sourcesOf("Patients waited more than 12 hours in 40 per cent of cases, according to an internal audit leaked to the town's MP."),
    ).toEqual(['internal audit: document']);
  });

  it('reads a person described with a gloss, a "whose" clause or an engineer\'s title as a person', () => {
    expect(
      sourcesOf('"The fish died in one night," said Hamdi Shuqair, the rais, or head, of the Ras Tirsa fishermen\'s cooperative.'),
    ).toEqual(['Hamdi Shuqair: named']);
    expect(sourcesOf('Mokhtar Dabbagh, a herder whose sons found the group, said five people were dead.')).toEqual([
      'Mokhtar Dabbagh: named',
    ]);
    // "Eng." is an honorific, as "Dr." is: part of the name, no post.
    expect(sourcesOf("The head of the syndicate's Khaddara branch, Eng. Sawsan Kharrubi, said the cracks were structural.")).toEqual([
      'Eng. Sawsan Kharrubi: named',
    ]);
  });

  it('reads "quoted the minister, Nawal Kassab, as saying" as the minister\'s, and "fabrications" as dismissive', () => {
    expect(
      sourcesOf('The state news agency quoted the tourism minister, Nawal Kassab, as saying the guards had been arrested on Monday.'),
    ).toEqual(['Nawal Kassab: named']);
    expect(statementsOf('The interior ministry called the accounts "fabrications spread by smuggling networks".')).toEqual([
      'denial: the accounts "fabrications spread by smuggling networks"',
    ]);
  });

  it('reads "…, the court ruled" as a finding, a group of people from somewhere as unnamed people', () => {
    expect(
      statementsOf('A man sold the rice and kept the money, the provincial court ruled on Tuesday, sentencing him to 14 years.'),
    ).toEqual(['claim: A man sold the rice and kept the money']);
    // "ruled that" inside what someone else says is theirs to report.
    expect(statementsOf("The court ruled that the contract was void, the company's lawyer said.")).toEqual([
      'claim: The court ruled that the contract was void',
    ]);
    expect(statementsOf('The judge ruled out a retrial.')).toEqual([]);
    expect(
      sourcesOf(
        'A resort drove 64 piles through the reef to build a pier, a group of instructors from four dive shops on the island said.',
      ),
    ).toEqual(['a group of instructors from four dive shops on the island: anonymous']);
  });

  it("reads a duty a law is said to lay down as part of a statement, not as the speaker's advice", () => {
    expect(statementsOf('The club said the small boats kept females carrying eggs that the law says must be thrown back.')).toEqual([
      'claim: the small boats kept females carrying eggs that the law says must be thrown back',
    ]);
    expect(statementsOf('The minister said parents must vaccinate their children.')).toEqual([]);
  });

  it('reads "said about ten men…" as a report, and "said about the plan" as none', () => {
    expect(statementsOf('The chief said about ten men arrived in two trucks shortly before midnight.')).toEqual([
      'claim: about ten men arrived in two trucks shortly before midnight',
    ]);
    expect(statementsOf('The chief said about a dozen men had come.')).toEqual(['claim: about a dozen men had come']);
    expect(statementsOf('The chief said about the plan at the meeting.')).toEqual([]);
  });

  it('reads a command speaking as a body, and a company by the word its name ends on, then by its first words', () => {
    expect(sourcesOf('Two smugglers were shot dead at the pass, the provincial border guard command said on Sunday.')).toEqual([
      'provincial border guard command: organisation',
    ]);
    // "The command" later is the one named before, whatever province it is of.
    expect(
      sourcesOf('Two men were shot dead, the border guard command of Lao Son province said. The command said the men had fired first.'),
    ).toEqual(['border guard command of Lao Son province: organisation', 'border guard command of Lao Son province: organisation']);
    expect(
      sourcesOf(
        'Dead fish covered the lagoon near Hoa Lam Steel. Hoa Lam said in a written reply that its outfall monitor had recorded nothing.',
      ),
    ).toEqual(['Hoa Lam Steel: organisation']);
    expect(sourcesOf('The barge owner, Song Tien Sand Transport, said the captain could not see the pillar.')).toEqual([
      'Song Tien Sand Transport: organisation',
    ]);
    expect(sourcesOf('Nordic Transport said fares had risen 12% in 2024.')).toEqual(['Nordic Transport: organisation']);
    // A trade that is a surname too ends a company's name only in three words or more.
    expect(sourcesOf('Helen Steel, a spokeswoman for the union, said the mill had closed.')).toEqual(['Helen Steel: named']);
  });

  it("reads a short name in quotation marks inside a speaker's description as part of it, not a quotation", () => {
    expect(speakersOf('Gideon Tarrowby, who leads the "Vote No" campaign in the guild, said the ballot was rigged.')).toEqual([
      { name: 'Gideon Tarrowby', role: 'who leads the "Vote No" campaign in the guild', sourceType: 'named' },
    ]);
    // Words quoted without an article before them are still a quotation.
    expect(marks('The minister said "No Comment" was all she would give.')).toContainEqual('claim: "No Comment" was all she would give');
  });

  it('reads "the spokesman" and "the report" as the person or document named before', () => {
    const speakers = suggestMarks(
      'Tilde Marr, a spokeswoman for the water board, said the pipes were sound. An audit commissioned by the Lenka Water Board said the pipes were corroded.\n\n' +
        'The spokeswoman said the audit was out of date. The audit also found that leaks had doubled.',
    ).flatMap((suggestion) => (suggestion.speaker === undefined ? [] : [`${suggestion.quote} = ${suggestion.speaker.name}`]));
    expect(speakers).toEqual([
      'Tilde Marr, a spokeswoman for the water board, said = Tilde Marr',
      'An audit commissioned by the Lenka Water Board said = audit commissioned by the Lenka Water Board',
      'The spokeswoman said = Tilde Marr',
      'The audit also found = audit commissioned by the Lenka Water Board',
    ]);
  });

  it('reads "the corporation" and "the metro corporation" as the corporation named before, "the company" as no bureau, and a recycler as a body', () => {
    expect(
      sourcesOf(
        "The Tsui Hoi Metro Corporation said on Tuesday that its tunnels had caused no damage.\n\nThe metro corporation refuted the residents' survey on Wednesday.\n\nIts monitoring points recorded 3 millimetres of movement in June, the corporation said.",
      ),
    ).toEqual([
      'Tsui Hoi Metro Corporation: organisation',
      'Tsui Hoi Metro Corporation: organisation',
      'Tsui Hoi Metro Corporation: organisation',
    ]);
    expect(
      sourcesOf(
        "The Tanfeng County Environmental Protection Bureau said slag had been found on four fields.\n\nLungfa Recycling called the farmers' account false. All its slag went to a licensed landfill, the company said.",
      ),
    ).toEqual([
      'Tanfeng County Environmental Protection Bureau: organisation',
      'Lungfa Recycling: organisation',
      'Lungfa Recycling: organisation',
    ]);
  });

  it('reads a code of practice, rules and regulations as documents', () => {
    expect(
      sourcesOf("According to the Social Welfare Department's code of practice, staff must check residents every 30 minutes."),
    ).toEqual(["Social Welfare Department's code of practice: document"]);
    expect(sourcesOf("The league's rules say no club may field more than five foreign players.")).toEqual(["league's rules: document"]);
  });

  it('reads "Chief Executive" as a title before a name, and an English given name before a Cantonese name as part of it', () => {
    const speaker = (text: string) => {
      const [first] = speakersOf(text);
      return first === undefined ? '' : `${first.name} | ${first.role}`;
    };
    expect(speaker('Chief Executive Gary Chan Ka-wai told lawmakers the subsidy would cost HK$3 billion.')).toBe(
      'Gary Chan Ka-wai | Chief Executive',
    );
    expect(speaker('Secretary for Security Elaine Siu Shuk-fan told lawmakers the subsidy would cost HK$3 billion.')).toBe(
      'Elaine Siu Shuk-fan | Secretary for Security',
    );
    expect(speaker('Secretary for Home Affairs Jo Wade told lawmakers the subsidy would cost HK$3 billion.')).toBe(
      'Jo Wade | Secretary for Home Affairs',
    );
  });

  it('reads a witness\'s turn before their name ("Testifying in his own defense,") as no part of the attribution, and "Writing instructor" as a title', () => {
    expect(marks('Testifying in his own defense, Hsieh Kuo-hua denied ever meeting Kao at the tea shop.')).toEqual([
      'attribution: Hsieh Kuo-hua denied',
      'denial: ever meeting Kao at the tea shop',
    ]);
    expect(sourcesOf('Writing instructor Ana Brill said the course had been cut to 12 weeks.')).toEqual(['Ana Brill: named']);
    expect(speakersOf('Writing instructor Ana Brill said the course had been cut to 12 weeks.')[0]?.role).toBe('Writing instructor');
  });

  it('reads a grievance or a lawsuit as what a statement is made in, and a firm named with "&" as the issuer of its report', () => {
    expect(
      marks('Chief Garland Womack set the target in December, the Faircastle Police Guild said in a grievance filed with the city.'),
    ).toEqual([
      'claim: Chief Garland Womack set the target in December',
      'attribution: the Faircastle Police Guild said in a grievance filed with the city',
    ]);
    expect(sourcesOf('A report by Pinkston & Gentry, a law firm the board hired in June, found that 212 grades had been changed.')).toEqual(
      ['report by Pinkston & Gentry: document'],
    );
  });

  it('reads "the sheriff" as the sheriff named before, and "the company" as a firm whose name opens on "Bureau"', () => {
    expect(
      sourcesOf(
        'Dale Purvis, the county sheriff, said 12 deputies were on duty that night.\n\nThe sheriff said three deputies had been sent home early.\n\nBureau Veritas SA said its inspectors found four faults in the boiler.\n\nThe company said two of the faults had been fixed by Friday.',
      ),
    ).toEqual(['Dale Purvis: named', 'Dale Purvis: named', 'Bureau Veritas SA: organisation', 'Bureau Veritas SA: organisation']);
  });

  it('reads rules kept only in part, or not at all, as no answer', () => {
    const story = (statement: string) =>
      `Investors said the Kifaru bank had hidden losses from them for years.\n\nThe central bank said ${statement}.`;
    for (const statement of [
      'the Kifaru bank had complied with disclosure rules until 2022 but had since hidden losses',
      'the Kifaru bank had followed only two of the nine disclosure rules for years',
      'the Kifaru bank had kept its reserves, but not within the legal limits',
    ])
      expect(statementsOf(story(statement))).toContain(`claim: ${statement}`);
  });

  it('reads "the county" as no person whose post only the county qualifies, while "the commissioner" is that person', () => {
    const sources = sourcesOf(
      'Brock Haverty, a county commissioner since 2030, said he never received a complaint.\n\nThe county filed a claim on the $250,000 bond on April 1, the county said in a news release.\n\nThe commissioner said the audit came too late.',
    );
    expect(sources[0]).toBe('Brock Haverty: named');
    expect(sources[1]).not.toBe('Brock Haverty: named');
    expect(sources[2]).toBe('Brock Haverty: named');
  });

  it('reads the head of what a body names as speaking for it: the race director answering for the race organisers', () => {
    expect(
      statementsOf(
        'Runners said the water stations had run out of cups. The race organisers called those reports "simply wrong". Ada Kemp, the race director, said every station had been stocked with 8,000 cups.',
      ),
    ).toEqual([
      'claim: the water stations had run out of cups',
      'denial: those reports "simply wrong"',
      'denial: every station had been stocked with 8,000 cups',
    ]);
  });

  it("reads a quotation answering an accusation as a denial: after a denial in its paragraph, going on from one, or beside its speaker's own", () => {
    expect(
      statementsOf(
        'The airline rejected claims that its pilots were overworked. "Every crew rests for twelve hours between flights," said Jana Holm, a spokeswoman for the airline. "The rota is checked by the regulator."',
      ),
    ).toEqual([
      'denial: claims that its pilots were overworked',
      'denial: Every crew rests for twelve hours between flights',
      'denial: The rota is checked by the regulator',
    ]);
    expect(
      statementsOf(
        'Otto Brand, a lawyer for the mayor, said the accusations were baseless.\n\n"The mayor has paid every bill on time," Brand said.\n\nThe council said the bills had been paid late.',
      ),
    ).toEqual([
      'denial: the accusations were baseless',
      'denial: The mayor has paid every bill on time',
      'claim: the bills had been paid late',
    ]);
    // A quotation that goes on from a claim stays a claim, whatever follows it.
    expect(statementsOf('"The beams were cracked," said Ivo Ranc, the engineer. "Nobody could have seen it."')).toEqual([
      'claim: The beams were cracked',
      'denial: Nobody could have seen it',
    ]);
  });

  it("reads a lawyer's negation about the client as a denial, what they go on to say with it, and another source after as itself", () => {
    const text =
      "Vardoczy's lawyer, Magnhild Ringland, said he would appeal.\n\n" +
      '"There is not one tender document in this file with my client\'s signature on it," Ringland said. ' +
      '"The bank transfers went to his son," she added.';
    expect(statementsOf(text)).toEqual([
      "denial: There is not one tender document in this file with my client's signature on it",
      'denial: The bank transfers went to his son',
    ]);
    expect(
      statementsOf(
        'The driver\'s lawyer, Nadia Vell, said her client had been driving "well within the limit". Police said no one had been arrested.',
      ),
    ).toEqual(['denial: her client had been driving "well within the limit"', 'claim: no one had been arrested']);
    // A spokesperson who names no body speaks for the one that denied just before.
    expect(
      statementsOf(
        "Corvennan Rail dismissed the union's account. The section had been inspected in May and no fault had been found, spokesman Kenver Carrack said.",
      ),
    ).toEqual(["denial: the union's account", 'denial: The section had been inspected in May and no fault had been found']);
  });

  it('reads what a spokesperson or lawyer says the one they speak for did not do as a denial', () => {
    expect(statementsOf("Vidal's spokesman, Karl Brant, said the trip had been private and that Vidal had not met the bidders.")).toEqual([
      'denial: the trip had been private and that Vidal had not met the bidders',
    ]);
    expect(statementsOf('Ana Ruiz, a lawyer for Oskar Vidal, said her client never signed the lease.')).toEqual([
      'denial: her client never signed the lease',
    ]);
    // The spokesperson or lawyer unnamed, known only by whom they speak for.
    expect(statementsOf("Ekvall's spokesman said Ekvall did not attend the meeting.")).toEqual([
      'denial: Ekvall did not attend the meeting',
    ]);
    expect(statementsOf('A lawyer for Ana Vidal said Vidal never signed the contract.')).toEqual([
      'denial: Vidal never signed the contract',
    ]);
    expect(statementsOf('A lawyer for Ana Vidal said Vidal had not been told of the charges.')).toEqual([
      'claim: Vidal had not been told of the charges',
    ]);
    // What was not done to the client, or a lawyer for others speaking of a third party, is a claim.
    expect(statementsOf("Ana Ruiz, Vidal's lawyer, said Vidal had not been told of the charges.")).toEqual([
      'claim: Vidal had not been told of the charges',
    ]);
    expect(statementsOf('Ana Ruiz, a lawyer for the families, said the hospital had not warned them.')).toEqual([
      'claim: the hospital had not warned them',
    ]);
    // The lawyer named again later, quoted: the title given at first still tells who they are. What a lawyer for
    // the accused says of the case defends the client, whoever "he" is.
    expect(
      statementsOf(
        'Tamara Vogt, a lawyer for Oskar Lenz, said he had approved the increases on the advice of the legal department. ' +
          '"My client has never met the contractor outside an official meeting," Vogt said.',
      ),
    ).toEqual([
      'denial: he had approved the increases on the advice of the legal department',
      'denial: My client has never met the contractor outside an official meeting',
    ]);
    // What was not done to a client, quoted, is a complaint; so is anything a lawyer for those harmed says of them.
    expect(statementsOf('"My client was not told that the drug had side effects," said a lawyer for Ana Vidal.')).toEqual([
      'claim: My client was not told that the drug had side effects',
    ]);
    expect(statementsOf('"My client never signed anything," said a lawyer for the patients.')).toEqual([
      'claim: My client never signed anything',
    ]);
  });

  it("reads a quotation by a body's own people next to the body's denial as an answer to the accusation", () => {
    expect(
      statementsOf(
        'Tarn Dairy Group called the inspectors\' findings baseless.\n\n"Every tank was cleaned twice a day," said Ivo Marek, the company\'s plant manager.',
      ),
    ).toEqual(["denial: the inspectors' findings baseless", 'denial: Every tank was cleaned twice a day']);
    expect(
      statementsOf(
        'Tarn Dairy Group called the inspectors\' findings baseless.\n\n"Every tank was cleaned twice a day," said Ivo Marek, a spokesman for Tarn.',
      ),
    ).toEqual(["denial: the inspectors' findings baseless", 'denial: Every tank was cleaned twice a day']);
    // Someone else after the denial speaks for themselves.
    expect(
      statementsOf(
        'Tarn Dairy Group called the inspectors\' findings baseless.\n\n"The tanks smelled for weeks," said Ivo Marek, a farmer who sells milk to the company.',
      ),
    ).toEqual(["denial: the inspectors' findings baseless", 'claim: The tanks smelled for weeks']);
  });

  it('reads what a source says it did not do as a denial, what was not done to it as a claim, and a promise or a plan without a date as nothing to check', () => {
    expect(statementsOf('The bakery said it had never sold bread past its date.')).toEqual([
      'denial: it had never sold bread past its date',
    ]);
    expect(statementsOf('He did not sign the lease, the tenant said.')).toEqual(['denial: He did not sign the lease']);
    expect(statementsOf('"I never saw the invoice," said Rosa Pell, the treasurer.')).toEqual(['denial: I never saw the invoice']);
    expect(statementsOf('The tenants said they had not been warned about the rent.')).toEqual([
      'claim: they had not been warned about the rent',
    ]);
    expect(statementsOf('She said she was never told about the leak.')).toEqual(['claim: she was never told about the leak']);
    // A promise, the speaker's own or reported, holds nothing a record can confirm yet; one with its date is an
    // announcement to check later.
    expect(statementsOf('The mayor said he would not resign over the vote.')).toEqual([]);
    expect(statementsOf('The council said the library would close, and the bus route would be cut.')).toEqual([]);
    expect(statementsOf('The council said the library would close in March.')).toEqual(['claim: the library would close in March']);
    expect(statementsOf('Rescuers said it could take up to three days to reach the men.')).toEqual([]);
    expect(statementsOf('The ministry said the school would not reopen until the spring.')).toEqual([
      'claim: the school would not reopen until the spring',
    ]);
    expect(statementsOf('Retailer Moravo said it would close 30 stores.')).toEqual(['claim: it would close 30 stores']);
    // A figure in words is a figure too, how long it may take is not; what someone could perceive or did again and
    // again, what a thing can cause, a rank and an answer to a charge are all checkable now.
    for (const [text, statement] of [
      ['Researchers said the drug could cut deaths by a third.', 'claim: the drug could cut deaths by a third'],
      ['Witnesses said they could see flames from several streets away.', 'claim: they could see flames from several streets away'],
      ['Residents said the river would flood almost every winter.', 'claim: the river would flood almost every winter'],
      ['Officials said the vaccine could cause a rare blood disorder.', 'claim: the vaccine could cause a rare blood disorder'],
      ['The company said its new plant would be the largest in Europe.', 'claim: its new plant would be the largest in Europe'],
      [
        'The court said the ban would remain in force until the appeal is heard.',
        'claim: the ban would remain in force until the appeal is heard',
      ],
      ['The ministry said the new line would open within two years.', 'claim: the new line would open within two years'],
      ["Dorn's lawyer said his client would plead not guilty.", 'denial: his client would plead not guilty'],
    ])
      expect(statementsOf(text ?? '')).toEqual([statement]);
    expect(statementsOf('Clean-up crews would need at least three months to clear the rocks, she said.')).toEqual([]);
    // …but a fact joined on is checkable.
    expect(statementsOf("Officials said they expected the river to keep rising, and that the town's only bridge had been closed.")).toEqual(
      ["claim: they expected the river to keep rising, and that the town's only bridge had been closed"],
    );
    // What a source expects is a forecast too, of any noun.
    expect(statementsOf('The hospital said it expects patients to wait three more months.')).toEqual([]);
    // (Unless it gives a date to check it by, as "by the end of July" does and "before the end of July" too.)
    expect(statementsOf('The judge said she expected to deliver a verdict before the end of July.')).toEqual([
      'claim: she expected to deliver a verdict before the end of July',
    ]);
    expect(statementsOf('The judge said she expected to deliver a verdict soon.')).toEqual([]);
    expect(statementsOf('She said she expected the number of cases to keep rising for at least three more weeks.')).toEqual([]);
    // …nor those already counted, a guess at what would follow, a rank by no measure, or a pledge of what will always be.
    for (const text of [
      'The minister said the two companies would merge.',
      'The company said the delays could cause chaos at the border.',
      'The coach said his side would be the best team in the league.',
      'The firm said it would always put safety first.',
    ])
      expect(statementsOf(text)).toEqual([]);
    // …and a plan already acted on is what was done: a claim.
    expect(statementsOf('The ministry said it had summoned the ambassador and would raise the matter at the United Nations.')).toEqual([
      'claim: it had summoned the ambassador and would raise the matter at the United Nations',
    ]);
    expect(statementsOf('"We will not close the ward," said Rosa Pell, the treasurer.')).toEqual([]);
    expect(statementsOf('"But I am not going to sell the farm," she said.')).toEqual([]);
    expect(statementsOf('"We will close the ward on 3 May," said Rosa Pell, the treasurer.')).toEqual([
      'claim: We will close the ward on 3 May',
    ]);
  });

  it.each([
    ['“We didn’t know about the loan,” said Lena Fisk, the director.', ['denial: We didn’t know about the loan']],
    ['“Our trucks didn’t enter the park,” said Lena Fisk, a manager.', ['denial: Our trucks didn’t enter the park']],
    ['The mill said it hadn’t bought steel from the smelter.', ['denial: it hadn’t bought steel from the smelter']],
    ['The mill said it hadn’t been warned of the inspection.', ['claim: it hadn’t been warned of the inspection']],
    ["Ekvall's spokesman said Ekvall didn’t attend the meeting.", ['denial: Ekvall didn’t attend the meeting']],
    [
      '“The pump hasn’t been repaired since the flood,” said Lena Fisk, an engineer.',
      ['claim: The pump hasn’t been repaired since the flood'],
    ],
    ['“The council didn’t call us once,” said Lena Fisk, a tenant.', ['claim: The council didn’t call us once']],
    ['“I don’t understand why the road is closed,” said Lena Fisk, a tenant.', []],
  ])('reads a contraction with a curly apostrophe as with a straight one: %s', (text, expected) => {
    expect(statementsOf(text)).toEqual(expected);
    expect(statementsOf(text.replace(/’/gu, "'"))).toEqual(expected.map((mark) => mark.replace(/’/gu, "'")));
  });

  it('reads what a denier reports next in its paragraph, about what was alleged, as part of the answer, and its next paragraph only when quoted or negated', () => {
    expect(
      statementsOf(
        'The regulator said the refinery had been slow to notify it.\n\nMerrow Energy rejected suggestions that it had been slow. It notified the regulator "within the hour", the company said.',
      ),
    ).toEqual([
      'claim: the refinery had been slow to notify it',
      'denial: suggestions that it had been slow',
      'denial: It notified the regulator "within the hour"',
    ]);
    // News of its own answers nothing.
    expect(
      statementsOf(
        'Residents said the company had dumped waste in the river.\n\nThe company denied that it had dumped waste. It said it had hired 200 new workers this year.',
      ),
    ).toEqual([
      'claim: the company had dumped waste in the river',
      'denial: it had dumped waste',
      'claim: it had hired 200 new workers this year',
    ]);
    // Another source's report in the paragraph is not the denier's answer.
    expect(
      statementsOf('Merrow Energy rejected suggestions that it had been slow. The flare burned for six hours, residents said.'),
    ).toEqual(['denial: suggestions that it had been slow', 'claim: The flare burned for six hours']);
    expect(
      statementsOf('Merrow Energy rejected suggestions that it had been slow.\n\nThe company said it had hired 40 engineers this year.'),
    ).toEqual(['denial: suggestions that it had been slow', 'claim: it had hired 40 engineers this year']);
  });

  it('reads a negation in a condition, of something undergone or of what others did not do for the speaker as a claim', () => {
    // A promise another side made, quoted to accuse it, is reported; the speaker denies nothing.
    expect(
      statementsOf('"They told us in January that nobody would lose their job," said Rosa Denholm, general secretary of the union.'),
    ).toEqual(['claim: They told us in January that nobody would lose their job']);
    // What the speaker themselves said they did not do is still an answer.
    expect(statementsOf('"I told the inquiry that I had not seen the memo," said Lena Fisk, the director.')).toEqual([
      'denial: I told the inquiry that I had not seen the memo',
    ]);
    // An absence found, or going without, reports a finding or a grievance.
    expect(statementsOf('"We found no comparable readings upstream of the outflow," said Halina Brisk, the chief chemist.')).toEqual([
      'claim: We found no comparable readings upstream of the outflow',
    ]);
    expect(statementsOf('"Our members have not had a real pay rise in six years," he told reporters.')).toEqual([
      'claim: Our members have not had a real pay rise in six years',
    ]);
    // Two negations make a rule: "nobody goes in without a gown" answers nothing.
    expect(statementsOf('"Nobody goes into the ward without a gown," said Lena Fisk, the head nurse.')).toEqual([
      'claim: Nobody goes into the ward without a gown',
    ]);
    expect(statementsOf('"If you did not pay, they cut the water off," said Lena Fisk, a tenant.')).toEqual([
      'claim: If you did not pay, they cut the water off',
    ]);
    expect(statementsOf('"We waited all night and nobody from the council has called us," said Lena Fisk, a tenant.')).toEqual([
      'claim: We waited all night and nobody from the council has called us',
    ]);
    expect(statementsOf('"The pump is old. It has not been repaired since the flood," said Lena Fisk, an engineer.')).toEqual([
      'claim: The pump is old. It has not been repaired since the flood',
    ]);
    expect(statementsOf('"We wrote to the council twice. Two letters, and not one reply," said Lena Fisk, a tenant.')).toEqual([
      'claim: We wrote to the council twice. Two letters, and not one reply',
    ]);
    // What the speaker says they did not do still answers an accusation.
    expect(statementsOf('"We have never signed that contract," said Lena Fisk, a tenant.')).toEqual([
      'denial: We have never signed that contract',
    ]);
    expect(statementsOf('"Our trucks did not enter the park," said Lena Fisk, a manager.')).toEqual([
      'denial: Our trucks did not enter the park',
    ]);
  });

  it('reads a step the denier took, said plainly, as news of what was done, not an answer', () => {
    const text =
      'Eleven babies died at the hospital in July, while power cuts shut down incubators, a hospital report shows.\n\nHealth minister Hauwa Tanimu told parliament there was "no evidence at all" that the power cuts had caused any of the deaths at the hospital. She said she had sent a team of inspectors to the hospital on Monday.';
    expect(statementsOf(text)).toEqual([
      'claim: Eleven babies died at the hospital in July, while power cuts shut down incubators',
      'denial: there was "no evidence at all" that the power cuts had caused any of the deaths at the hospital',
      'claim: she had sent a team of inspectors to the hospital on Monday',
    ]);
    // A step said with a "not" still answers: "…had not sent anyone" denies.
    expect(statementsOf(text.replace('she had sent a team', 'she had not sent a team')).at(-1)).toMatch(/^denial: /u);
  });

  it('reads what the text frames as an answer to an accusation as a denial, unless it promises or guesses', () => {
    expect(statementsOf('Asked about the missing files, the mayor said every file had been archived in May.')).toEqual([
      'denial: every file had been archived in May',
    ]);
    expect(
      statementsOf('Responding to the complaints, the water board said in a statement that every household had been warned by letter.'),
    ).toEqual(['denial: every household had been warned by letter']);
    expect(
      statementsOf('The fire chief defended the decision. "We closed the road as soon as the smoke reached it," he told reporters.'),
    ).toEqual(['denial: We closed the road as soon as the smoke reached it']);
    expect(statementsOf('Responding to the complaints, the airline said refunds would be paid within a month.')).toEqual([
      'claim: refunds would be paid within a month',
    ]);
    // The announcement holds for its own paragraph only.
    expect(statementsOf('The fire chief defended the decision.\n\n"The road reopens on Monday," a police officer said.')).toEqual([
      'claim: The road reopens on Monday',
    ]);
    expect(statementsOf('The council hit back at the criticism. "Every bin was emptied on Friday," its leader said.')).toEqual([
      'denial: Every bin was emptied on Friday',
    ]);
    expect(statementsOf('The mayor defended herself against the criticism. The mayor said the bins were emptied on Friday.')).toEqual([
      'denial: the bins were emptied on Friday',
    ]);
    // A guess coordinated after the answer is part of it; a guess that opens the statement is none.
    expect(
      statementsOf(
        'The plant rejected the finding. It said the plant had not discharged anything since Thursday, and that the ammonia could have come from farmland.',
      ),
    ).toContainEqual('denial: the plant had not discharged anything since Thursday, and that the ammonia could have come from farmland');
    expect(
      statementsOf(
        'The plant rejected the finding. It said the ammonia could have come from farmland, and that the plant had not discharged anything.',
      ),
    ).toContainEqual('claim: the ammonia could have come from farmland, and that the plant had not discharged anything');
  });

  it('reads a report after a response to an event, or a title defended, as a claim: only an accusation is answered', () => {
    expect(statementsOf('Firefighters responded to the blaze on Elm Street. Fire chief Ana Ruiz said 40 homes were destroyed.')).toEqual([
      'claim: 40 homes were destroyed',
    ]);
    expect(statementsOf('The team defended its title on Sunday. The coach said the side scored three goals.')).toEqual([
      'claim: the side scored three goals',
    ]);
    expect(statementsOf('Paramedics responded within minutes. "Two people were taken to hospital," a police officer said.')).toEqual([
      'claim: Two people were taken to hospital',
    ]);
    expect(statementsOf('The launch was pushed back to May. The company said 40 engines were ready.')).toEqual([
      'claim: 40 engines were ready',
    ]);
  });

  it('reads a quotation that calls a claim false as a denial, and a question or a feeling as nothing to check', () => {
    expect(marks('"That is simply not the case," said Rosa Pell, the treasurer.')).toEqual([
      'denial: That is simply not the case',
      'attribution: said Rosa Pell, the treasurer',
    ]);
    expect(marks('"Who is going to pay for the repairs?" said Rosa Pell, the treasurer.')).toEqual([]);
    expect(marks('"We are proud of every nurse on that ward," said Rosa Pell, the treasurer.')).toEqual([]);
    expect(marks('"We are sorry for the delay," said Rosa Pell, the treasurer.')).toEqual([]);
    // A figure makes it checkable, feeling or not.
    expect(marks('"We are proud that 40 nurses stayed," said Rosa Pell, the treasurer.')).toEqual([
      'claim: We are proud that 40 nurses stayed',
      'attribution: said Rosa Pell, the treasurer',
    ]);
  });

  it('reads what a source "described as" a quotation as the whole phrase, not the partial quotation alone', () => {
    expect(marks('The ferry operator described the damage as "cosmetic" and said the ship had sailed on time.')).toEqual([
      'attribution: The ferry operator described',
      'claim: the damage as "cosmetic"',
      'claim: the ship had sailed on time',
    ]);
    // "as" without a quotation is no description of a claim.
    expect(marks('In his memoir, Pell describes his first years as a ferry pilot.')).toEqual([]);
  });

  it('reads a partial quotation as part of the whole reported clause, and a quotation the verb is about as no statement', () => {
    expect(marks('The ferry operator insisted the hull was "fully certified".')).toEqual([
      'attribution: The ferry operator insisted',
      'denial: the hull was "fully certified"',
    ]);
    expect(marks('The bank confirmed "a small number" of accounts had been emptied.')).toEqual([
      'attribution: The bank confirmed',
      'claim: "a small number" of accounts had been emptied',
    ]);
    // A quotation the speaker's next action follows is the whole statement.
    expect(marks('The coach said "we won the cup" and left the room.')).toEqual(['attribution: The coach said', 'claim: we won the cup']);
    // "warned of", "called for": what the verb is about, no statement to check.
    expect(marks('The minister warned of "serious consequences" if the strike went ahead.')).toEqual([]);
    // An indirect question states nothing, so no one is quoted.
    expect(marks('Neither government has said whether it will ask the mission to investigate.')).toEqual([]);
    expect(marks('The ministry has not said whether that decision will stand.')).toEqual([]);
    // "how" may open a statement: "said how the fire started was unclear".
    expect(marks('A witness told reporters how police had beaten him.')).toContain('claim: how police had beaten him');
    expect(marks('The council called for "urgent action" on the bridge.')).toEqual([]);
  });

  it('reads a negated restatement of what another source said as a denial of it', () => {
    expect(
      statementsOf(
        'The union said the drivers were paid late in March.\n\nThe bus company said the drivers were never paid late in March.',
      ),
    ).toEqual(['claim: the drivers were paid late in March', 'denial: the drivers were never paid late in March']);
    // …and so is a quotation of several sentences that opens with one.
    expect(
      statementsOf(
        'The drivers were paid late in March, the union said.\n\n' +
          '"The drivers were not paid late in March. Every wage went out on the 25th, as the contract says," said Ana Berg.',
      ),
    ).toEqual([
      'claim: The drivers were paid late in March',
      'denial: The drivers were not paid late in March. Every wage went out on the 25th, as the contract says',
    ]);
    // "It was not an accident" contradicts, and a question the speaker answers "No" denies.
    expect(
      statementsOf(
        'The warehouse fire was an accident, police said on Monday.\n\n' +
          '"It was not an accident. The warehouse fire was started deliberately," said the owner, Samuel Owuso.',
      )[1],
    ).toMatch(/^denial: /u);
    expect(
      statementsOf(
        'Workers at the Kisumu plant were paid late in March, the union said.\n\n' +
          '"Were they paid late? No. The company paid every worker on time in March," said spokesman Ravi Menin.',
      )[1],
    ).toMatch(/^denial: /u);
    // A negation that confirms, or a question, answers nothing.
    expect(
      statementsOf(
        'Inflation rose to 9% in May, the statistics office said.\n\n' +
          '"It is no surprise that inflation rose to 9% in May. Fuel subsidies ended in March," said economist Folake Adeyemo.',
      )[1],
    ).toMatch(/^claim: /u);
    expect(
      statementsOf(
        'The council cut the library budget by 40%, campaigners said.\n\n' +
          '"Did the council not cut the library budget by 40%? Of course it did. Look at the figures," said Jane Hurston.',
      )[1],
    ).toMatch(/^claim: /u);
    // The same source going on, two negations that agree, or a negation about something else deny nothing.
    expect(statementsOf('The union said the drivers were paid late. The union said the drivers were not paid late in full.')).toEqual([
      'claim: the drivers were paid late',
      'claim: the drivers were not paid late in full',
    ]);
    expect(
      statementsOf('The union said the drivers were not paid in March.\n\nThe bus company said the drivers were not paid in March either.'),
    ).toEqual(['claim: the drivers were not paid in March', 'claim: the drivers were not paid in March either']);
    expect(statementsOf('The union said the drivers were paid late in March.\n\nThe mayor said the new depot had no heating.')).toEqual([
      'claim: the drivers were paid late in March',
      'claim: the new depot had no heating',
    ]);
    // Found however many statements before share some of its words, and only where one shares enough of them.
    const others = Array.from({ length: 40 }, (_, at) => `The mayor said the drivers of route ${at} were paid in June.`);
    const restatement = statementsOf(
      [
        'The union said the drivers were paid late in March.',
        ...others,
        'The bus company said the drivers were never paid late in March.',
      ].join('\n\n'),
    );
    expect(restatement[0]).toBe('claim: the drivers were paid late in March');
    expect(restatement.slice(1, -1).every((mark) => mark.startsWith('claim: '))).toBe(true);
    expect(restatement[restatement.length - 1]).toBe('denial: the drivers were never paid late in March');
    expect(statementsOf([...others, 'The bus company said the drivers were never paid late in May.'].join('\n\n')).pop()).toBe(
      'claim: the drivers were never paid late in May',
    );
  });

  it('reads calling the accuser a liar, denying any part in the matter, or explaining a finding away as a denial', () => {
    expect(statementsOf('"They are lying to scare our members," said Lena Fisk, a spokeswoman.')).toEqual([
      'denial: They are lying to scare our members',
    ]);
    expect(statementsOf('The mayor had no role in awarding the contract, the council said.')).toEqual([
      'denial: The mayor had no role in awarding the contract',
    ]);
    expect(statementsOf('The builder said the permits were in order and that the firm had broken no rules.')).toEqual([
      'denial: the permits were in order and that the firm had broken no rules',
    ]);
    expect(statementsOf('The director said the missing payments were a clerical error.')).toEqual([
      'denial: the missing payments were a clerical error',
    ]);
    expect(statementsOf('The director said the gaps in the ledger were clerical errors.')).toEqual([
      'denial: the gaps in the ledger were clerical errors',
    ]);
    expect(statementsOf('The union called the figures outdated.')).toEqual(['denial: the figures outdated']);
    // "Outdated" dismisses only what someone calls so.
    expect(statementsOf('The auditors said the firm had used an outdated billing system.')).toEqual([
      'claim: the firm had used an outdated billing system',
    ]);
  });

  it('reads a dismissal without "false" in it, or a verb that waves a claim away, as a denial', () => {
    expect(statementsOf('The mayor brushed aside the criticism.')).toEqual(['denial: the criticism']);
    expect(statementsOf('The bakery said the complaints were "without foundation".')).toEqual([
      'denial: the complaints were "without foundation"',
    ]);
    expect(statementsOf('The bakery said reports of mice in its kitchen were "wide of the mark".')).toEqual([
      'denial: reports of mice in its kitchen were "wide of the mark"',
    ]);
    expect(statementsOf('"At no point was the flour spoiled," the bakery said.')).toEqual(['denial: At no point was the flour spoiled']);
    expect(statementsOf('"We dispute every figure in the report," the bakery said.')).toEqual([
      'denial: We dispute every figure in the report',
    ]);
    expect(statementsOf('“We dispute these figures,” the union said.')).toEqual(['denial: We dispute these figures']);
    expect(statementsOf('“We strongly dispute the inspectors’ findings,” the owner said.')).toEqual([
      'denial: We strongly dispute the inspectors’ findings',
    ]);
    // The noun names a quarrel; it denies nothing.
    expect(statementsOf('“The pay dispute has now lasted six weeks,” the union said.')).toEqual([
      'claim: The pay dispute has now lasted six weeks',
    ]);
    expect(statementsOf('The union said two disputes over overtime were still open.')).toEqual([
      'claim: two disputes over overtime were still open',
    ]);
  });

  it('reads a hedged forecast or a statement of confidence as nothing to check, a forecast with a figure as a claim', () => {
    expect(marks('"We will probably finish the tunnel early," said Lena Fisk, the engineer.')).toEqual([]);
    expect(marks('"I am confident the tunnel will hold," said Lena Fisk, the engineer.')).toEqual([]);
    expect(marks('"This will be the best harvest in years," said Lena Fisk, a farmer.')).toEqual([]);
    expect(marks('"We will probably finish the tunnel 3 months early," said Lena Fisk, the engineer.')).toEqual([
      'claim: We will probably finish the tunnel 3 months early',
      'attribution: said Lena Fisk, the engineer',
    ]);
    expect(marks('"I am confident we will win," said Lena Fisk, the coach.')).toEqual([]);
    expect(marks('"We are optimistic," said Lena Fisk, the coach.')).toEqual([]);
  });

  it('reads a hedged statement about the past as a claim', () => {
    expect(marks('Officials said the fire was probably caused by an electrical fault.')).toEqual([
      'attribution: Officials said',
      'claim: the fire was probably caused by an electrical fault',
    ]);
    expect(marks('"We are confident the pump failed before the flood," said Lena Fisk, the engineer.')).toEqual([
      'claim: We are confident the pump failed before the flood',
      'attribution: said Lena Fisk, the engineer',
    ]);
  });

  it('reads a judgement, a statement of trust or a maxim as nothing to check', () => {
    expect(marks('"The report is damning," said Lena Fisk, a councillor.')).toEqual([]);
    expect(marks('"The board has lost all credibility," said Lena Fisk, a councillor.')).toEqual([]);
    expect(marks('The premier said she had full confidence in the minister.')).toEqual([]);
    expect(marks('"Someone has to answer for this," said Lena Fisk, a councillor.')).toEqual([]);
    expect(marks('"Somebody has to be held accountable this time," said Lena Fisk, a councillor.')).toEqual([]);
    expect(marks('"Honesty is not something we trade away," said Lena Fisk, a councillor.')).toEqual([]);
    expect(marks('An analyst said the fine was a serious blow to the bank.')).toEqual([]);
  });

  it('reads a dismissal written before its speaker or after "according to" as a denial', () => {
    expect(statementsOf('The story about the missing funds is untrue, the club said.')).toEqual([
      'denial: The story about the missing funds is untrue',
    ]);
    expect(statementsOf('According to the club, the story about the missing funds is baseless.')).toEqual([
      'denial: the story about the missing funds is baseless',
    ]);
  });

  it('reads a surname alone as the latest person of that name, not a body whose name starts with it', () => {
    const speakers = speakersOf(
      'Orlo Freight said its lorries were safe. "The brakes were serviced in May," said Ina Orlo, the firm\'s owner. Orlo said the driver was new.',
    ).map((speaker) => speaker.name);
    expect(speakers).toEqual(['Orlo Freight', 'Ina Orlo', 'Ina Orlo']);
  });

  it('reads "he" or "she" as the person a sentence of its paragraph named, not the speaker of the paragraph before', () => {
    const names = speakersOf(
      '"The smoke reached the farm first," said Lena Fisk, a farmer.\n\nFire chief Ana Ruiz defended the plan. "We moved as soon as the wind turned," she told reporters.',
    ).map((speaker) => speaker.name);
    expect(names).toEqual(['Lena Fisk', 'Ana Ruiz']);
  });

  it('reads "he" as the person the sentence before named by surname alone, not the last speaker', () => {
    const names = speakersOf(
      'Prosecutor Ida Kemp told the court that Olaf Brenn took bribes.\n\nBrenn, 54, faces ten years in prison. He has denied the charges.',
    ).map((speaker) => speaker.name);
    expect(names).toEqual(['Ida Kemp', 'Olaf Brenn']);
  });

  it('keeps a title that opens like a time or place, reads "which" as a body, and a record word before a name as a title', () => {
    expect(speakersOf('"We knew," said Maria Lenz, at the time a spokeswoman for the ministry.')).toMatchObject([
      { name: 'Maria Lenz', role: 'at the time a spokeswoman for the ministry' },
    ]);
    expect(sourcesOf('Contractor Bell Tanner, which built the school, said the roof met every standard.')).toEqual([
      'Contractor Bell Tanner: organisation',
    ]);
    expect(sourcesOf('Diary of a Nurse author Jane Holt said 40 wards were short of staff.')).toEqual(['Jane Holt: named']);
  });

  it('reads the account after "told a different story …:" as the statement, and "and told it was" as one clause', () => {
    expect(
      marks(
        'The rider’s agent, Ilse Marten, told a very different story in an interview with the daily Vesti: ' +
          'the rider had been handed the licence by a club official and told it was "a formality".',
      ),
    ).toEqual([
      'attribution: The rider’s agent, Ilse Marten, told a very different story in an interview with the daily Vesti',
      'claim: the rider had been handed the licence by a club official and told it was "a formality"',
    ]);
  });

  it('reads "called suggestions that …" with a dismissive word as a denial, and a fact noted after a denial as a claim', () => {
    expect(marks('He called suggestions that the company had ignored warnings "deeply unfair to our engineers".')).toEqual([
      'attribution: He called',
      'denial: suggestions that the company had ignored warnings "deeply unfair to our engineers"',
    ]);
    expect(marks('The judge dismissed the defence’s account as "invented", noting that the log already recorded 209 passengers.')).toEqual([
      'attribution: The judge dismissed',
      'denial: the defence’s account as "invented"',
      'attribution: noting',
      'claim: the log already recorded 209 passengers',
    ]);
  });

  it('reads what a record shows, a thing rather than a clause, with the record as the source', () => {
    expect(marks('Bank statements of two of the families, seen by Tarnpress, show a single transfer of 8,000 dalers to each.')).toEqual([
      'attribution: Bank statements of two of the families, seen by Tarnpress, show',
      'claim: a single transfer of 8,000 dalers to each',
    ]);
    expect(sourcesOf('The federation’s accounts for 2024, published in June, show travel allowances of 800 dalers a delegate.')).toEqual([
      'federation’s accounts for 2024: document',
    ]);
    // What it showed, told by others, is theirs to report.
    expect(marks('Data from the recorder showed a speed of 57 km an hour, according to two people who have seen it.')).toEqual([
      'claim: Data from the recorder showed a speed of 57 km an hour',
      'attribution: according to two people who have seen it',
    ]);
  });

  it('reads what a register or a log lists or records, and no one else who lists or records', () => {
    expect(marks('A register kept by the Harlby clinic, seen by Tarnpress, lists 11 groups brought in since January.')).toEqual([
      'attribution: A register kept by the Harlby clinic, seen by Tarnpress, lists',
      'claim: 11 groups brought in since January',
    ]);
    expect(sourcesOf('A register kept by the Harlby clinic, seen by Tarnpress, lists 11 groups brought in since January.')).toEqual([
      'register kept by the Harlby clinic: document',
    ]);
    expect(marks('The port log records 40 landings at the harbour since May.')).toEqual([
      'attribution: The port log records',
      'claim: 40 landings at the harbour since May',
    ]);
    expect(marks('The company lists its shares in Harlby and in Porvira.')).toEqual([]);
    expect(marks('The clinic records every visit in a ledger kept at the desk.')).toEqual([]);
    // …and what pay slips, several of them, list.
    expect(
      marks(
        'Pay slips for January and February shown to The Kaveta Courier by four of the workers list deductions of N$ 310 a month for rations.',
      ),
    ).toEqual([
      'attribution: Pay slips for January and February shown to The Kaveta Courier by four of the workers list',
      'claim: deductions of N$ 310 a month for rations',
    ]);
    expect(marks('The farmers list their grievances in a letter to the council.')).toEqual([]);
  });

  it('reads what a source puts at a figure as its claim, and "put" with no figure as no report', () => {
    expect(marks('The port authority put the cost of the repairs at more than 4 million dalers.')).toEqual([
      'attribution: The port authority put',
      'claim: the cost of the repairs at more than 4 million dalers',
    ]);
    expect(marks('The strike put pressure on the ministry at a time of crisis.')).toEqual([]);
    expect(marks('The mayor put the plan at the top of the agenda.')).toEqual([]);
  });

  it('reads a plain clause after "confirmed", and a body in a place as that body', () => {
    expect(marks('Police in Harlby confirmed they had opened an investigation into the fire.')).toEqual([
      'attribution: Police in Harlby confirmed',
      'claim: they had opened an investigation into the fire',
    ]);
    expect(sourcesOf('Police in Harlby confirmed they had opened an investigation into the fire.')).toEqual(['Police: organisation']);
    // "Confirmed" with an object is no report.
    expect(marks('The ministry confirmed the appointment of a new director on Monday.')).toEqual([]);
  });

  it('reads "the prosecutor" as the one given that title at first, though named since by surname alone', () => {
    expect(
      sourcesOf(
        'The owner sold 900 tonnes too many, prosecutor Rein Abel told the court. The owner, Tam Cord, denied the charge.\n\nAbel said the fish was sold for cash.\n\nThe agency holds no record of any lease, the prosecutor replied.',
      ),
    ).toEqual(['Rein Abel: named', 'Tam Cord: named', 'Rein Abel: named', 'Rein Abel: named']);
  });

  it('reads "she" after "the judge\'s…" as the one person the text titled judge, when no one spoke in the paragraph', () => {
    const story =
      'Presiding judge Umbra Quell sentenced Ferro Lask, the site manager, to four years in prison on Monday.\n\n' +
      'The judge\'s conclusion was plain. "He chose a signature over a closed road," she said.';
    expect(sourcesOf(story)).toEqual(['Umbra Quell: named']);
    // Two people titled judge: no telling which.
    expect(sourcesOf(story.replace('Monday.', 'Monday. Judge Alma Ritt dissented.'))).toEqual(['she: anonymous']);
  });

  it('reads where a speaker spoke as no part of who they are', () => {
    expect(
      sourcesOf(
        '"It was bound to happen," said Aldo Peller, who heads the dockers\' union, outside the court. He said the union had warned the ministry.',
      ),
    ).toEqual(['Aldo Peller: named', 'Aldo Peller: named']);
  });

  it('reads "the ministry" as the ministry that spoke before, not a person whose title names it', () => {
    const speakers = sourcesOf(
      'The transport ministry said the bridge was closed. Karl Brant, a spokesman for the transport ministry, said repairs had begun. The ministry said the bridge had reopened in May.',
    );
    expect(speakers).toEqual(['transport ministry: organisation', 'Karl Brant: named', 'transport ministry: organisation']);
  });

  it('reads what a record or an inquiry "found" as its finding, a clause or a thing, but no person\'s find', () => {
    expect(marks('A 2022 inspection report by the ministry, seen by Tellvane, found corrosion on 11 sections of the pipeline.')).toEqual([
      'attribution: A 2022 inspection report by the ministry, seen by Tellvane, found',
      'claim: corrosion on 11 sections of the pipeline',
    ]);
    expect(marks('She found the keys in the car.')).toEqual([]);
    // "Found" describing a record reports nothing.
    expect(marks('The documents found in the car included a passport and 9,000 euros in cash.')).toEqual([]);
    expect(marks('The audit found that the tender had been open for nine days.')).toEqual([
      'attribution: The audit found',
      'claim: the tender had been open for nine days',
    ]);
    // A thing found that led to something else is the reporter's story, here of what a ruling says…
    expect(
      marks(
        'The dye works was fined 40,000 crowns in 2020 after inspectors found a hose that ran into the canal, according to a court ruling.',
      ),
    ).toEqual([
      'claim: The dye works was fined 40,000 crowns in 2020 after inspectors found a hose that ran into the canal',
      'attribution: according to a court ruling',
    ]);
    // …but what an audit found that led to something is still its finding…
    expect(marks('The mayor resigned in March after an audit found irregularities in three contracts.')).toEqual([
      'attribution: an audit found',
      'claim: irregularities in three contracts',
    ]);
    // …as is what a survey found that says.
    expect(marks('Trust has fallen since a 2019 survey found that fewer than a third of voters trusted the courts.')).toContain(
      'claim: fewer than a third of voters trusted the courts',
    );
  });

  it('reads what records "show" and what a log entry "reads" as reported, by a document', () => {
    expect(marks('Minutes of the April board meeting show that the mayor attended as a guest.')).toEqual([
      'attribution: Minutes of the April board meeting show',
      'claim: the mayor attended as a guest',
    ]);
    const text = 'A dispatch log from the coast station was released on Monday. "Vessel taking water, six aboard," the entry reads.';
    expect(marks(text)).toEqual(['claim: Vessel taking water, six aboard', 'attribution: the entry reads']);
    expect(speakersOf(text)).toMatchObject([{ sourceType: 'document' }]);
  });

  it('reads "the company" as the body named with what it runs, whatever that is', () => {
    expect(
      sourcesOf('Pellgrave, which runs the town clinic, called the figure "baseless". The company said the records had been moved intact.'),
    ).toEqual(['Pellgrave: organisation', 'Pellgrave: organisation']);
  });

  it('reads a review and laboratory results as documents, named as written with who wrote them', () => {
    expect(
      sourcesOf(
        'Fewer than 300 families were affected, a review by the regional audit office found. The river was clean, according to laboratory results published by the agency.',
      ),
    ).toEqual(['review by the regional audit office: document', 'laboratory results: document']);
    expect(sourcesOf('Contracts awarded by the ministry show that the firm received 12 million.')).toEqual([
      'contracts awarded by the ministry: document',
    ]);
  });

  it('reads records opening a sentence with no article as a document, and a title opening with a record word as a person', () => {
    expect(speakersOf('Rosters for January seen by the Courier show that drivers worked 11-hour shifts.')).toMatchObject([
      { name: 'rosters for January', sourceType: 'document' },
    ]);
    expect(sourcesOf('Data protection commissioner Yusuf Aldane said 40,000 records had been taken.')).toEqual(['Yusuf Aldane: named']);
  });

  it('reads a body by what it is: a name holding "Association", a group "calling itself" something, a firm described at length', () => {
    const speakers = sourcesOf(
      'Fares rose by a fifth, according to the Northern Association of Ferry Users. ' +
        'A group calling itself RedHarbour said on a forum that it had copied the files. ' +
        'Tallow Metrics, a data firm that audits the league for the federation, said in a report that two matches were fixed. ' +
        'The Vesland Hockey Federation said it had studied the report. The federation said the season had gone on.',
    );
    expect(speakers).toEqual([
      'Northern Association of Ferry Users: organisation',
      'RedHarbour: organisation',
      'Tallow Metrics: organisation',
      'Vesland Hockey Federation: organisation',
      'Vesland Hockey Federation: organisation',
    ]);
  });

  it('reads "the utility" as the company named in a title before, not a hospital or the outlet reporting', () => {
    const names = speakersOf(
      '"The water is safe," said Ana Orloff, chief executive of Oskel Waterworks.\n\n' +
        'A memo seen by the Tarn Courier said the valve leaked. Dr Ivo Kral, of Oskel University Hospital, said 40 people fell ill.\n\n' +
        'The utility said in a statement that alerts had been sent to every customer.',
    ).map((speaker) => speaker.name);
    expect(names).toEqual(['Ana Orloff', 'memo', 'Dr Ivo Kral', 'Oskel Waterworks']);
  });

  it('reads "the entry" as the document quoted last, and a document without the date it was written', () => {
    const names = sourcesOf(
      'Minutes of a board meeting in March 2023 show that the mayor attended.\n\n' +
        'An internal log from the fire centre shows that the alarm was raised at 2 a.m.\n\n"Evacuate the ridge now," the entry reads.',
    );
    expect(names).toEqual([
      'minutes of a board meeting: document',
      'internal log from the fire centre: document',
      'internal log from the fire centre: document',
    ]);
  });

  it('reads a complaint or a petition filed with a body as a document', () => {
    const [speaker] = suggestMarks('According to a petition lodged with the town council, the square floods every spring.').flatMap(
      (suggestion) => (suggestion.speaker === undefined ? [] : [suggestion.speaker]),
    );
    expect(speaker).toMatchObject({ sourceType: 'document' });
  });

  it('reads a single name described as a person as a person, not a body', () => {
    const [speaker] = suggestMarks('A nurse on the night shift, who gave only her first name, Dana, said the ward had no heating.').flatMap(
      (suggestion) => (suggestion.speaker === undefined ? [] : [suggestion.speaker]),
    );
    expect(speaker).toMatchObject({ name: 'Dana', sourceType: 'named' });
  });

  it('reads a company by the ending of its name, and a body whose name holds "of" by its last noun', () => {
    const types = suggestMarks(
      'Kestrel Dynamics said its radar had passed every test. The Festival of Lights organisers said the parade had gone ahead. ' +
        'Brack Water said the pipes were new. A local chess club said the hall was flooded.',
    ).flatMap((suggestion) => (suggestion.speaker === undefined ? [] : [`${suggestion.speaker.name}: ${suggestion.speaker.sourceType}`]));
    expect(types).toEqual([
      'Kestrel Dynamics: organisation',
      'Festival of Lights organisers: organisation',
      'Brack Water: organisation',
      'local chess club: organisation',
    ]);
  });

  it('reads a dairy, a waterworks or a securities house by the ending of its name as a body', () => {
    const types = sourcesOf(
      'Tarn Dairies said the milk was safe. Oskel Waterworks said the pipes were new. Brede Securities said the shares had fallen.',
    );
    expect(types).toEqual(['Tarn Dairies: organisation', 'Oskel Waterworks: organisation', 'Brede Securities: organisation']);
  });

  it('reads a surname alone as the person the text named in full before, quoted or not', () => {
    const [speaker] = speakersOf('Lorna Vesk, the champion, was banned on Monday.\n\n"I followed every rule," Vesk, 31, said in a video.');
    expect(speaker).toMatchObject({ name: 'Lorna Vesk', sourceType: 'named' });
  });

  it('reads a document described before who published it as the document', () => {
    const [speaker] = speakersOf(
      'A leaked letter from a site manager, published on Friday by the Harlow Gazette, said the cranes had not been inspected.',
    );
    expect(speaker).toMatchObject({ name: 'leaked letter from a site manager', sourceType: 'document' });
  });

  it('gives a person described by a relative clause about a body the source type of a person', () => {
    const [speaker] = suggestMarks('Divers found the wreck at dawn, said Rui Costa, who runs the harbour rescue service.').flatMap(
      (suggestion) => (suggestion.speaker === undefined ? [] : [suggestion.speaker]),
    );
    expect(speaker).toMatchObject({ name: 'Rui Costa', sourceType: 'named' });
  });

  it('names a body without its article or where it sits, and a document seen by a reporter by what it is', () => {
    const names = speakersOf(
      'The fisheries ministry in Tallin said the quota had risen. An internal memo seen by reporters said the quota had fallen.',
    ).map((speaker) => speaker.name);
    expect(names).toEqual(['fisheries ministry', 'internal memo']);
  });

  it('reads a name under "His Excellency" or "Engineer" as a named person, with the post after it', () => {
    const speakers = suggestMarks(
      'His Excellency Engineer Mattar Saqr Al Tunaiji, Director-General of the Authority, said the water was safe. Engineer Ahmed Saleh said the pipe had burst.',
    )
      .filter((suggestion) => suggestion.speaker !== undefined)
      .map((suggestion) => [suggestion.speaker?.sourceType, suggestion.speaker?.role]);
    expect(speakers).toEqual([
      ['named', 'Director-General of the Authority'],
      ['named', ''],
    ]);
  });

  it('keeps a record that a verb follows, not a participle, and a list of speakers as the people it names', () => {
    const speakers = suggestMarks(
      'The company secretary presented the accounts, which show a loss of KSh300 million. A long list of speakers, including Governor Ruth Wanjala, said the budget was late.',
    )
      .filter((suggestion) => suggestion.speaker !== undefined)
      .map((suggestion) => suggestion.speaker?.sourceType);
    expect(speakers).not.toContain('anonymous');
    expect(speakers).toContain('named');
  });

  it('reads a municipality and a contracting or trading firm as organisations', () => {
    const types = suggestMarks(
      'Nakhlan Municipality said the plans were approved. Mizna Building Contracting said the wages were paid. Khor General Trading said the goods were delivered.',
    )
      .filter((suggestion) => suggestion.speaker !== undefined)
      .map((suggestion) => suggestion.speaker?.sourceType);
    expect(types).toEqual(['organisation', 'organisation', 'organisation']);
  });

  it('tells documents, organisations and anonymous sources apart', () => {
    const types = suggestMarks(
      'According to a report seen by us, rents doubled. The health ministry said prices had fallen. A senior doctor, who asked not to be named, said beds were short.',
    )
      .filter((suggestion) => suggestion.speaker !== undefined)
      .map((suggestion) => suggestion.speaker?.sourceType);
    expect(types).toEqual(['document', 'organisation', 'anonymous']);
  });

  it('reads a negated statement reported after a denial in its paragraph as going on with the denial, and after a claim as a claim', () => {
    expect(
      statementsOf(
        "Maja Torvik said the accusation was untrue. The first full forecast did not reach the mayor's desk until Sept. 29, she said.",
      ),
    ).toEqual(['denial: the accusation was untrue', "denial: The first full forecast did not reach the mayor's desk until Sept. 29"]);
    expect(
      statementsOf('The union said the plan was unsafe. The port has not hired a single new crane driver since March, it said.'),
    ).toEqual(['claim: the plan was unsafe', 'claim: The port has not hired a single new crane driver since March']);
  });

  it('reads a negated statement before its side\'s denial as answering the accusation, but not one negated only by "without"', () => {
    const story = (statement: string) =>
      `Fishermen at Kessock said oil from the grounded tanker Marel had coated the harbour wall and killed dozens of seabirds.\n\nIn a statement on Friday, Brannor Shipping said ${statement}.\n\nThe company's operations director, Ilse Dorn, dismissed the fishermen's account as "guesswork".`;
    expect(statementsOf(story('the tanker had not lost any oil since it ran aground'))).toContain(
      'denial: the tanker had not lost any oil since it ran aground',
    );
    expect(statementsOf(story('its crew had pumped the oil out without any help from the port'))).toContain(
      'claim: its crew had pumped the oil out without any help from the port',
    );
  });

  it("keeps an accuser's own complaints claims though the accuser denies something too, and news that no one was hurt or arrested", () => {
    const text = `The Domestic Workers Union said the Sunrise agency had taken the passports of 300 women it placed with families in the city.\n\nThe union also denied that its members had signed contracts allowing the agency to keep the documents.\n\nThe agency rejected the union's account.\n\nThe union said the women had not been paid for four months.\n\nThe union said the agency had not returned a single passport.\n\nThe agency said no women had been injured or detained in the city, and that none of the 300 passports had been kept at its offices.`;
    expect(statementsOf(text)).toEqual(
      expect.arrayContaining([
        'claim: the women had not been paid for four months',
        'claim: the agency had not returned a single passport',
      ]),
    );
  });

  it('reads a negation about the accusation from the side that denied it, paragraphs later, as a denial, but not news that nobody fell ill', () => {
    const story = (statement: string) =>
      `Residents of Barrowfield said the Kelvane Water Company had cut off supply to 300 homes for a week in July.\n\nThe company denied the residents' account on Tuesday.\n\nA council officer said the supply to the estate had been restored on Friday.\n\nIn a later statement, the company said ${statement}.`;
    expect(statementsOf(story('none of its pumping stations had stopped supplying homes in the town during the summer'))).toContain(
      'denial: none of its pumping stations had stopped supplying homes in the town during the summer',
    );
    expect(statementsOf(story('no one had fallen ill because of the cut'))).toContain('claim: no one had fallen ill because of the cut');
  });

  it('reads what says the rules were kept, answering what another side said, as a denial, but not the same words unasked', () => {
    const story = (statement: string) =>
      `Parents at Dunmore Primary said the Corrie Bus Company had left children waiting at the roadside in the rain for an hour on Monday.\n\nThe Corrie Bus Company said ${statement}.`;
    expect(
      statementsOf(story('its drivers had picked up the children from the roadside in line with the school transport rules')),
    ).toContain('denial: its drivers had picked up the children from the roadside in line with the school transport rules');
    expect(statementsOf(story('the noise from its depot at the roadside had stayed within permitted limits'))).toContain(
      'claim: the noise from its depot at the roadside had stayed within permitted limits',
    );
    expect(
      statementsOf("The Corrie Bus Company said its new timetable had been drawn up in line with the council's transport rules."),
    ).toContain("claim: its new timetable had been drawn up in line with the council's transport rules");
  });

  it('reads "said about" a figure as a clause, a place and what it is before the speaker as no part of them, and "by telephone" as part of the attribution', () => {
    expect(marks('Harbour master Ilse Kormann said about 40 ships were waiting at anchor.')).toEqual([
      'attribution: Harbour master Ilse Kormann said',
      'claim: about 40 ships were waiting at anchor',
    ]);
    expect(marks('In Tovin, one of the two villages, mayor Elena Marsk said by telephone that the school had been damaged.')).toEqual([
      'attribution: mayor Elena Marsk said by telephone',
      'claim: the school had been damaged',
    ]);
  });

  it('reads a document by what it is, however the sentence goes on after it', () => {
    for (const sentence of [
      'According to a ministry report published last year, the wards were full.',
      'A discharge permit issued by the regional government in 2022, which Wire has reviewed, shows that the tannery may release 40 tonnes a day.',
      'According to an internal company presentation seen by Wire, 300 jobs will go.',
      'Bank statements tendered by the prosecution show that the money reached his account in March.',
      'Municipal records presented to the court show that the plans were approved in a day.',
      'A payroll summary from the county treasury, seen by Jukwaa, shows that the salary bill is Ksh42 million.',
    ]) {
      const speaker = suggestMarks(sentence).find((suggestion) => suggestion.speaker !== undefined)?.speaker;
      expect(speaker?.sourceType, sentence).toBe('document');
    }
  });

  it('keeps ids across an edit elsewhere in the article, and tells repeated words apart', () => {
    const before = suggestMarks(text);
    const after = suggestMarks(`A new first paragraph.\n\n${text}`);
    expect(after.map((suggestion) => suggestion.id)).toEqual(before.map((suggestion) => suggestion.id));
    const twice = suggestMarks('"Yes it is," she said. "Yes it is," she said.');
    expect(new Set(twice.map((suggestion) => suggestion.id)).size).toBe(twice.length);
  });

  it('reads a paragraph met before as it read it then, wherever it now stands', () => {
    const fresh = suggestMarks(text).map((suggestion) => [suggestion.quote, suggestion.start, suggestion.links.length]);
    suggestMarks(`"We follow every rule," Reyes told reporters. "The work is safe."\n\nAn unrelated opening.`);
    expect(suggestMarks(text).map((suggestion) => [suggestion.quote, suggestion.start, suggestion.links.length])).toEqual(fresh);
  });

  it('gives spans on whole words that match their quote', () => {
    for (const suggestion of suggestMarks(text)) {
      expect(text.slice(suggestion.start, suggestion.end)).toBe(suggestion.quote);
      expect(suggestion.quote).toBe(suggestion.quote.trim());
    }
  });
});

describe('wire copy the rules had not met: reading the whole statement and its source', () => {
  it('reads a statement the attribution interrupts between its subject and verb as two spans of one speaker', () => {
    expect(marks('The cash deposits, he said, came from the sale of a family farm in 2019.')).toEqual([
      'claim: The cash deposits',
      'attribution: he said',
      'claim: came from the sale of a family farm in 2019',
    ]);
    // A fronted time is no subject.
    expect(marks('On Monday, the minister said, prices rose by 4%.')).toEqual([]);
    // A subject that looks like a clause ("the injured") or holds a name in apposition is still the subject.
    expect(marks('Three of the injured, police spokeswoman Nel Wramp said, were stewards, one of whom had a broken leg.')).toEqual([
      'claim: Three of the injured',
      'attribution: police spokeswoman Nel Wramp said',
      'claim: were stewards, one of whom had a broken leg',
    ]);
    // …but a past verb before where is the subject's own: "died in the attack", then no auxiliary after.
    expect(marks('Two soldiers died in the attack, the army said, quoted by the state news agency TNA.')).not.toContainEqual(
      'claim: quoted by the state news agency TNA',
    );
    expect(marks('Documents seized in the raid, prosecutors said, showed payments of $2 million to the minister.')).toEqual([
      'claim: Documents seized in the raid',
      'attribution: prosecutors said',
      'claim: showed payments of $2 million to the minister',
    ]);
    expect(marks('A letter found in the flat, police said, was written by the victim.')).toEqual([
      'claim: A letter found in the flat',
      'attribution: police said',
      'claim: was written by the victim',
    ]);
    expect(marks('The referee, Wiebke Alder, the report says, halted play for eight minutes.')).toEqual([
      'claim: The referee, Wiebke Alder',
      'attribution: the report says',
      'claim: halted play for eight minutes',
    ]);
    // …and when it was said, with the words that tell it ("as she read the verdict"); outside commas that is narration.
    expect(marks('The contracts, Judge Hedvika Oxen said as she read the verdict, were written for one bidder only.')).toEqual([
      'claim: The contracts',
      'attribution: Judge Hedvika Oxen said as she read the verdict',
      'claim: were written for one bidder only',
    ]);
    // A time or a link before "according to" is no statement.
    expect(marks('Last year, according to the ministry, 40 people died on the roads.')).toEqual([
      'attribution: according to the ministry',
      'claim: 40 people died on the roads',
    ]);
    expect(marks('The man, police said, previously served time for robbery.')).toEqual([
      'claim: The man',
      'attribution: police said',
      'claim: previously served time for robbery',
    ]);
    // "According to" may interrupt a statement too, its source with a relative clause; a verb may follow how sure.
    expect(marks('The fire, according to officials, started in the kitchen of the hotel.')).toEqual([
      'claim: The fire',
      'attribution: according to officials',
      'claim: started in the kitchen of the hotel',
    ]);
    expect(marks('The leak, according to Lorvath Energy, which operates the pipeline, was found by a maintenance crew on Monday.')).toEqual(
      [
        'claim: The leak',
        'attribution: according to Lorvath Energy, which operates the pipeline',
        'claim: was found by a maintenance crew on Monday',
      ],
    );
    expect(marks('The contamination, the company said, most likely entered the water through private wells.')).toEqual([
      'claim: The contamination',
      'attribution: the company said',
      'claim: most likely entered the water through private wells',
    ]);
    // What the speaker was doing as they spoke tells when too, after a quotation as well.
    expect(marks('"Mr Angwin did not take this money by accident," Kilgour said as she read the verdict.')).toEqual([
      'denial: Mr Angwin did not take this money by accident',
      'attribution: Kilgour said as she read the verdict',
    ]);
    // "It" with an adverb is a speaker, as "it" is.
    expect(marks('The audit office reviewed the deal. It also found the tender had been open for only nine days.')).toEqual([
      'attribution: It also found',
      'claim: the tender had been open for only nine days',
    ]);
    expect(marks('It was also said that the mayor had resigned.')).toEqual([]);
    expect(marks('Ortiz told the court on Thursday as his trial opened that he had sold the farm.')).toEqual([
      'attribution: Ortiz told the court on Thursday',
      'claim: he had sold the farm',
    ]);
    // A time after the cue, and a speaker with an apposition, interrupt it too.
    expect(marks('The company, a Dunmore spokeswoman said later, had shut both drying towers until further notice.')).toEqual([
      'claim: The company',
      'attribution: a Dunmore spokeswoman said later',
      'claim: had shut both drying towers until further notice',
    ]);
    expect(
      marks('Three of the pumps on the lowest level, the chief engineer, Ola Brisk, said, had recorded no data at all since May.'),
    ).toEqual([
      'claim: Three of the pumps on the lowest level',
      'attribution: the chief engineer, Ola Brisk, said',
      'claim: had recorded no data at all since May',
    ]);
  });

  it("reads a quotation run on over two paragraphs as the speaker's, each part to its paragraph", () => {
    const text =
      '"We pulled every tin from the shelves the same evening," Ola Brisk said. "Our engineers found no fault in the drying towers.\n\n"We are testing the tins the parents kept, and every one has come back clean."';
    expect(marks(text)).toEqual([
      'claim: We pulled every tin from the shelves the same evening',
      'attribution: Ola Brisk said',
      'claim: Our engineers found no fault in the drying towers',
      'claim: We are testing the tins the parents kept, and every one has come back clean',
    ]);
    const [attribution] = suggestMarks(text).filter((suggestion) => suggestion.kind === 'attribution');
    expect(attribution?.links.length).toBe(3);
  });

  it('gives ", saying…" the speaker of the cue before it, and the statement it joins on', () => {
    const text = 'The plant manager rejected the claim. Brisk called that account "absurd", saying no tanker had moved since Friday.';
    const suggestions = suggestMarks(text);
    const saying = suggestions.find((suggestion) => suggestion.quote === 'saying');
    const joined = suggestions.find((suggestion) => suggestion.quote === 'no tanker had moved since Friday');
    expect(saying?.speaker?.name).toBe(suggestions.find((suggestion) => suggestion.quote === 'Brisk called')?.speaker?.name);
    expect(saying?.links).toEqual([joined?.id]);
    expect(joined?.kind).toBe('denial');
  });

  it('reads "quoted as saying" only where it reports the sentence, and "saying nothing" as no statement', () => {
    expect(marks('The agency quoted a diplomat as saying talks were stalled, but the ministry said they were "progressing well".')).toEqual(
      ['attribution: the ministry said', 'claim: they were "progressing well"'],
    );
    expect(marks('The minister, who was quoted as saying last year that the mine was safe, said on Monday that it had closed.')).toEqual([
      'attribution: The minister, who was quoted as saying last year that the mine was safe, said on Monday',
      'claim: it had closed',
    ]);
    expect(marks('The minister said the bill had passed, saying nothing about its cost.')).toEqual([
      'attribution: The minister said',
      'claim: the bill had passed',
    ]);
  });

  it('reads "quoted X as saying" as X speaking through whoever quotes them', () => {
    expect(marks('The agency later quoted an unnamed defence official as saying the drones had been lost in an exercise.')).toEqual([
      'attribution: The agency later quoted an unnamed defence official as saying',
      'claim: the drones had been lost in an exercise',
    ]);
    expect(speakersOf('The Dunmore daily quoted Ola Brisk as saying that the dam was safe and the town was not at risk.')).toEqual([
      { name: 'Ola Brisk', role: '', sourceType: 'named' },
    ]);
    expect(marks('The minister was quoted as saying: "The plant will close by the end of May."')).toEqual([
      'attribution: The minister was quoted as saying',
      'claim: The plant will close by the end of May',
    ]);
  });

  it('reads a statement before "said" and a speaker with a title in lower case, or people by their role, after it', () => {
    expect(marks('No one was hurt in the blast, said fire chief Ola Rud.')).toEqual([
      'claim: No one was hurt in the blast',
      'attribution: said fire chief Ola Rud',
    ]);
    expect(speakersOf('No one was hurt in the blast, said fire chief Ola Rud.')).toEqual([
      { name: 'Ola Rud', role: 'fire chief', sourceType: 'named' },
    ]);
    expect(marks('Prices rose by 4% in May, said analysts at Dunmore Bank.')).toEqual([
      'claim: Prices rose by 4% in May',
      'attribution: said analysts at Dunmore Bank',
    ]);
    expect(marks('The plant will close in May, said people familiar with the plan.')).toEqual([
      'claim: The plant will close in May',
      'attribution: said people familiar with the plan',
    ]);
  });

  it('reads a statement that dismisses before "said" and its speaker as a denial, as before "she said"', () => {
    expect(marks('That account was "categorically untrue", said Ola Brisk, who chairs the trustees.')).toEqual([
      'denial: That account was "categorically untrue"',
      'attribution: said Ola Brisk, who chairs the trustees',
    ]);
    expect(marks('The boat carried 40 people, said Ola Brisk, who heads the rescue service.')[0]).toBe('claim: The boat carried 40 people');
  });

  it('leaves a fronted place out of the attribution, and reads a mayor of a town before a name as a title', () => {
    expect(marks('Outside the court, Ola Brisk, a retired bus driver, said his pension had fallen by a fifth.')).toEqual([
      'attribution: Ola Brisk, a retired bus driver, said',
      'claim: his pension had fallen by a fifth',
    ]);
    // "Outside" opening a title is no place.
    expect(speakersOf('Outside counsel, Hal Brent, said the firm had destroyed 300 documents.')).toEqual([
      { name: 'Hal Brent', role: 'Outside counsel', sourceType: 'named' },
    ]);
    expect(speakersOf('Mayor of Dunmore Ola Brisk said the town had opened four shelters.')).toEqual([
      { name: 'Ola Brisk', role: 'Mayor of Dunmore', sourceType: 'named' },
    ]);
  });

  it('reads what a document found or shows, written before it, however long its description', () => {
    expect(marks("Sixty percent of tenders attracted one bidder, a report by the city's audit office published in March found.")).toEqual([
      'claim: Sixty percent of tenders attracted one bidder',
      "attribution: a report by the city's audit office published in March found",
    ]);
    expect(statementsOf('The restriction was lifted on Aug 2 with the note "fastenings renewed", the log shows.')).toEqual([
      'claim: The restriction was lifted on Aug 2 with the note "fastenings renewed"',
    ]);
  });

  it('reads those told, with an apposition, as part of the attribution, and narration after them as none of it', () => {
    expect(marks('"Our guns were silent," Aske told the state news agency, TNA.')).toEqual([
      'claim: Our guns were silent',
      'attribution: Aske told the state news agency, TNA',
    ]);
    expect(marks('The chief took bribes for four years, prosecutors told the regional court on Thursday as his trial opened.')).toEqual([
      'claim: The chief took bribes for four years',
      'attribution: prosecutors told the regional court on Thursday',
    ]);
  });

  it('reads a clause after "according to" holding a partial quotation as the whole statement', () => {
    expect(statementsOf('According to the indictment, the firm invoiced the port for "hydrographic advice" that was never given.')).toEqual(
      ['claim: the firm invoiced the port for "hydrographic advice" that was never given'],
    );
    expect(statementsOf('According to officials, "the bridge is safe."')).toEqual(['claim: the bridge is safe']);
  });

  it("reads a lawyer's account of what the client did as a denial, and of what was not done to the client as a claim", () => {
    expect(statementsOf('The driver\'s lawyer, Nadia Vell, said her client had been driving "well within the limit".')).toEqual([
      'denial: her client had been driving "well within the limit"',
    ]);
    expect(statementsOf('A lawyer for the families, Ana Holm, said her clients had never been told of the risk.')).toEqual([
      'claim: her clients had never been told of the risk',
    ]);
    // The title given where the text first named her, in a sentence reporting no speech.
    expect(
      statementsOf(
        'Defence lawyer Ana Pruitt asked the court on Monday to acquit Olmer Tresk.\n\nPruitt said her client had kept every receipt for the payments.',
      ),
    ).toEqual(['denial: her client had kept every receipt for the payments']);
  });

  it("reads what a body's spokesperson says next to the body's denial as its answer", () => {
    expect(
      statementsOf(
        'An officer said the post had asked for stronger shelters twice. The defence ministry rejected suggestions that the post had been left exposed. A ministry spokeswoman, Katya Lind, said the shelters had been rebuilt in April.',
      ),
    ).toEqual([
      'claim: the post had asked for stronger shelters twice',
      'denial: suggestions that the post had been left exposed',
      'denial: the shelters had been rebuilt in April',
    ]);
    // An official of another body is not its spokesperson.
    expect(
      statementsOf(
        'The defence ministry denied that its jets had bombed the market. A health ministry official said the market had been destroyed by jets.',
      ),
    ).toEqual(['denial: its jets had bombed the market', 'claim: the market had been destroyed by jets']);
  });

  it('reads advice, feelings and a complaint of what the speaker was told as no denial', () => {
    expect(
      marks('"Stay away from the embankments and follow the instructions of the rescue services," said Halvard Renko, the mayor.'),
    ).toEqual([]);
    expect(marks('"We are just glad we were awake," said Agnes Tolle, a mother of two.')).toEqual([]);
    expect(statementsOf('"We were told there was no money," said Ivo Dal, a soldier.')).toEqual(['claim: We were told there was no money']);
    expect(statementsOf('"We are not yet at the peak," said Halvard Renko, the mayor.')).toEqual(['claim: We are not yet at the peak']);
    // A negation inside a relative clause denies nothing: the shop says what it did.
    expect(
      statementsOf('Norvik Stores said it had removed the heaters and would refund customers who did not want a replacement.'),
    ).toEqual(['claim: it had removed the heaters and would refund customers who did not want a replacement']);
  });

  it('marks no feeling, hope, forecast on a condition or demand that someone answer for it, nor their speakers', () => {
    expect(marks('"People here are frightened, and they are angry," she said.')).toEqual([]);
    expect(marks('"I am angry with them and I am angry with myself," she said.')).toEqual([]);
    // …but not what they are angry about, said after whom: that is an accusation.
    expect(statementsOf('"Parents are angry with the school for hiding two assaults from them," she said.')).toEqual([
      'claim: Parents are angry with the school for hiding two assaults from them',
    ]);
    expect(marks('"It breaks my heart to see families going through this," said Anke Ravel, the director.')).toEqual([]);
    expect(marks('"I just hope it does not happen again," said Milos Verhaar, a farmer.')).toEqual([]);
    expect(marks('"If this goes on beyond the weekend, farmers will start to feel it," he added.')).toEqual([]);
    expect(marks('The minister said anyone found responsible would be held to account.')).toEqual([]);
    // Being struck by something is no feeling of one's own; what a rule would do, and what a source says it will do, are claims.
    expect(statementsOf('The union said its members were shocked by the offer and had voted to strike.')).toEqual([
      'claim: its members were shocked by the offer and had voted to strike',
    ]);
    expect(statementsOf('The tenants said the new rules would allow landlords to evict them without notice.')).toEqual([
      'claim: the new rules would allow landlords to evict them without notice',
    ]);
    expect(statementsOf('The company said it would publish its own water readings later this week.')).toEqual([
      'claim: it would publish its own water readings later this week',
    ]);
    // A feeling beside what happened, a condition the law sets, a wish to say something, a hearing to come: all checkable.
    expect(statementsOf('Police said officers were shocked to find forty bodies in the warehouse.')).toEqual([
      'claim: officers were shocked to find forty bodies in the warehouse',
    ]);
    expect(statementsOf('Doctors said the patient was anxious but stable.')).toEqual(['claim: the patient was anxious but stable']);
    expect(statementsOf('"If convicted, the two men could face life in prison," said prosecutor Elin Dorr.')).toEqual([
      'claim: If convicted, the two men could face life in prison',
    ]);
    expect(statementsOf('"We wish to make clear that the company never received the money," the firm said in a statement.')).toHaveLength(
      1,
    );
    expect(
      statementsOf('The inquiry said the two officers had been suspended and would be held to account at a disciplinary hearing.'),
    ).toEqual(['claim: the two officers had been suspended and would be held to account at a disciplinary hearing']);
  });

  it('reads a speaker described by age and occupation at length, or by a possessive title, as the speaker', () => {
    expect(
      marks(
        '"The water came in ten minutes," said Marta Ilvey, 54, a baker in the village of Dunmere, who spent the night on the roof of her shop with her two grandchildren.',
      ),
    ).toEqual([
      'claim: The water came in ten minutes',
      'attribution: said Marta Ilvey, 54, a baker in the village of Dunmere, who spent the night on the roof of her shop with her two grandchildren',
    ]);
    expect(marks('The school had been closed for at least a week, its head teacher, Oskar Venn, said.')).toEqual([
      'claim: The school had been closed for at least a week',
      'attribution: its head teacher, Oskar Venn, said',
    ]);
  });

  it('reads firms by the trade in their name, crowds by their plural, and a monitoring mission as a body', () => {
    const types = sourcesOf(
      'Velmar Dredging said it had cooperated. Passengers said the train was fast. A mission was sent to the border. The mission said its teams had visited.',
    );
    expect(types).toEqual(['Velmar Dredging: organisation', 'Passengers: anonymous', 'mission: organisation']);
  });
});

describe('ordinary statements the readings of wire copy leave alone', () => {
  it('reads a statement opening on a word that can also give advice as a statement', () => {
    for (const quote of [
      'Call centres received thousands of complaints',
      'Use of the drug fell sharply',
      'Stay orders were issued by the court',
    ])
      expect(statementsOf(`"${quote}," said Ana Berg, a manager.`)).toEqual([`claim: ${quote}`]);
  });

  it('reads a feeling or a demand only as said, not words that look like one', () => {
    expect(statementsOf('The ministry said the officer had been relieved of his duties.')).toEqual([
      'claim: the officer had been relieved of his duties',
    ]);
    expect(statementsOf('Police said Glad Street was closed to traffic.')).toEqual(['claim: Glad Street was closed to traffic']);
    expect(statementsOf('The airline said both pilots had been held accountable and dismissed.')).toEqual([
      'claim: both pilots had been held accountable and dismissed',
    ]);
    expect(statementsOf('Orlin\'s lawyer said his client was "relieved" to have his day in court.')).toEqual([]);
  });

  it('reads a pledge with a time to it as an announcement to check later', () => {
    expect(statementsOf('"We will reopen the bridge on Monday," said Ana Berg, the mayor.')).toEqual([
      'claim: We will reopen the bridge on Monday',
    ]);
  });

  it('reads "shows" and "finds" after a noun phrase that names no source as nouns', () => {
    expect(marks('The channel cut its budget for new dramas, its most popular shows.')).toEqual([]);
    expect(marks('Divers searched the site for weeks, making several important finds.')).toEqual([]);
  });

  it('keeps "as well as" inside what those told are, and a nurse beside the source she is', () => {
    expect(marks('The plan will cost 40 million, Berg told reporters in Orvik as well as in the capital.')).toEqual([
      'claim: The plan will cost 40 million',
      'attribution: Berg told reporters in Orvik as well as in the capital',
    ]);
    expect(marks('According to Ana Berg, a nurse at the clinic, "the oxygen ran out on Tuesday."')).toEqual([
      'attribution: According to Ana Berg, a nurse at the clinic',
      'claim: the oxygen ran out on Tuesday',
    ]);
  });

  it("reads a victims' lawyer's account of the client as a claim", () => {
    expect(statementsOf('Sara Lund, a lawyer for the victims, said her client had been injured when the roof collapsed.')).toEqual([
      'claim: her client had been injured when the roof collapsed',
    ]);
    expect(statementsOf('Lawyer Anna Berg said her client had been driving well within the speed limit.')).toEqual([
      'denial: her client had been driving well within the speed limit',
    ]);
  });

  it('reads a body whose name holds pattern characters without failing', () => {
    expect(() =>
      suggestMarks('The Ministry of Transport [Kolvar denied that it had cut the budget. "We cut nothing," its spokesman, Ivo Dal, said.'),
    ).not.toThrow();
  });

  it('reads a person named like a trade or a group named like a crowd as what they are', () => {
    const types = sourcesOf(
      'Coach Jack Leather said the team had trained hard. Customers First, a consumer group, said prices had risen. Customers said queues were long.',
    );
    expect(types).toEqual(['Jack Leather: named', 'Customers First: organisation', 'Customers: anonymous']);
  });
});

describe('wire copy of a fifth writer', () => {
  it('reads an answer to a question put ("Asked whether…") as a claim, and one to an accusation put ("Asked about…") as the answer it is', () => {
    expect(statementsOf('Asked whether the vote could be delayed, Marchbank said the law allowed a delay only in a flood.')).toEqual([
      'claim: the law allowed a delay only in a flood',
    ]);
    expect(statementsOf('Asked about the memo, Orloff said she had not seen it before last week.')).toEqual([
      'denial: she had not seen it before last week',
    ]);
  });

  it('reads "wrong" as dismissing only when something is called so, and a negation only near the start of a reported clause', () => {
    expect(statementsOf('About 46,000 ballots were printed beside the wrong party emblems, the commission said.')).toEqual([
      'claim: About 46,000 ballots were printed beside the wrong party emblems',
    ]);
    expect(statementsOf('The union said the figures were "simply wrong".')).toEqual(['denial: the figures were "simply wrong"']);
    expect(statementsOf('Her campaign said it had warned the commission on Nov 4 and received no reply.')).toEqual([
      'claim: it had warned the commission on Nov 4 and received no reply',
    ]);
    expect(statementsOf('The company said its surveyors had stayed on public roads and that no trees had been marked.')).toEqual([
      'denial: its surveyors had stayed on public roads and that no trees had been marked',
    ]);
  });

  it('reads an accusation called anything as dismissed', () => {
    expect(
      statementsOf('Vostrade\'s chief executive, Ilario Brenn, called the allegations "a fairy tale written by our competitors".'),
    ).toEqual(['denial: the allegations "a fairy tale written by our competitors"']);
    // …but not a call for something, a call to someone, nor "means nothing" said of something else.
    expect(
      statementsOf('The mayor called for calm, saying the poll lead means nothing.').filter((mark) => mark.startsWith('denial')),
    ).toEqual([]);
    expect(statementsOf('Residents called police after a man was seen breaking into cars.')).toEqual([]);
    expect(statementsOf('The minister called the award "a trophy that means nothing without my coach".')).toEqual([]);
    expect(statementsOf("Engineers called the dam's design flawed, the inspection report said.")).not.toContainEqual(
      expect.stringMatching(/^denial/u),
    );
    expect(statementsOf('The coach called the ranking "a list that means nothing".')).toEqual([
      'denial: the ranking "a list that means nothing"',
    ]);
    // Anything called what proves nothing is dismissed too.
    expect(
      statementsOf('The club\'s coach, Vo Thanh Long, called the betting data "numbers that prove nothing about my players".'),
    ).toEqual(['denial: the betting data "numbers that prove nothing about my players"']);
  });

  it('reads "had been told" as no one speaking, "nobody can" as no answer, and a speaker described past "because"', () => {
    expect(marks('No keeper had ever been told to switch off the heating, she said.')).toEqual([
      'claim: No keeper had ever been told to switch off the heating',
      'attribution: she said',
    ]);
    expect(statementsOf('"At least nobody can pretend any more that the gate was open," said Colm Tarrish, a father.')).toEqual([
      'claim: At least nobody can pretend any more that the gate was open',
    ]);
    expect(marks('A senior officer who asked not to be named because proceedings were pending said the gate had been locked.')).toEqual([
      'attribution: A senior officer who asked not to be named because proceedings were pending said',
      'claim: the gate had been locked',
    ]);
    expect(
      marks(
        'An engineer who has worked on the project and asked not to be named because he was not authorised to speak said the machine ran too fast.',
      ),
    ).toEqual([
      'attribution: An engineer who has worked on the project and asked not to be named because he was not authorised to speak said',
      'claim: the machine ran too fast',
    ]);
  });

  it('reads an inquiry that found, a zoo, a guild and critics within it as the sources they are', () => {
    const types = sourcesOf(
      'A locked gate caused the crush, an independent inquiry found on Wednesday. The zoo said the heating was on. Critics within the guild said the vote was rushed.',
    );
    expect(types).toEqual(['independent inquiry: organisation', 'zoo: organisation', 'Critics within the guild: anonymous']);
  });

  it('reads a feeling of how things seem, or of looking forward, as nothing to check', () => {
    expect(marks('"It feels as if nobody in that industry ever thought about patients," said Marta Selvik, a campaigner.')).toEqual([]);
    expect(marks('He said he looked forward to "a calmer spring in our classrooms".')).toEqual([]);
  });
});

describe("what a second review of the fifth writer's readings found", () => {
  it('takes "because" into the speaker only after a request not to be named', () => {
    expect(marks('Residents who lost their homes were angry because the council said no compensation had been paid.')).toEqual([
      'attribution: the council said',
      'claim: no compensation had been paid',
    ]);
    expect(
      marks('An official who asked not to be named because she was not authorised to speak to the media said 30 people had died.'),
    ).toEqual([
      'attribution: An official who asked not to be named because she was not authorised to speak to the media said',
      'claim: 30 people had died',
    ]);
  });

  it('reads an accusation called something that agrees as no denial, and "asked whether … could have" as about an accusation', () => {
    expect(statementsOf('The ministry called the report\'s figures "accurate" and said it would act on them.')).not.toContainEqual(
      expect.stringMatching(/^denial/u),
    );
    expect(statementsOf('The minister called the allegations "serious" and promised an independent inquiry.')).not.toContainEqual(
      expect.stringMatching(/^denial/u),
    );
    expect(statementsOf('The club called the allegations "a plot by our rivals".')).toEqual([
      'denial: the allegations "a plot by our rivals"',
    ]);
    expect(statementsOf('Asked whether the company could have prevented the fire, she said it had followed every rule.')).toEqual([
      'denial: it had followed every rule',
    ]);
  });

  it('reads a negation past an aside, and "wrong" however it is said of something, as denying', () => {
    expect(statementsOf('She said her department, under pressure from ministers for months, had never altered the figures.')).toEqual([
      'denial: her department, under pressure from ministers for months, had never altered the figures',
    ]);
    expect(statementsOf("The minister said the union was 'completely wrong' about the cuts.")).toEqual([
      "denial: the union was 'completely wrong' about the cuts",
    ]);
  });

  it('reads "Inside" in a name as part of it', () => {
    expect(speakersOf('The Inside Track Foundation said the race had been fixed.').map((speaker) => speaker.sourceType)).toEqual([
      'organisation',
    ]);
  });
});

describe('sources of an eighth writer', () => {
  it('reads an unnamed person who speaks for a named body as unnamed, and the body one plays for as a body', () => {
    expect(
      sourcesOf(
        "The auditors saw only summaries, a spokeswoman for the audit firm Tamsin Crowle said. Orveld's team, Velo Brastow, said the visits were for a knee injury.",
      ),
    ).toEqual(['a spokeswoman for the audit firm Tamsin Crowle: anonymous', 'Velo Brastow: organisation']);
    // …said of them by a pronoun too: "His team", "Her club".
    expect(sourcesOf('Orveld tested positive in May. His team, Velo Brastow, said the test was flawed.')).toEqual([
      'Velo Brastow: organisation',
    ]);
    expect(sourcesOf('Orveld was banned in May. His former team, Kestrel Cycling, said the tests were flawed.')).toEqual([
      'Kestrel Cycling: organisation',
    ]);
    // …and a speaker so described and named, then "said" and a clause, is no statement before an inverted speaker.
    expect(marks('The novel was withdrawn on Monday. Its publisher, Halvard Books, said the book contained errors.')).toEqual([
      'attribution: Its publisher, Halvard Books, said',
      'claim: the book contained errors',
    ]);
    // Who the named person is, not whom they speak for: a survivor of, a father of, a resident of; a rider's sponsor.
    expect(
      sourcesOf(
        "A resident of the village Tom Aker said the water smelled of diesel. The rider's sponsor, Lars Moe, said he had paid the fees. The Read Foundation said the grant was paid.",
      ),
    ).toEqual(['Tom Aker: named', 'Lars Moe: named', 'Read Foundation: organisation']);
  });

  it('reads statements read out in court and guidance for parents as documents', () => {
    expect(
      sourcesOf(
        "According to bank statements read out in court, the money went abroad. Vaccines are free, according to the ministry's guidance for parents.",
      ),
    ).toEqual(['bank statements: document', "ministry's guidance for parents: document"]);
    // A document is named by who issued it, data by the body they come from; a single document "from" someone keeps it.
    expect(
      sourcesOf(
        "A report by the city's audit office published in March found that 12 contracts were late. According to records from the State Mining Authority, the mine failed two checks. According to an estimate by the Chamber of Commerce, the strike cost 4 million crowns. According to an internal log from the emergency centre, the call came at 6 a.m.",
      ),
    ).toEqual([
      "report by the city's audit office: document",
      'records from the State Mining Authority: document',
      'estimate by the Chamber of Commerce: document',
      'internal log from the emergency centre: document',
    ]);
  });
});

describe('clauses without "that" of an eighth writer', () => {
  it('reads a clause after those told and where they were told, and after "in a report on Saturday"', () => {
    expect(marks('Plant manager Ivo Rask told reporters at the plant gate a heatwave had brought the river to its lowest level.')).toEqual([
      'attribution: Plant manager Ivo Rask told reporters at the plant gate',
      'claim: a heatwave had brought the river to its lowest level',
    ]);
    expect(marks('The minister told parliament on Tuesday samples from the ward had been sent to the laboratory.')).toEqual([
      'attribution: The minister told parliament on Tuesday',
      'claim: samples from the ward had been sent to the laboratory',
    ]);
    expect(marks('The police chief told reporters at the scene of the crash the driver had fled.')).toEqual([
      'attribution: The police chief told reporters at the scene of the crash',
      'claim: the driver had fled',
    ]);
    expect(marks('The Monitoring Mission said in a report on Saturday its team had found shell fragments in the village.')).toEqual([
      'attribution: The Monitoring Mission said in a report on Saturday',
      'claim: its team had found shell fragments in the village',
    ]);
  });

  it('reads bewilderment said of oneself as nothing to check', () => {
    expect(statementsOf('"I never thought I would see the river like this," said Ana Kos, a retired teacher.')).toEqual([]);
    expect(statementsOf('"I don\'t know where we are supposed to go now," said Ana Kos, a retired teacher.')).toEqual([]);
    expect(statementsOf('"I did not know about the loan," said Ana Kos, a retired teacher.')).toEqual([
      'denial: I did not know about the loan',
    ]);
    // Bewilderment that goes on to state something, or asks why something was done, is no bewilderment alone.
    expect(statementsOf('"I don\'t know what happened, the lights just went out," said Ana Kos, a retired teacher.')).not.toEqual([]);
    expect(statementsOf('"I don\'t know why the ministry ignored our three letters," said Ana Kos, a headteacher.')).not.toEqual([]);
  });
});

describe('orders and labels inside a reported statement', () => {
  it('reads an order joined on by "and told" as part of the statement, not a statement of its own', () => {
    expect(statementsOf('The mayor said the town had closed two beaches and told residents not to eat fish from the lake.')).toEqual([
      'claim: the town had closed two beaches and told residents not to eat fish from the lake',
    ]);
  });

  it('reads a label another is called by inside a statement ("what it called") as neither a speaker nor a denial', () => {
    expect(
      marks('Tarvia summoned the ambassador on Saturday to protest against what it called "unfounded accusations", the agency reported.'),
    ).toEqual([
      'claim: Tarvia summoned the ambassador on Saturday to protest against what it called "unfounded accusations"',
      'attribution: the agency reported',
    ]);
    expect(statementsOf('"It breaks your heart to see it," said Ana Kos, a farmer.')).toEqual([]);
  });
});

describe('offices named with what they are of or for', () => {
  it('reads "Secretary of State", "Minister for Foreign Affairs" and "Chief of Staff" before a name as the title of a named person', () => {
    expect(
      speakersOf(
        'Secretary of State Ana Brill said the talks had failed. Minister for Foreign Affairs Ivo Sand said the talks had failed. Chief of Staff Lea Moss said the talks had failed. The Bank of Tarn said the rate had risen.',
      ).map((speaker) => `${speaker.name} (${speaker.role}): ${speaker.sourceType}`),
    ).toEqual([
      'Ana Brill (Secretary of State): named',
      'Ivo Sand (Minister for Foreign Affairs): named',
      'Lea Moss (Chief of Staff): named',
      'Bank of Tarn (): organisation',
    ]);
  });
});

describe('agencies and bodies by their names', () => {
  it('reads a news agency named once as one, and a press agency, a club or a mining firm by its name', () => {
    expect(
      sourcesOf(
        'The spokeswoman told the state news agency TNR that 40 people were hurt. The army shelled the town on Saturday, TNR reported. The Harlow Press Agency reported on Wednesday that 12 people had died. Tarn Athletic rejected the report. Vessel Minerals said in a statement that it had paid every fee. Teague Maritime said in a statement that its ships were inspected. Selmarsh Harriers said the coach had left.',
      ),
    ).toEqual([
      'The spokeswoman: anonymous',
      'TNR: agency',
      'Harlow Press Agency: agency',
      'Tarn Athletic: organisation',
      'Vessel Minerals: organisation',
      'Teague Maritime: organisation',
      'Selmarsh Harriers: organisation',
    ]);
    // …also when a comma sets its name off: "Tarnland's state news agency, TNA".
    expect(sourcesOf("The mayor spoke to Tarnland's state news agency, TNA. TNA reported that villagers had heard explosions.")).toContain(
      'TNA: agency',
    );
  });
});

describe('bodies named in the sentence, or named with what they are', () => {
  it('reads "the company" as the body its own sentence names when none spoke before, and a name given with what it is as its own body', () => {
    expect(
      speakersOf(
        "Ostrander Home Systems is recalling 310,000 heaters, the company said on Wednesday. The Korsa Transit Workers' Association said drivers were tired. Korsa Transit, the city-owned bus operator, rejected the claim that drivers were tired.",
      ).map((speaker) => speaker.name),
    ).toEqual(['Ostrander Home Systems', "Korsa Transit Workers' Association", 'Korsa Transit']);
  });
});

describe('what a second review of the eighth writer’s readings found', () => {
  it('reads those told as a few words up to the clause: "told the BBC she…", "told a news conference the plant…"', () => {
    expect(marks('Ana Kos told the BBC she hoped to return to work next month.')).toEqual([
      'attribution: Ana Kos told the BBC',
      'claim: she hoped to return to work next month',
    ]);
    expect(marks('The mayor told a news conference the plant would close in May.')).toEqual([
      'attribution: The mayor told a news conference',
      'claim: the plant would close in May',
    ]);
  });

  it('reads "told X he wanted to…" as speech reported, and only "told X (not) to…" as an order', () => {
    expect(statementsOf('Ivo Sand told reporters he wanted to stay at the club for two more seasons.')).toEqual([
      'claim: he wanted to stay at the club for two more seasons',
    ]);
  });

  it('reads "the company said" as the first body its sentence names before it, not one named after', () => {
    expect(
      speakersOf('Brisca Airways will buy its rival Quillon Aviation for $2 billion, the company said.').map((speaker) => speaker.name),
    ).toEqual(['Brisca Airways']);
  });

  it('reads a short form given with what it is as the body named in full before, and a report by people as written', () => {
    expect(
      sourcesOf(
        'Tarn Water Authority said the pipes were safe. Tarn Water, the utility, said later that two mains had burst. A report by researchers at Tarn University found that the river was polluted.',
      ),
    ).toEqual([
      'Tarn Water Authority: organisation',
      'Tarn Water Authority: organisation',
      'report by researchers at Tarn University: document',
    ]);
  });

  it('reads "the ministry\'s news service" as no agency, nor a place a news agency was told about', () => {
    expect(
      sourcesOf(
        "The ministry's news service said 12 soldiers were wounded in the attack. A spokesman told the news agency Tarn had refused to pay the fine. Tarn said later that it had paid the fine.",
      ),
    ).toEqual(["ministry's news service: organisation", 'A spokesman: anonymous', 'Tarn: organisation']);
  });
});

describe('what the twelfth writer’s tuning articles showed', () => {
  it('reads a plain clause after "insisted", "admitted" and the like when it has its own verb, and not an object or an order', () => {
    expect(marks('But she insisted the school had never knowingly admitted an unvaccinated child.')).toEqual([
      'attribution: she insisted',
      'denial: the school had never knowingly admitted an unvaccinated child',
    ]);
    expect(marks('The water board insisted it had never opened the gates without first warning the town hall.')).toEqual([
      'attribution: The water board insisted',
      'denial: it had never opened the gates without first warning the town hall',
    ]);
    // "Reported" and "found" alike, and the clause may open on a noun without an article.
    expect(marks('The state news agency ARN reported Calvorian guards had detained three shepherds near the border on Saturday.')).toEqual([
      'attribution: The state news agency ARN reported',
      'claim: Calvorian guards had detained three shepherds near the border on Saturday',
    ]);
    expect(marks('The report found the tender had been open for only nine days.')).toEqual([
      'attribution: The report found',
      'claim: the tender had been open for only nine days',
    ]);
    expect(marks('The firm reported profits of 2 million.')).toEqual([]);
    // A clause may open on a figure, a share too.
    expect(marks('The survey found 62% of respondents were unhappy with the service.')).toEqual([
      'attribution: The survey found',
      'claim: 62% of respondents were unhappy with the service',
    ]);
    // "Reported" and "found" as what describes a noun, an object with its own relative clause, and a relative clause
    // that picks someone out, are no report.
    for (const text of [
      'Cases reported last week had risen sharply in the capital.',
      'Two fishermen reported missing on Sunday were found alive.',
      'All those found guilty were jailed for at least five years.',
      'Bodies found on Monday had been dumped in the river.',
      'Police found the car he had stolen in a ditch outside the town.',
      'The journalist who reported the story has received death threats.',
    ])
      expect(marks(text), text).toEqual([]);
    expect(marks('The mayor warned the public to stay away from the river.')).toEqual([]);
    expect(marks('The firm admitted the error in its annual report.')).toEqual([]);
    // Nor a pronoun or a noun and a verb joined on by "and", a forecast after "warned", or a clause another cue reports.
    expect(marks('The chairman admitted it and apologised to shareholders at the annual meeting.')).toEqual([]);
    expect(marks('The Kenyan maintained her lead and was never troubled over the final lap.')).toEqual([]);
    expect(marks('Engineers warned the bridge could collapse within months without urgent repairs.')).toEqual([]);
    expect(marks('The government acknowledged the letter had been received, a spokesman said.')).toEqual([
      'claim: The government acknowledged the letter had been received',
      'attribution: a spokesman said',
    ]);
  });

  it('reads a statement before "acknowledged" or "stressed" as its speaker\'s, as before "said", and an estimate compared with as none', () => {
    expect(marks('The bridge cost 40 million euros, far more than engineers had estimated.')).toEqual([]);
    expect(marks('Two of the four gates had jammed, the company acknowledged.')).toEqual([
      'claim: Two of the four gates had jammed',
      'attribution: the company acknowledged',
    ]);
  });

  it('reads a statement before "wrote" as written by its speaker', () => {
    expect(marks('The virus was brought into the school by a visiting hockey team in mid-February, Tolhurst wrote.')).toEqual([
      'claim: The virus was brought into the school by a visiting hockey team in mid-February',
      'attribution: Tolhurst wrote',
    ]);
  });

  it('reads those told, where and when, up to a "that" ten words on', () => {
    expect(
      marks('Health minister Fortunato Jardine told a news conference in Castrel on Monday afternoon that wages had been paid.'),
    ).toEqual([
      'attribution: Health minister Fortunato Jardine told a news conference in Castrel on Monday afternoon',
      'claim: wages had been paid',
    ]);
    // What they were told about is no statement: "about a mill that burned down".
    expect(marks('He told members of the local history society about a mill that burned down in 1911.')).toEqual([]);
  });

  it('reads "found to be" as what something was found to be, not a finding reported', () => {
    expect(
      marks(
        'The dam was inspected in May and found to be sound, although the inspectors noted that two of the four gate motors needed replacing.',
      ),
    ).toEqual(['attribution: the inspectors noted', 'claim: two of the four gate motors needed replacing']);
  });

  it('reads "disputed that account, saying…" as "that account" denied and a reason said, and "rejected that" alike', () => {
    expect(marks('Hosken disputed that account, saying the first case was a boarder who had not left the school.')).toEqual([
      'attribution: Hosken disputed',
      'denial: that account',
      'attribution: saying',
      'denial: the first case was a boarder who had not left the school',
    ]);
    // …or when it judges what was denied ("they were politically motivated", "the survey was flawed").
    expect(statementsOf('The ministry denied the allegations, saying they were politically motivated.')).toEqual([
      'denial: the allegations',
      'denial: they were politically motivated',
    ]);
    expect(statementsOf('The ministry rejected the findings, saying the survey was flawed.')).toEqual([
      'denial: the findings',
      'denial: the survey was flawed',
    ]);
    // Words a denier calls a claim accuse when said of someone else.
    expect(statementsOf('The rights group said the advertisement smears the rival candidate.')).toEqual([
      'claim: the advertisement smears the rival candidate',
    ]);
    // The reason after "saying" denies only in its own words ("had not left"); else it is a fact to check of its own.
    expect(marks('The union rejected that, saying the pay offer was too low.')).toEqual([
      'attribution: The union rejected',
      'denial: that',
      'attribution: saying',
      'claim: the pay offer was too low',
    ]);
    expect(marks('The company denied that workers had been hurt.')).toEqual([
      'attribution: The company denied',
      'denial: workers had been hurt',
    ]);
    // A name or a pronoun after "that" opens a clause.
    expect(marks('The club denied that Ferreira, who joined in 2021, had been paid in cash.')).toEqual([
      'attribution: The club denied',
      'denial: Ferreira, who joined in 2021, had been paid in cash',
    ]);
  });

  it('reads bodies speaking together as bodies, and a group of people as people', () => {
    expect(
      sourcesOf(
        'The shells fell on empty fields, the defence and foreign ministries said in a joint statement. A group of parents said the school had known for weeks. A group of companies said the tax was unfair.',
      ),
    ).toEqual(['defence and foreign ministries: organisation', 'A group of parents: anonymous', 'group of companies: organisation']);
  });

  it('reads a speaker with a long title in apposition, and a channel after the verb, after the statement', () => {
    expect(
      marks(
        'A fan blade broke off and cut through a fuel line, the head of the air accident investigation board, Egidio Kinloch, told a news conference on Saturday.',
      ),
    ).toEqual([
      'claim: A fan blade broke off and cut through a fuel line',
      'attribution: the head of the air accident investigation board, Egidio Kinloch, told a news conference on Saturday',
    ]);
    expect(marks('Seventeen people were treated for minor injuries, the authority said in a second statement on Friday evening.')).toEqual([
      'claim: Seventeen people were treated for minor injuries',
      'attribution: the authority said in a second statement on Friday evening',
    ]);
  });

  it('reads a statement before "said" and a body that ends the sentence after it as statement and speaker', () => {
    expect(marks('Prices rose by 4% in May, said the statistics office.')).toEqual([
      'claim: Prices rose by 4% in May',
      'attribution: said the statistics office',
    ]);
    expect(sourcesOf('The river was polluted, said the environment agency on Monday.')).toEqual(['environment agency: organisation']);
    expect(marks('He said the office had closed.')).toEqual(['attribution: He said', 'claim: the office had closed']);
  });

  it('reads a name that opens like a place as the name, and a place as no part of the speaker', () => {
    expect(marks('Outside the Lines, a campaign group, said the stadium was unsafe.')[0]).toBe(
      'attribution: Outside the Lines, a campaign group, said',
    );
    expect(marks('Outside the court, the lawyer said the verdict had been appealed.')[0]).toBe('attribution: the lawyer said');
  });

  it('reads every kind of channel, before a clause or after a statement: "in a video posted on Sunday", "in an update"', () => {
    expect(marks('Seventeen people were treated for minor injuries, the mayor said in a video posted on Sunday.')).toEqual([
      'claim: Seventeen people were treated for minor injuries',
      'attribution: the mayor said in a video posted on Sunday',
    ]);
    expect(marks('The ministry said in an update it had sent 40 inspectors to the plant.')).toEqual([
      'attribution: The ministry said in an update',
      'claim: it had sent 40 inspectors to the plant',
    ]);
    // …with those it was sent to, and where: "in a message to staff on Friday", "in a post on X".
    expect(marks('The firm said in a message to staff on Friday the office had closed.')).toEqual([
      'attribution: The firm said in a message to staff on Friday',
      'claim: the office had closed',
    ]);
    expect(marks('The firm said in a post on X it had paid the fine.')).toEqual([
      'attribution: The firm said in a post on X',
      'claim: it had paid the fine',
    ]);
    // A time after a body that ends the sentence may say the part of the day.
    expect(marks('The river was polluted, said the environment agency on Monday evening.')).toEqual([
      'claim: The river was polluted',
      'attribution: said the environment agency on Monday evening',
    ]);
  });

  it('keeps a described name that opens like a place, but reads a place before any other speaker as a place', () => {
    expect(marks('Outside the White House, protesters said 3,000 people had joined the march.')[0]).toBe('attribution: protesters said');
    expect(marks('Outside the White House, a protester said the march was peaceful.')[0]).toBe('attribution: a protester said');
  });

  it('reads what people were told about as no statement', () => {
    expect(marks('The guide told visitors about the old stone bridge over the river that flooded in 1952.')).toEqual([]);
  });

  it('reads a long description of people unnamed, and why they are not named, as the speaker', () => {
    expect(
      marks(
        'Two people involved in the evaluation of the bids, who asked not to be named because they feared for their jobs, said Castellan had attended the meeting.',
      ),
    ).toEqual([
      'attribution: Two people involved in the evaluation of the bids, who asked not to be named because they feared for their jobs, said',
      'claim: Castellan had attended the meeting',
    ]);
  });

  it('reads a weekday without "on" after the verb, as American wire copy writes it, as when it was said', () => {
    expect(marks('The company said Monday it had paid the fine.')).toEqual([
      'attribution: The company said Monday',
      'claim: it had paid the fine',
    ]);
    expect(marks('The company reported Friday it had hired 200 workers.')).toEqual([
      'attribution: The company reported Friday',
      'claim: it had hired 200 workers',
    ]);
    expect(marks('The governor said Sunday afternoon the storm had passed.')).toEqual([
      'attribution: The governor said Sunday afternoon',
      'claim: the storm had passed',
    ]);
    // A weekday that is what is said about, or whose it is, stays in the claim.
    expect(marks("Officials said Friday's vote had gone ahead as planned.")).toEqual([
      'attribution: Officials said',
      "claim: Friday's vote had gone ahead as planned",
    ]);
    expect(marks('Officials said Friday was the deadline for applications.')).toEqual([
      'attribution: Officials said',
      'claim: Friday was the deadline for applications',
    ]);
  });
});

describe('answers that grant part of an accusation, or come from a body unnamed', () => {
  it('reads what follows "acknowledged … but said" as a denial attributed by its own "said"', () => {
    expect(
      marks(
        'The water company acknowledged that there had been two overflows in May but said both had lasted less than an hour and had been reported at the time.',
      ),
    ).toEqual([
      'attribution: The water company acknowledged',
      'claim: there had been two overflows in May',
      'attribution: said',
      'denial: both had lasted less than an hour and had been reported at the time',
    ]);
    // Without a concession, "but said" adds a statement of the same kind.
    expect(marks('The mayor praised the volunteers but said the clean-up had cost 40,000 euros.')).toContain(
      'claim: the clean-up had cost 40,000 euros',
    );
  });

  it('reads calling an account "a caricature" as a denial, and the quotation that follows as the answer', () => {
    expect(
      marks(
        'The union said carriers were timed on every doorstep. The chief executive, Ilse Marr, called the union\'s description "a caricature". "The scanners record the moment a parcel is handed over," she said.',
      ),
    ).toEqual([
      'attribution: The union said',
      'claim: carriers were timed on every doorstep',
      'attribution: The chief executive, Ilse Marr, called',
      'denial: the union\'s description "a caricature"',
      'denial: The scanners record the moment a parcel is handed over',
      'attribution: she said',
    ]);
  });

  it('reads what "a company spokesman" says after the company\'s denial, about what was alleged, as the answer', () => {
    expect(
      marks(
        'Rosters show that 212 shifts lasted longer than ten hours. The company called the figures "misleading". The longer shifts included paid time that drivers spent waiting at depots, a company spokesman said.',
      ),
    ).toContain('denial: The longer shifts included paid time that drivers spent waiting at depots');
  });

  it("reads what the speaker's side was told would happen as no promise of theirs", () => {
    expect(
      marks(
        'The organisers said the road had been closed without warning. Brennard denied that the road had been closed without warning. He said the organisers had been told in writing a week before that the road would close at 2 p.m.',
      ),
    ).toContainEqual(expect.stringMatching(/^denial: the organisers had been told in writing a week before that the road would close/u));
  });

  it('reads a capitalised title after "former" or "acting", after the verb, as the speaker\'s', () => {
    expect(marks('The city recorded 112,000 dengue cases in 2019, said former Health Minister Wirdani Purbakusuma.')).toEqual([
      'claim: The city recorded 112,000 dengue cases in 2019',
      'attribution: said former Health Minister Wirdani Purbakusuma',
    ]);
    expect(marks('The fire was under control, said acting Fire Chief Ana Berg.')).toEqual([
      'claim: The fire was under control',
      'attribution: said acting Fire Chief Ana Berg',
    ]);
    // Any title in lower case, when a full name ends the sentence.
    expect(marks('Drinking coconut water every day causes kidney stones, said television chef Bagus Permadi.')).toEqual([
      'claim: Drinking coconut water every day causes kidney stones',
      'attribution: said television chef Bagus Permadi',
    ]);
  });

  it('reads the speaker before "has always denied", and a body unnamed as what it is: "the customs directorate"', () => {
    expect(marks('Haryanto Wirasendi was jailed in 2022. Wirasendi has always denied taking money from anyone.')).toEqual([
      'attribution: Wirasendi has always denied',
      'denial: taking money from anyone',
    ]);
    expect(sourcesOf('Haryanto Wirasendi was jailed in 2022. Wirasendi has always denied taking money from anyone.')).toEqual([
      'Haryanto Wirasendi: named',
    ]);
    expect(sourcesOf('The customs directorate flatly rejected the report.')).toEqual(['customs directorate: organisation']);
  });

  it('reads a statement before an unnamed source whose apposition says why they are not named', () => {
    expect(
      marks(
        "The deeds were drawn up in the mayor's own office, a clerk at the land registry, who asked not to be named because he still works there, told Radio Tesk.",
      ),
    ).toEqual([
      "claim: The deeds were drawn up in the mayor's own office",
      'attribution: a clerk at the land registry, who asked not to be named because he still works there, told Radio Tesk',
    ]);
    // …and one described by what they did first, "and who asked…".
    expect(
      marks('Players were told to give their age as 16, a coach who left the academy last season, and who asked not to be named, said.'),
    ).toEqual([
      'claim: Players were told to give their age as 16',
      'attribution: a coach who left the academy last season, and who asked not to be named, said',
    ]);
    // Said other ways: "declined to be named", "spoke … on the condition of anonymity"; "declined anonymity" says no such
    // thing, but is a relative clause about the clerk all the same.
    expect(marks("The deeds were drawn up in the mayor's office, a clerk, who declined to be named, said.")).toEqual([
      "claim: The deeds were drawn up in the mayor's office",
      'attribution: a clerk, who declined to be named, said',
    ]);
    expect(
      marks("The deeds were drawn up in the mayor's office, a clerk, who spoke to Radio Tesk on the condition of anonymity, said."),
    ).toEqual([
      "claim: The deeds were drawn up in the mayor's office",
      'attribution: a clerk, who spoke to Radio Tesk on the condition of anonymity, said',
    ]);
    expect(marks("The deeds were drawn up in the mayor's office, a clerk, who declined anonymity, said.")).toEqual([
      "claim: The deeds were drawn up in the mayor's office",
      'attribution: a clerk, who declined anonymity, said',
    ]);
    // A document verb in the passive ("was found opened") reports no finding: the source is the one who said it.
    expect(
      marks(
        'A box of papers was found opened on June 3, an official at the council, who asked not to be named because an inquiry had begun, said.',
      ),
    ).toEqual([
      'claim: A box of papers was found opened on June 3',
      'attribution: an official at the council, who asked not to be named because an inquiry had begun, said',
    ]);
    expect(sourcesOf('The Tesk district registry said in a statement that no certificate had been issued.')).toEqual([
      'Tesk district registry: organisation',
    ]);
  });

  it('reads an inverted speaker described by a "that" clause, or with a statement joined on after them', () => {
    expect(
      marks('A single account placed bets worth 310,000 tolars on the match, said Kanbet, the betting operator that reported the bets.'),
    ).toEqual([
      'claim: A single account placed bets worth 310,000 tolars on the match',
      'attribution: said Kanbet, the betting operator that reported the bets',
    ]);
    expect(marks('Prices rose by 4% in May, said Ana Berg, adding that the plan had failed.')).toEqual([
      'claim: Prices rose by 4% in May',
      'attribution: said Ana Berg',
      'attribution: adding',
      'claim: the plan had failed',
    ]);
    expect(marks('Prices rose by 4% in May, said Ana Berg, the port director, noting that the plan had failed.')).toEqual([
      'claim: Prices rose by 4% in May',
      'attribution: said Ana Berg, the port director',
      'attribution: noting',
      'claim: the plan had failed',
    ]);
    // Upkeep described in a relative clause reports nothing: the body's "said" does.
    expect(
      marks('Illam Electronics, the company that maintains the sirens, said its technicians had replaced the batteries in November.'),
    ).toEqual([
      'attribution: Illam Electronics, the company that maintains the sirens, said',
      'claim: its technicians had replaced the batteries in November',
    ]);
  });

  it('reads the speaker after an opening place and what happened there: "In the town, where…, its mayor said"', () => {
    expect(marks("In the town, where the road was cut for two days, Tesk's mayor, Ana Holm, said no warning had come.")).toEqual([
      "attribution: Tesk's mayor, Ana Holm, said",
      'claim: no warning had come',
    ]);
  });

  it('reads what a body, or one speaking for it, says none of its own did as a denial', () => {
    expect(marks("Tesk Rovers' chairman, Garba Oduya, said nobody at the club had altered a single document.")).toEqual([
      "attribution: Tesk Rovers' chairman, Garba Oduya, said",
      'denial: nobody at the club had altered a single document',
    ]);
    expect(marks('Police spokeswoman Ama Sedor said no officer had laid a hand on the prisoner.')).toEqual([
      'attribution: Police spokeswoman Ama Sedor said',
      'denial: no officer had laid a hand on the prisoner',
    ]);
    // What was done to them is no deed of theirs; what others did is no answer for the body.
    expect(marks('No other customs official has been charged in the case, the finance ministry said.')).toEqual([
      'claim: No other customs official has been charged in the case',
      'attribution: the finance ministry said',
    ]);
    expect(marks('Police spokeswoman Ama Sedor said no witness had come forward.')).toEqual([
      'attribution: Police spokeswoman Ama Sedor said',
      'claim: no witness had come forward',
    ]);
    // Only the body the speaker speaks for, and only what its own people did.
    for (const sentence of [
      'The Independent Office for Police Conduct said no officer had checked on him.',
      "The restaurant's owner, Lina Marr, said no one from the company had inspected the gas line.",
      "The tenants' union said nobody from the company had answered their complaints.",
      'Hana Kell, a prison reform campaigner, said no guard had intervened.',
      'The army said no soldiers were among the dead.',
      'The company said none of its drivers had received the new training.',
    ])
      expect(statementsOf(sentence)[0]).toMatch(/^claim: /u);
    for (const sentence of [
      'Regional police spokeswoman Ama Sedor said no officer was involved in the shooting.',
      'A spokesman for the police said no officer had been drinking.',
    ])
      expect(statementsOf(sentence)[0]).toMatch(/^denial: /u);
  });

  it('reads a name with no title that says of itself "it had never…" as a body\'s', () => {
    expect(sourcesOf('Rimbaraya Timber said in a statement that it had never paid a customs official.')).toEqual([
      'Rimbaraya Timber: organisation',
    ]);
    // "It" as the subject of nothing in particular says nothing of who speaks.
    expect(sourcesOf('Ana Berg said it had been a hard year for the port.')).toEqual(['Ana Berg: named']);
  });

  it('keeps those told and where after a quotation, but not a phrase of its own after a comma', () => {
    expect(marks('"I never took a bribe," he told reporters on the steps of the court, his wife beside him.')).toEqual([
      'denial: I never took a bribe',
      'attribution: he told reporters on the steps of the court',
    ]);
  });

  it('reads "a copy of which … has seen" as part of the document that speaks', () => {
    expect(
      marks(
        'According to the ruling, a copy of which Kilatpress has seen, the lower court refused to let the defence question the witness.',
      ),
    ).toEqual([
      'attribution: According to the ruling, a copy of which Kilatpress has seen',
      'claim: the lower court refused to let the defence question the witness',
    ]);
  });

  it('reads a negation pointing back to what was alleged ("no … such an order") as a denial', () => {
    expect(
      marks(
        'Two workers told Kilatpress they had been handed cans of fuel in July. The company said burning was forbidden on all its land and no supervisor had given such an order.',
      ),
    ).toContain('denial: burning was forbidden on all its land and no supervisor had given such an order');
    // "such" with no negation describes; it answers nothing.
    expect(marks('The company said such orders were given every dry season.')).toContain('claim: such orders were given every dry season');
  });

  it('reads an unnamed person by their trade, with "who", as a person, and a long description of why they are unnamed', () => {
    expect(
      sourcesOf(
        '"The foreman put tape over the alarm," said a miner who worked on the morning shift and asked not to be named because he feared losing his job.',
      ),
    ).toEqual(['a miner who worked on the morning shift and asked not to be named because he feared losing his job: anonymous']);
  });

  it('leaves unmarked going over it again and again, and sending the listener to see for themselves', () => {
    expect(marks('"I keep waiting for him to walk through the door," said Ratna Joyo, his mother.')).toEqual([]);
    expect(marks('"I keep asking myself what I missed," she said.')).toEqual([]);
    expect(marks('"They cut the pay by a third. You can do the maths yourself," said Ana Berg.')).toEqual([
      'claim: They cut the pay by a third. You can do the maths yourself',
      'attribution: said Ana Berg',
    ]);
    expect(marks('"You can do the maths yourself," said Ana Berg.')).toEqual([]);
    expect(marks('"Nobody comes into politics to close libraries," said Ana Berg.')).toEqual([]);
    // Nobody who did something in particular is a statement: "Nobody called us" answers or reports.
    expect(marks('"Nobody called us before the water came," said Ana Berg.')).not.toEqual([]);
  });

  it('leaves unmarked a question those close to the speaker ask, a prayer, a face still seen and a place one cannot pass', () => {
    expect(marks('"My grandson asks me why he cannot drink from the tap," said Ana Berg.')).toEqual([]);
    expect(marks('"My customers ask me where my fish come from, and I do not know what to tell them," said Ana Berg.')).toEqual([]);
    expect(marks('"The children keep asking me when we are going back to class. I do not know what to tell them," said Ana Berg.')).toEqual(
      [],
    );
    expect(marks('"I just pray the money comes back to the schools," said Ana Berg.')).toEqual([]);
    expect(marks('"I still see my brother\'s face when I close my eyes," said Ana Berg.')).toEqual([]);
    expect(marks('"I cannot walk past that building," said Ana Berg.')).toEqual([]);
    // What an official asked tells what happened, and what one still sees of the world is a witness's account.
    expect(marks('"Inspectors asked me why the valves had been left open," said Ana Berg.')).not.toEqual([]);
    expect(marks('"I still see trucks dumping waste in the river every night," said Ana Berg.')).not.toEqual([]);
  });

  it('reads South Asian names: honorifics with a full stop, initials after a title, and a post whose body "which" describes', () => {
    expect(marks('"The blasting has cracked 40 houses," said Smt. V. Kaliammal, president of the village council.')).toEqual([
      'claim: The blasting has cracked 40 houses',
      'attribution: said Smt. V. Kaliammal, president of the village council',
    ]);
    expect(sourcesOf('Headmistress J. Rosaline Mary denied that any cook had complained.')).toEqual(['J. Rosaline Mary: named']);
    expect(sourcesOf('R. Thangarasu, proprietor of Kamatchi Agencies, which holds the supply contract, said the oil was fresh.')).toEqual([
      'R. Thangarasu: named',
    ]);
    // A body's own "which" still makes it a body.
    expect(sourcesOf('Bell Tanner, which built the school, said the roof was sound.')).toEqual(['Bell Tanner: organisation']);
  });

  it('reads people named by initials and one name, a long body with a short name, "informed that", and "present in court"', () => {
    expect(
      sourcesOf('M. K. Duraisingam, 61, the owner of the works, had been charged. Duraisingam told reporters the door was kept open.'),
    ).toEqual(['M. K. Duraisingam: named']);
    expect(sourcesOf('The U.S. Army said the base was closed.')).toEqual(['U.S. Army: organisation']);
    expect(
      marks(
        'An inquiry report by the Ilavar Fire and Rescue Services Department (IFRSD), filed in court in 2023, found that the licence had lapsed.',
      ),
    ).toEqual([
      'attribution: An inquiry report by the Ilavar Fire and Rescue Services Department (IFRSD), filed in court in 2023, found',
      'claim: the licence had lapsed',
    ]);
    expect(marks('Deputy director R. Gnanasekar informed that 41 units had been inspected since the fire.')).toEqual([
      'attribution: Deputy director R. Gnanasekar informed',
      'claim: 41 units had been inspected since the fire',
    ]);
    expect(marks('The police informed the family of his death on Monday.')).toEqual([]);
    // Where someone was is not what they are: the accused in court still denies.
    expect(
      marks('Duraisingam, who was present in court, told reporters that the charge was "a lie repeated until people believed it".'),
    ).toContain('denial: the charge was "a lie repeated until people believed it"');
    expect(marks('His counsel, T. R. Baskaran, termed the prosecution\'s case as "a story written backwards from the tragedy".')).toContain(
      'denial: the prosecution\'s case as "a story written backwards from the tragedy"',
    );
  });

  it('ends a sentence after a name or an acronym that is also a short honorific, and reads short posts before a name', () => {
    expect(marks('The body of the youth was identified as Thiru. Police said he was 24 years old.')).toEqual([
      'attribution: Police said',
      'claim: he was 24 years old',
    ]);
    expect(sourcesOf('Dy. SP K. Murugan said three men had been arrested.')).toEqual(['K. Murugan: named']);
    expect(sourcesOf('Addl. Collector R. Kannan said the camps would close on Friday.')).toEqual(['R. Kannan: named']);
  });

  it('reads a complaint that something is "not correct" as a claim, and "nothing to hide" said of anyone as no denial', () => {
    expect(marks('Villagers said the electricity bills they had received were not correct.')).toContain(
      'claim: the electricity bills they had received were not correct',
    );
    expect(marks('"If you have nothing to hide, you have nothing to fear," the police commissioner said.')).toContain(
      'claim: If you have nothing to hide, you have nothing to fear',
    );
  });

  it('reads "lists" and "records" only of a record, and leaves another speaker in the sentence theirs', () => {
    expect(marks('A clerk who maintains the register lists the names of absent teachers every evening.')).toEqual([]);
    expect(
      marks('The attendance register records 240 workers on the day of the fire, though the owner said only 90 were present.'),
    ).toContain('attribution: the owner said');
    expect(marks('He was informed that his post had been abolished.')).toEqual([]);
    expect(marks('"I pray at this temple every day and the roof has been leaking for three years," she said.')).toContain(
      'claim: I pray at this temple every day and the roof has been leaking for three years',
    );
  });

  it('reads West African names and titles: regnal numbers, "Hon.", "Alhaji", "Comrade"', () => {
    expect(sourcesOf('Nana Efia Kyerewaa II, the queen mother of Apemso, told the commission the police had been warned.')).toEqual([
      'Nana Efia Kyerewaa II: named',
    ]);
    expect(sourcesOf('The Ossora regional minister, Hon. Georgina Ampofo-Yeboah, told the commission the police had been warned.')).toEqual(
      ['Hon. Georgina Ampofo-Yeboah: named'],
    );
    expect(sourcesOf('Pope Leo XIV said 40 people had died in the attack.')).toEqual(['Pope Leo XIV: named']);
    // An acronym still ends a body's name.
    expect(sourcesOf('The Harlby Port Authority HPA said the quay was closed.')).toEqual(['Harlby Port Authority HPA: organisation']);
  });

  it('reads "described … as mischievous", "debunked", "no iota of truth" and "no hand in" as denials, and dismissing staff as none', () => {
    expect(marks('The director described the mothers\' account as "mischievous and politically motivated".')).toContain(
      'denial: the mothers\' account as "mischievous and politically motivated"',
    );
    expect(marks('The director-general, Jean Kouame, debunked the study.')).toContain('denial: the study');
    expect(marks('The pharmacy head said there was "no iota of truth" in the nurse\'s account.')).toContain(
      'denial: there was "no iota of truth" in the nurse\'s account',
    );
    expect(marks('The managing director said the company had "no hand" in the demolition.')).toContain(
      'denial: the company had "no hand" in the demolition',
    );
    expect(marks('A terminal operator has dismissed 312 dockworkers who took part in a strike, the union said on Tuesday.')).toContain(
      'claim: A terminal operator has dismissed 312 dockworkers who took part in a strike',
    );
    expect(marks('The club dismissed the coach after six defeats in a row.')).toEqual([]);
    expect(marks('In a statement to put the records straight, the company said the dust was "well within" the limits.')).toContain(
      'attribution: the company said',
    );
  });

  it('reads a record\'s finding joined on after a report as a report of its own, "that day" as no clause, and a body by its acronym', () => {
    expect(
      marks('Mothers say they were made to pay for drugs that are free, and an audit has found that 3,000 packs cannot be accounted for.'),
    ).toEqual([
      'attribution: Mothers say',
      'claim: they were made to pay for drugs that are free',
      'attribution: an audit has found',
      'claim: 3,000 packs cannot be accounted for',
    ]);
    expect(marks('Counsel for the family said the page for that day had been "carefully removed".')).toContain(
      'claim: the page for that day had been "carefully removed"',
    );
    expect(sourcesOf('In a statement, the Cimenterie de Ndiobo (CIMENDO) said the dust was within the limits.')).toEqual([
      'Cimenterie de Ndiobo: organisation',
    ]);
    expect(sourcesOf('A spokesman for the Harlby Port Authority (HPA) said the quay was closed.')).not.toContain(
      'A spokesman for the Harlby Port Authority: organisation',
    );
  });

  it('keeps denials a second review found lost: claims dismissed, reports said to be not correct, a post given an acronym', () => {
    expect(marks('The minister dismissed the claims by workers that they had not been paid.')).toContain(
      'denial: the claims by workers that they had not been paid',
    );
    expect(marks("The company dismissed the teachers' complaints as exaggerated.")).toContain(
      "denial: the teachers' complaints as exaggerated",
    );
    expect(marks('The ministry said reports that 40 people had died were not correct.')).toContain(
      'denial: reports that 40 people had died were not correct',
    );
    expect(marks('The minister said the figure of 40 deaths was far from the truth.')).toContain(
      'denial: the figure of 40 deaths was far from the truth',
    );
    expect(marks('Residents complained that they had no hand in drawing up the resettlement plan.')).toContain(
      'claim: they had no hand in drawing up the resettlement plan',
    );
    expect(sourcesOf('The Public Relations Officer (PRO) of the assembly said the road would reopen.')).not.toContain(
      'Public Relations Officer: organisation',
    );
    expect(sourcesOf('Jt. Director of Agriculture S. Meena said the seed was tested.')).toEqual(['S. Meena: named']);
    expect(marks('"I pray every day that the money comes back," she said.')).toEqual([]);
  });

  it('reads a second source set against the first ("…, but the company said…") apart', () => {
    expect(marks('The union said 400 workers had joined the strike, but the company said only 90 were absent.')).toEqual([
      'attribution: The union said',
      'claim: 400 workers had joined the strike',
      'attribution: the company said',
      'claim: only 90 were absent',
    ]);
    expect(
      marks('The attendance register records 240 workers on the day of the fire, though the owner said only 90 were present.'),
    ).toEqual([
      'attribution: The attendance register records',
      'claim: 240 workers on the day of the fire',
      'attribution: the owner said',
      'claim: only 90 were present',
    ]);
    expect(marks('A study published in the Harlby Journal records a 40 percent drop in cases.')).toContain(
      'claim: a 40 percent drop in cases',
    );
  });

  it('reads "termed … as baseless", "far from the truth" and "not correct" as denials', () => {
    expect(marks('S. Manickavasagam, managing partner of the quarry, termed the allegations as baseless.')).toEqual([
      'attribution: S. Manickavasagam, managing partner of the quarry, termed',
      'denial: the allegations as baseless',
    ]);
    expect(marks('The firm said the allegation against it was "far from the truth".')).toContain(
      'denial: the allegation against it was "far from the truth"',
    );
    expect(marks('The board said the complaint about water was "not correct".')).toContain(
      'denial: the complaint about water was "not correct"',
    );
  });

  it('reads "nothing to hide" as the accused answering the charge', () => {
    expect(marks('"Our pharmacy has nothing to hide. Every box that comes in is signed for," Zarrouk said.')[0]).toMatch(/^denial: /u);
  });
});

describe('what the thirty-fifth and thirty-sixth writers’ tuning articles showed', () => {
  it('reads a person named after an office of something, a family name first among three, and "Mr" with that family name', () => {
    const text = [
      'Senior Minister of State for Housing and Towns Koh Boon Huat dismissed the comparison as misleading.',
      '"The figures are not comparable," Mr Koh said.',
      'Senior Superintendent of Police Conroy Rattray, who commands the St Elphin Division, rejected the findings.',
      'Temenang Department of Environment director Roslan Ariffin said the river had been polluted for three days.',
    ].join('\n\n');
    expect(sourcesOf(text)).toEqual(['Koh Boon Huat: named', 'Koh Boon Huat: named', 'Conroy Rattray: named', 'Roslan Ariffin: named']);
    // An office's short word of what it is for is no family name: "Minister for Home Affairs".
    expect(sourcesOf('Minister for Home Affairs Penny Wong said the border was closed.')).toEqual(['Penny Wong: named']);
  });

  it('reads a Malaysian company by its short name, and who was told a long way before "that"', () => {
    const text =
      'The department traced the drain to a latex glove manufacturer, Permai Gloves Sdn Bhd.\n\nPermai Gloves denied that its effluent had caused the odour.';
    expect(sourcesOf(text)).toEqual(['Permai Gloves Sdn Bhd: organisation']);
    expect(
      marks(
        'Permai Gloves chairman Loh Chee Wah told reporters on the sidelines of a rubber industry conference in Kota Seruling that the company would publish its audit within 30 days.',
      ),
    ).toEqual([
      'attribution: Permai Gloves chairman Loh Chee Wah told reporters on the sidelines of a rubber industry conference in Kota Seruling',
      'claim: the company would publish its audit within 30 days',
    ]);
  });

  it('reads a weekday with its date in brackets as when it was said', () => {
    expect(marks('Action Group chairman Dr Shamsul Bahari said on Tuesday (May 3) that 40 contract doctors had resigned.')).toEqual([
      'attribution: Action Group chairman Dr Shamsul Bahari said on Tuesday (May 3)',
      'claim: 40 contract doctors had resigned',
    ]);
    expect(marks('The ministry said in a statement on Monday (Jul 4) the council had followed the rules.')).toEqual([
      'attribution: The ministry said in a statement on Monday (Jul 4)',
      'claim: the council had followed the rules',
    ]);
  });

  it('reads where a speaker was met, a second "it said" joined on, units and forces, and declarations filed', () => {
    expect(marks('Dr Rozita Mazlan said when met after launching a health carnival in Kampong Perepat that the unit had 80 beds.')).toEqual(
      ['attribution: Dr Rozita Mazlan said when met after launching a health carnival in Kampong Perepat', 'claim: the unit had 80 beds'],
    );
    const text =
      'The Shoreline Management Unit said the bank had lost 40 per cent of its sand. The unit said it had not been consulted before the licence was issued, and it said it would publish its full survey by November 30.';
    expect(marks(text).slice(2)).toEqual([
      'attribution: The unit said',
      'claim: it had not been consulted before the licence was issued',
      'attribution: it said',
      'claim: it would publish its full survey by November 30',
    ]);
    expect(sourcesOf(text)).toEqual(Array(3).fill('Shoreline Management Unit: organisation'));
    expect(
      sourcesOf('The Marravel Constabulary Force said its officers had returned fire. The force said two officers were hurt.'),
    ).toEqual(Array(2).fill('Marravel Constabulary Force: organisation'));
    expect(
      marks('Campaign finance declarations filed with the Elections Commission show the company gave the party 40 million on February 9.'),
    ).toEqual([
      'attribution: Campaign finance declarations filed with the Elections Commission show',
      'claim: the company gave the party 40 million on February 9',
    ]);
  });

  it('marks no wish or plea, and reads what is confirmed before "but" as a claim', () => {
    for (const quotation of [
      '"We just want to know the truth, so that no other family gets a phone call like ours," he said.',
      '"Mi just want justice for mi son," she said.',
      '"Our doctors are not asking for much. They are asking to be treated fairly," Dr Shamsul said.',
      '"We cannot keep living like this," a resident said.',
    ])
      expect(marks(quotation)).toEqual([]);
    expect(marks('His brother, Monir Talukder, who flew in for the hearing, said the family wanted only answers.')).toEqual([]);
    expect(marks('His brother, Monir Talukder, who flew in for the hearing, said the family had been told nothing.')).toEqual([
      'attribution: His brother, Monir Talukder, who flew in for the hearing, said',
      'claim: the family had been told nothing',
    ]);
    expect(statementsOf('"We just want our money back. They owe us 4,000 dollars," he said.')).toEqual([
      'claim: We just want our money back. They owe us 4,000 dollars',
    ]);
    expect(statementsOf('He confirmed he had donated to the party but said the donation had nothing to do with the contracts.')).toEqual([
      'claim: he had donated to the party',
      'denial: the donation had nothing to do with the contracts',
    ]);
  });

  it('reads a partial quotation after a number as part of its clause: "had reported 31 “serious incidents” linked to…"', () => {
    expect(marks('Steffan Rees said crews had reported 31 "serious incidents" linked to handover delays since November.')).toEqual([
      'attribution: Steffan Rees said',
      'claim: crews had reported 31 "serious incidents" linked to handover delays since November',
    ]);
    // …and so is one after ", and that" that goes on: the whole statement, not the quoted words.
    expect(
      statementsOf(
        'Mubita said relief was distributed by committees of headmen, and that "no political party has any role" in choosing who receives it.',
      ),
    ).toEqual([
      'claim: relief was distributed by committees of headmen, and that "no political party has any role" in choosing who receives it',
    ]);
    expect(statementsOf('Mubita said that "the plant is safe".')).toEqual(['claim: the plant is safe']);
    // …but a year or a number before a quotation that opens the sentence is no part of it.
    expect(marks('In 2019 “nobody was hired,” the auditor said.')).toEqual(['denial: nobody was hired', 'attribution: the auditor said']);
  });

  it('reads when a statement was said, by what happened just before, as part of its attribution', () => {
    expect(
      marks(
        'The council had settled on closing three schools months before it asked a single family, parents said on Wednesday night after councillors voted to shut them.',
      ),
    ).toEqual([
      'claim: The council had settled on closing three schools months before it asked a single family',
      'attribution: parents said on Wednesday night after councillors voted to shut them',
    ]);
  });

  it('reads a "that" after a subject and its verb as the determiner it is: "said the board never received that letter"', () => {
    expect(marks('Prewitt said the board never received that letter.')).toEqual([
      'attribution: Prewitt said',
      'claim: the board never received that letter',
    ]);
    expect(marks('The clerk said nobody saw that car.')).toEqual(['attribution: The clerk said', 'claim: nobody saw that car']);
    // …while a "that" after those told, or after where it was said, still opens the clause.
    expect(marks('Prewitt told reporters that the board had met twice.')).toEqual([
      'attribution: Prewitt told reporters',
      'claim: the board had met twice',
    ]);
    expect(marks('The union warned the government knew that the mine was unsafe.')).toEqual([
      'attribution: The union warned',
      'claim: the mine was unsafe',
    ]);
    expect(marks('The mayor said the council agreed that the road would close.')).toEqual([
      'attribution: The mayor said',
      'claim: the council agreed that the road would close',
    ]);
  });

  it('reads being left with nothing as no claim alone, but keeps what the sentences before it tell', () => {
    expect(marks('"I went home with nothing," said Misozi Chomba.')).toEqual([]);
    expect(
      statementsOf(
        '"If you did not have the green card, you were told to go and ask your own party for food. I went home with nothing," said Misozi Chomba.',
      ),
    ).toEqual(['claim: If you did not have the green card, you were told to go and ask your own party for food. I went home with nothing']);
  });

  it('marks no sympathy, praise, hurt, timing or shame said of oneself, clause by clause, but a clause that tells what happened', () => {
    for (const quotation of [
      'Ms Reid said ministers understood the frustration of island communities.',
      '"This is not the time for finger-pointing," he said.',
      '"It hurts to hear where the money went. This town deserved better from the people it trusted," said a trader.',
      '"I have never felt so ashamed of this job as I did that night," the other said.',
      '"It was a sham from start to finish," said a parent.',
      '"The paramedics were wonderful," she said.',
    ])
      expect(marks(quotation)).toEqual([]);
    for (const kept of [
      'The minister said she understood the concerns of residents but the council had already spent the money on the new road.',
      'Parents said the consultation was a sham because the council had signed the demolition contract before it opened.',
      'The auditor said the tender was a sham: the winning bid was submitted after the deadline.',
      'The union said the hospital was wonderful but it had not paid overtime for six months.',
      'Police said it was not the time to name the victims because their families had not been told.',
      'The firm said it was ashamed of the delays and had refunded every customer affected.',
      'Ms Reid said ministers understood the frustration and had ordered 12 new ferries.',
      'The officer was relieved of his duties in May, the force said.',
    ])
      expect(marks(kept), kept).toHaveLength(2);
  });

  it('marks no fondness, wish for a thing or how a moment felt, but a sentence or clause beside it that tells what happened', () => {
    for (const quotation of [
      '"We love this school," said a mother of three.',
      '"We just want a wall that holds when the typhoons come," said one farmer.',
      '"It felt like they were sitting out there waiting for people like me," Dillard said.',
      '"If the rains fail now, I will lose everything," she said.',
    ])
      expect(marks(quotation)).toEqual([]);
    for (const kept of [
      '"We love this school. The council cut its budget twice in two years," said parent Anna Reid.',
      '"We just want the money they owe us. The agency took our maize in June and has paid nothing," said farmer Mary Phiri.',
      'Farmers said they will lose everything because the dam company flooded their fields in January.',
    ])
      expect(marks(kept), kept).toHaveLength(2);
    expect(
      statementsOf(
        '"It felt like we were flying. Then the lights went out and everyone was thrown to the left side of the carriage," said Jonas Perl, a student.',
      ),
    ).toEqual(['claim: It felt like we were flying. Then the lights went out and everyone was thrown to the left side of the carriage']);
  });

  it('leaves a "that" of the statement’s own subject to it, and an officer’s "and he said" to what she reports', () => {
    expect(
      marks('He told reporters the new drainage system for the Taman Sri Muda housing estate that flooded in 2021 cost RM40mil.'),
    ).toEqual([
      'attribution: He told reporters',
      'claim: the new drainage system for the Taman Sri Muda housing estate that flooded in 2021 cost RM40mil',
    ]);
    expect(statementsOf('Ms Tan said the officer approached her and he said the car was stolen.')).toEqual([
      'claim: the officer approached her and he said the car was stolen',
    ]);
  });

  it('reads honorifics and ranks after an office as no part of the name, and a paper named like a post as no person', () => {
    expect(sourcesOf('Director of Public Health Dr Anne Lim said the clinic had closed. Dr Lim said 40 staff had left.')).toEqual([
      'Anne Lim: named',
      'Anne Lim: named',
    ]);
    expect(sourcesOf('Inspector General of Police Tan Sri Razarudin Husain said 12 officers were arrested.')).toEqual([
      'Razarudin Husain: named',
    ]);
    expect(
      speakersOf('Trinidad Guardian reporter Anna Ramdass said the minister had lied. The Guardian said it stood by its story.')[1]?.name,
    ).not.toBe('Anna Ramdass');
    expect(sourcesOf("Karl Ness of the patients' association said the ward had closed.")).toEqual(['Karl Ness: named']);
    expect(speakersOf('Peter Mills KC of Matrix Chambers said the ruling was flawed.')[0]?.name).toBe('Peter Mills KC');
  });

  it('keeps what a second review found right: long audiences, ", and he said", "The force", "when asked", third persons who want', () => {
    expect(marks('He told a joint press conference with his counterpart Retno Marsudi in Jakarta that the border deal was done.')).toEqual([
      'attribution: He told a joint press conference with his counterpart Retno Marsudi in Jakarta',
      'claim: the border deal was done',
    ]);
    expect(statementsOf('The minister said the plan was sound, and he said the cost would fall next year.')).toEqual([
      'claim: the plan was sound',
      'claim: the cost would fall next year',
    ]);
    expect(sourcesOf('The Metropolitan Police said two officers were injured. The force said 12 people were arrested.')).toEqual(
      Array(2).fill('Metropolitan Police: organisation'),
    );
    expect(marks('He said when asked by reporters after the event that the government had no plans to raise fuel prices.')).toEqual([
      'attribution: He said when asked by reporters after the event',
      'claim: the government had no plans to raise fuel prices',
    ]);
    expect(statementsOf('"They want to have a one-party state," the opposition leader said.')).toEqual([
      'claim: They want to have a one-party state',
    ]);
    expect(statementsOf('Police confirmed that two men had been arrested but said no charges had been filed.')).toEqual([
      'claim: two men had been arrested',
      'claim: no charges had been filed',
    ]);
    expect(marks('The crash killed 12 people, said a visibly distressed witness.')).toEqual([
      'claim: The crash killed 12 people',
      'attribution: said a visibly distressed witness',
    ]);
    expect(sourcesOf('State treasurer Jim Kelly said the budget was balanced. The Treasurer said 14 patients had waited.')).toEqual(
      Array(2).fill('Jim Kelly: named'),
    );
  });

  it('reads a speaker described after an inverted "said" by who they are or where', () => {
    expect(marks('The boat capsized at dawn, said a survivor who swam to shore.')).toEqual([
      'claim: The boat capsized at dawn',
      'attribution: said a survivor who swam to shore',
    ]);
    expect(marks('Prices rose 5% last year, said an analyst based in Singapore.')).toEqual([
      'claim: Prices rose 5% last year',
      'attribution: said an analyst based in Singapore',
    ]);
  });

  it('reads a premier, a treasurer and clergy as titles before a name', () => {
    expect(
      speakersOf('Victorian Premier Jacinta Allan said the budget was balanced. The Premier said 14 hospitals had opened.').map(
        (speaker) => `${speaker.name} | ${speaker.role}`,
      ),
    ).toEqual(['Jacinta Allan | Victorian Premier', 'Jacinta Allan | ']);
    expect(sourcesOf('Treasurer Jim Chalmers said inflation had fallen to 3 per cent.')).toEqual(['Jim Chalmers: named']);
    expect(sourcesOf('Archbishop Justin Welby said the church had apologised.')).toEqual(['Justin Welby: named']);
  });

  it('reads what a report finds as a finding, though it says "not" beside a denial', () => {
    const text = [
      'Kebun Delima Town Council paid 40 per cent more for each lift, an opposition MP said.',
      'Senior Minister of State for Housing and Towns Koh Boon Huat dismissed the comparison as misleading.',
      'A report by the Auditor-General released in October noted that Kebun Delima Town Council had not documented its evaluation of bids for six lift contracts.',
    ].join('\n\n');
    expect(statementsOf(text)).toEqual([
      'claim: Kebun Delima Town Council paid 40 per cent more for each lift',
      'denial: the comparison as misleading',
      'claim: Kebun Delima Town Council had not documented its evaluation of bids for six lift contracts',
    ]);
    expect(statementsOf('The company statement denied that it had discharged any waste.')).toEqual(['denial: it had discharged any waste']);
  });

  it('reads a "that" a verb follows, after a noun phrase, as a relative one inside what is said', () => {
    expect(marks('The mayor told reporters the drainage system for the estate that flooded last week had been cleared in March.')).toEqual([
      'attribution: The mayor told reporters',
      'claim: the drainage system for the estate that flooded last week had been cleared in March',
    ]);
    expect(marks('She said the firm that built the bridge had been paid twice.')).toEqual([
      'attribution: She said',
      'claim: the firm that built the bridge had been paid twice',
    ]);
    expect(marks('He told the committee that increased patrols had cut thefts by 12%.')).toEqual([
      'attribution: He told the committee',
      'claim: increased patrols had cut thefts by 12%',
    ]);
    expect(marks('Mr Tan told the court, presided over by Judge Lim Wei, that he had been paid RM4,000 in cash.')[1]).toBe(
      'claim: he had been paid RM4,000 in cash',
    );
  });

  it('reads a place and what it is before unnamed speakers, and lists, described at length and seen, as documents', () => {
    expect(
      marks(
        'At Nsombela, about 40 kilometres from the boma, residents said a ward chairman read out names when 600 bags of maize arrived.',
      ),
    ).toEqual(['attribution: residents said', 'claim: a ward chairman read out names when 600 bags of maize arrived']);
    expect(
      sourcesOf(
        'A list of beneficiaries compiled by the ward\'s satellite disaster committee, a copy of which was seen by The Mulilo, shows that 290 of the 312 names carry the letters "UFP" beside them.',
      ),
    ).toEqual(["list of beneficiaries compiled by the ward's satellite disaster committee: document"]);
    expect(
      marks(
        'A list of beneficiaries compiled by the ward\'s satellite disaster committee, a copy of which was seen by The Mulilo, shows that 290 of the 312 names carry the letters "UFP" beside them.',
      )[1],
    ).toBe('claim: 290 of the 312 names carry the letters "UFP" beside them');
    // …but those party to an agreement are people.
    expect(sourcesOf('Signatories to the agreement said the government had not released the money.')).not.toContain('document');
  });

  it('reads members of the Scottish Parliament by their letters before the name, and MS Society as a body', () => {
    expect(speakersOf('Strathvarne and the Isles MSP Kenna Buchanan said the ferry had been cancelled 40 times.')[0]).toMatchObject({
      name: 'Kenna Buchanan',
      role: 'Strathvarne and the Isles MSP',
      sourceType: 'named',
    });
    // …and so with a Canadian province's members: "Pellingham North MPP Brittany Cameron".
    expect(speakersOf('"It has been a long time coming," said Pellingham North MPP Brittany Cameron.')[0]).toMatchObject({
      name: 'Brittany Cameron',
      role: 'Pellingham North MPP',
      sourceType: 'named',
    });
    // "MS" names a disease's charities as often: "MS Society Scotland" stays a body.
    expect(sourcesOf('Multiple sclerosis charity MS Society Scotland said 15,000 people had the condition.')).toEqual([
      'MS Society Scotland: organisation',
    ]);
  });

  it('reads Irish and South African posts and traders: "Pauric Dineen TD", "MEC for Health Dr Zibuyile Ngubane", "Bophelo Pharma Distributors"', () => {
    expect(speakersOf('Pauric Dineen TD said the house in Rathgorman was his home.')[0]).toMatchObject({
      name: 'Pauric Dineen TD',
      sourceType: 'named',
    });
    expect(speakersOf('MEC for Health Dr Zibuyile Ngubane said 14 clinics had been visited.')[0]).toMatchObject({
      name: 'Zibuyile Ngubane',
      role: 'MEC for Health',
      sourceType: 'named',
    });
    expect(speakersOf('Bophelo Pharma Distributors said in a statement it had not been paid since January.')[0]).toMatchObject({
      sourceType: 'organisation',
    });
    // An acronym still ends a body's name.
    expect(speakersOf('Harlby Port Authority HPA said 40 ships were waiting.')[0]).toMatchObject({ sourceType: 'organisation' });
  });

  it('reads "that" after when it was said as opening the clause, and reports said to be exaggerated as denied', () => {
    expect(
      marks(
        'MEC for Health Dr Zibuyile Ngubane told reporters at the opening of a clinic in Ntabazwe on Saturday that reports of clinics without medicine had been exaggerated.',
      ),
    ).toEqual([
      'attribution: MEC for Health Dr Zibuyile Ngubane told reporters at the opening of a clinic in Ntabazwe on Saturday',
      'denial: reports of clinics without medicine had been exaggerated',
    ]);
    expect(marks('Prices were inflated by the drought, the minister said.')).toEqual([
      'claim: Prices were inflated by the drought',
      'attribution: the minister said',
    ]);
  });

  it('reads "Cllr" as a councillor\'s title before a name', () => {
    expect(speakersOf('Cllr Clíona Madigan said she had received two calls from the company on March 3.')[0]).toMatchObject({
      name: 'Clíona Madigan',
      sourceType: 'named',
    });
  });

  it('reads court copy: counsel putting it to a witness, what a witness agrees or accepts, and cross-examination set off before', () => {
    expect(
      marks('Nóirín Fahy, solicitor for the Cregan family, put it to Mr Hession that the council had "sat on" the email for four months.'),
    ).toEqual([
      'attribution: Nóirín Fahy, solicitor for the Cregan family, put it to Mr Hession',
      'claim: the council had "sat on" the email for four months',
    ]);
    // What a witness grants is a claim, though it says "no" after a denial.
    expect(
      statementsOf(
        'Mr Hession replied that this was not the case. He agreed that no inspection of the bend was recorded between the date of the email and the collision.',
      ),
    ).toEqual([
      'denial: this was not the case',
      'claim: no inspection of the bend was recorded between the date of the email and the collision',
    ]);
    expect(
      marks(
        'Under cross-examination by lawyer Mr Vivekanandan Ramasamy, Mr Chong agreed that the team had fallen behind schedule that week.',
      ),
    ).toEqual(['attribution: Mr Chong agreed', 'claim: the team had fallen behind schedule that week']);
    // Not an agreement to do something, nor a rule fronted before what it brings.
    expect(marks('The union agreed to pay the fine. The council accepted the offer of 40 houses.')).toEqual([]);
    expect(marks('Under the new rules, 40 people would lose their jobs, the minister said.')[0]).toBe(
      'claim: Under the new rules, 40 people would lose their jobs',
    );
  });

  it('reads a "that" clause after those told, where and when, though a word on "-ed" opens it', () => {
    expect(marks('Police told reporters at the scene that armed men had stormed the tavern shortly after midnight.')).toEqual([
      'attribution: Police told reporters at the scene',
      'claim: armed men had stormed the tavern shortly after midnight',
    ]);
    expect(marks('The mayor told a meeting of the council that untreated sewage was flowing into the river at 3 points.')).toEqual([
      'attribution: The mayor told a meeting of the council',
      'claim: untreated sewage was flowing into the river at 3 points',
    ]);
    expect(
      marks(
        'Police told reporters the man arrested over the shooting in Soweto on Saturday that saw three people killed had been released.',
      ),
    ).toEqual([
      'attribution: Police told reporters',
      'claim: the man arrested over the shooting in Soweto on Saturday that saw three people killed had been released',
    ]);
    // A claim inflated by what it counts is an accusation, not a denial.
    expect(statementsOf('The whistleblower told the commission that the number of beneficiaries was inflated with ghost names.')).toEqual([
      'claim: the number of beneficiaries was inflated with ghost names',
    ]);
    // A count written with its thousands grouped by spaces opens a clause.
    expect(statementsOf('Gauteng Education MEC Matome Chiloane said 3 000 learners were still unplaced.')).toEqual([
      'claim: 3 000 learners were still unplaced',
    ]);
  });

  it('reads a place before an office for something, and one unnamed holder of a post written as its letters', () => {
    expect(speakersOf('KwaZulu-Natal MEC for Health Nomagugu Simelane said 14 clinics were visited.')[0]).toMatchObject({
      name: 'Nomagugu Simelane',
      role: 'KwaZulu-Natal MEC for Health',
      sourceType: 'named',
    });
    expect(sourcesOf('Water was cut to 40 schools, an opposition TD has said.')).toEqual(['an opposition TD: anonymous']);
    expect(sourcesOf('Ceart TD Eilís Ní Bhriain said 40 schools had no water. The TD said 12 had been reconnected.')).toEqual([
      'Eilís Ní Bhriain: named',
      'Eilís Ní Bhriain: named',
    ]);
  });

  it('reads a relative clause on any past verb, and a figure disputed as inflated as denied (second review)', () => {
    for (const [text, claim] of <[string, string][]>[
      [
        'The mayor said the bridge that collapsed was built in 1974 without proper foundations.',
        'the bridge that collapsed was built in 1974 without proper foundations',
      ],
      [
        'Police said the crash that killed 12 people on the N1 was caused by a burst tyre.',
        'the crash that killed 12 people on the N1 was caused by a burst tyre',
      ],
      [
        'Ipid said the man that died in custody had been assaulted by officers.',
        'the man that died in custody had been assaulted by officers',
      ],
      [
        'Officials said the storm that swept through the valley had destroyed 300 homes.',
        'the storm that swept through the valley had destroyed 300 homes',
      ],
      ['Police said the gunmen that shot two guards had fled in a white car.', 'the gunmen that shot two guards had fled in a white car'],
    ])
      expect(statementsOf(text)).toEqual([`claim: ${claim}`]);
    expect(marks('The principal told reporters at the school that flooded last week the pupils had been moved to a church hall.')).toEqual([
      'attribution: The principal told reporters at the school that flooded last week',
      'claim: the pupils had been moved to a church hall',
    ]);
    expect(statementsOf('The ministry said the figures quoted by the union were grossly inflated.')).toEqual([
      'denial: the figures quoted by the union were grossly inflated',
    ]);
    expect(statementsOf('The minister said claims of a cholera outbreak were exaggerated by opposition politicians.')).toEqual([
      'denial: claims of a cholera outbreak were exaggerated by opposition politicians',
    ]);
  });

  it('reads a senior counsel\'s letters as a person\'s, a wholesaler named as a body, and "the MP" by the post as written', () => {
    expect(sourcesOf('Tembeka Ngcukaitobi SC said the president had misled Parliament.')).toEqual(['Tembeka Ngcukaitobi SC: named']);
    expect(sourcesOf('Femi Falana SAN told reporters that 40 detainees had been freed.')).toEqual(['Femi Falana SAN: named']);
    expect(sourcesOf('The drug wholesaler Bophelo Pharma Distributors said 40 clinics were supplied.')).toEqual([
      'Bophelo Pharma Distributors: organisation',
    ]);
    expect(
      sourcesOf(
        'DA MP Leon Schreiber said 40 files were missing. Mpumalanga Premier Refilwe Mtsweni-Tsipane said the audit found 12 errors. The MP said 30 files had been destroyed.',
      )[2],
    ).toBe('Leon Schreiber: named');
    expect(sourcesOf('Water was cut to 40 schools, a ruling party MP said.')).toEqual(['a ruling party MP: anonymous']);
    expect(sourcesOf('A senior ANC MP said 40 schools had no water.')).toEqual(['A senior ANC MP: anonymous']);
  });

  it('reads a club named with "SC" as a body, and a trade that is a surname as a person when said to be one', () => {
    expect(sourcesOf('Young Africans SC said on Monday 12 players were injured.')).toEqual(['Young Africans SC: organisation']);
    expect(sourcesOf('Mark Carriers, a driver from Boksburg, said 40 taxis were burnt.')).toEqual(['Mark Carriers: named']);
  });

  it('reads a record that contradicts or belies an account as denying it, but not accounts that contradict each other', () => {
    expect(marks("Satellite images contradict the army's account of the strike.")).toEqual([
      'attribution: Satellite images contradict',
      "denial: the army's account of the strike",
    ]);
    expect(marks("The records belie the minister's claim that the road was finished.")[1]).toBe(
      "denial: the minister's claim that the road was finished",
    );
    expect(marks('The two accounts contradict each other.')).toEqual([]);
    expect(marks('The company denied him any pay rise.')).toEqual([]);
    expect(marks('The minister dismissed them as lies.')).toEqual(['attribution: The minister dismissed', 'denial: them as lies']);
  });

  it('reads a report that debunks or rebuts a claim as denying it', () => {
    expect(
      statementsOf("An audit by the Auditor-General's Office debunked the council's claim that the road had been resurfaced."),
    ).toEqual(["denial: the council's claim that the road had been resurfaced"]);
    expect(statementsOf('A study by the university rebutted claims that the bridge was unsafe.')).toEqual([
      'denial: claims that the bridge was unsafe',
    ]);
  });

  it('reads "the Opposition Leader" and "The PAC Commissioner" as the person named with that title before', () => {
    const text = [
      'Opposition Leader Dionne Gittens said the contracts went to party donors.',
      '"There was no emergency," the Opposition Leader said.',
      'PAC Commissioner Lascelles Pottinger said the officers had no reason to fire.',
      'The PAC Commissioner said the commission had taken statements from 11 residents.',
    ].join('\n\n');
    expect(speakersOf(text).map((speaker) => `${speaker.name} | ${speaker.role}`)).toEqual([
      'Dionne Gittens | Opposition Leader',
      'Dionne Gittens | ',
      'Lascelles Pottinger | PAC Commissioner',
      'Lascelles Pottinger | ',
    ]);
  });

  it('reads a dateline with its place in small letters before an agency, an authority\'s Director-General, and "was admitted" as no cue', () => {
    expect(
      sourcesOf(
        'Sufayra, April 12 (Raqim) -- The Medicines and Food Regulatory Authority (MFRA) on Monday dismissed reports of a shortage of insulin.',
      ),
    ).toEqual(['Medicines and Food Regulatory Authority: organisation']);
    expect(speakersOf('MFRA Director-General Dr. Laith Al-Qudah said in a statement that stocks were sufficient.')[0]).toMatchObject({
      name: 'Dr. Laith Al-Qudah',
      role: 'MFRA Director-General',
      sourceType: 'named',
    });
    expect(statementsOf("Shaimaa Abdel-Rahim, a teacher whose mother was admitted on Friday, rejected the company's explanation.")).toEqual(
      ["denial: the company's explanation"],
    );
    expect(sourcesOf("Shaimaa Abdel-Rahim, a teacher whose mother was admitted on Friday, rejected the company's explanation.")).toEqual([
      'Shaimaa Abdel-Rahim: named',
    ]);
  });

  it('reads "the reeve said" as the person the narration titled Reeve before, though they spoke first by surname alone', () => {
    const text =
      'Councillors split three to three before Reeve Halldor Sigurdson voted in favour.\n\n' +
      'In an interview Wednesday, Sigurdson denied having any financial interest in the pit.\n\n' +
      '"Stepan is my wife\'s cousin," the reeve said.';
    expect(sourcesOf(text)).toEqual(['Halldor Sigurdson: named', 'Halldor Sigurdson: named']);
  });

  it('reads one who asked not to be named as an unnamed person, whatever their trade names', () => {
    expect(sourcesOf('A distributor in Sufayra, who asked not to be named, said stocks of insulin were low.')).toEqual([
      'A distributor in Sufayra: anonymous',
    ]);
    expect(sourcesOf('A supplier, speaking on condition of anonymity, said stocks of insulin were low.')).toEqual([
      'A supplier: anonymous',
    ]);
  });

  it('reads what could never have been as an answer, and what would be as none', () => {
    expect(
      statementsOf(
        "Asked about the documents, Al-Hiyari said the first bid had been incomplete under the tender's own rules and could never have been ranked.",
      ),
    ).toEqual(["denial: the first bid had been incomplete under the tender's own rules and could never have been ranked"]);
    expect(statementsOf('Asked about the documents, Al-Hiyari said a hearing would be held in May.')).toEqual([
      'claim: a hearing would be held in May',
    ]);
  });

  it('reads a name with an aside in brackets as no dateline, "The MHA" as a body, and "Reeve" as a title', () => {
    expect(sourcesOf("Tesco (TSCO.L) - Britain's biggest retailer - said on Wednesday its profit rose 10%.")[0]).toMatch(/^Tesco/u);
    expect(sourcesOf('The MHA said in a statement that 12 people had died.')).toEqual(['MHA: organisation']);
    expect(speakersOf('Reeve Halldor Sigurdson said 40 people had died.')[0]).toMatchObject({ name: 'Halldor Sigurdson', role: 'Reeve' });
  });

  it('reads "the mayor said" as no one whose title only names the mayor: "a spokeswoman for the mayor"', () => {
    const text =
      'Ann Ruiz, a spokeswoman for the mayor, attended the meeting.\n\nRuiz said the budget was balanced.\n\n"We have cut 40 posts," the mayor said.';
    expect(sourcesOf(text)).toEqual(['Ann Ruiz: named', 'the mayor: anonymous']);
  });

  it('reads what a circular or a decree says must be done as what it lays down, described by who sent it too', () => {
    expect(
      statementsOf(
        "According to a circular the authority sent to pharmacies on April 6, distributors must report any item whose stock falls below one month's supply.",
      ),
    ).toEqual(["claim: distributors must report any item whose stock falls below one month's supply"]);
    // …but not a report's advice.
    expect(statementsOf('According to a report the ministry sent to MPs, hospitals must hire more nurses.')).toEqual([]);
  });

  it('reads a body that asked not to be named as a body, a dateline in small letters without a date, and a positive "might have" as no answer', () => {
    expect(sourcesOf('A European bank that asked not to be named said profits fell 40% in the first half of the year.')[0]).toMatch(
      /: organisation$/u,
    );
    expect(sourcesOf("Nairobi (Reuters) - Kenya's central bank said inflation rose to 7% in March.")).toEqual([
      "Kenya's central bank: organisation",
    ]);
    expect(sourcesOf('Sufayra, 12 April (Raqim) -- The health ministry said 40 people died in the fire on Monday.')).toEqual([
      'health ministry: organisation',
    ]);
    expect(statementsOf('Asked about the recall, the company said it might have shipped as many as 3,000 faulty units.')).toEqual([
      'claim: it might have shipped as many as 3,000 faulty units',
    ]);
    expect(speakersOf('Deputy Reeve Johnson said 40 people had died in the fire on Monday.')[0]).toMatchObject({
      name: 'Johnson',
      role: 'Deputy Reeve',
    });
    // …and a duty said by one who drafted a rule is theirs, not the rule's.
    expect(statementsOf('According to a lawyer who drafted the decree that created the agency, the board must meet monthly.')).toEqual([]);
  });

  it('keeps a post given in narration for a later "the finance minister said"', () => {
    const text =
      'Tom Okafor, the Minister of Finance, attended the meeting on Monday.\n\nOkafor said the budget was balanced.\n\n"We have cut 40 posts," the finance minister said.';
    expect(sourcesOf(text)).toEqual(['Tom Okafor: named', 'Tom Okafor: named']);
  });
});

describe('what the sixty-ninth and seventieth writers’ tuning articles showed', () => {
  it('reads an accuser who "charged that" something happened, or "charged" after it, and not a charge laid or a price', () => {
    expect(marks('The city prosecutor had charged that Hieu steered the contract to a printing firm.')).toEqual([
      'attribution: The city prosecutor had charged',
      'claim: Hieu steered the contract to a printing firm',
    ]);
    expect(marks('Most owners lost the goods inside, traders at the market have charged.')).toEqual([
      'claim: Most owners lost the goods inside',
      'attribution: traders at the market have charged',
    ]);
    expect(marks('Prosecutors in Halvany charged 11 people on Thursday, among them a former vice-rector.')).toEqual([]);
    expect(marks('Nurses at Ihunde District Hospital have charged women between Sh30,000 and Sh50,000 to deliver.')).toEqual([]);
    expect(marks('The man was arrested on Monday and police charged him with theft.')).toEqual([]);
    expect(marks('He was later charged.')).toEqual([]);
    // …nor a charge made at something, or a battery charged.
    expect(marks('The Lions trailed 14-0 at half-time, then charged back to win 28-17.')).toEqual([]);
    expect(marks('The rhino stood still for a moment, then charged.')).toEqual([]);
    expect(marks('The batteries were flat, so the crew charged them overnight.')).toEqual([]);
    expect(marks('M. K. Duraisingam, the owner of the works, had been charged.')).toEqual([]);
  });

  it('reads a quotation a speaker "observed" as theirs', () => {
    expect(
      marks('"Not one trader at this market received a written notice," observed the association\'s chairperson, Mr Oliver Simbeye.'),
    ).toEqual([
      'claim: Not one trader at this market received a written notice',
      "attribution: observed the association's chairperson, Mr Oliver Simbeye",
    ]);
    expect(marks('Scientists observed the eclipse from three sites in the north.')).toEqual([]);
    expect(marks('The party observed two minutes of silence, then charged ahead with its campaign.')).toEqual([]);
    expect(marks('Prices will rise again next year, she observed.')).toEqual([
      'claim: Prices will rise again next year',
      'attribution: she observed',
    ]);
  });

  it('reads a quotation that opens with a saying in Tok Pisin or Bislama as a saying, unless it goes on to tell what happened', () => {
    expect(marks('"Bus em i laip bilong mipela. When the trees are gone, our grandchildren will have nothing," Kaimbi said.')).toEqual([]);
    expect(marks('"Graon ia hemi mama blong yumi. You do not sell your mother," Naupa said.')).toEqual([]);
    expect(marks('"Sik i no save wet. A sick child cannot wait for a form to be signed," Tolingu said.')).toEqual([]);
    expect(marks('"Mipela i no bin givim tok orait. The company came with two police vehicles," Kaimbi said.')).toEqual([
      'claim: Mipela i no bin givim tok orait. The company came with two police vehicles',
      'attribution: Kaimbi said',
    ]);
    // …nor one whose English reports rather than glosses, nor English with an "I" in it.
    expect(marks('"Em i tru. The logging company has no permit for this land," said Kila Aopi.')).toEqual([
      'claim: Em i tru. The logging company has no permit for this land',
      'attribution: said Kila Aopi',
    ]);
    expect(marks('"I tell em every week. The pumps are broken," said John Kuri.')).toEqual([
      'claim: I tell em every week. The pumps are broken',
      'attribution: said John Kuri',
    ]);
    // (An English "I" in the first sentence is no Tok Pisin.)
    expect(marks('"I saw ol the trucks leave at night. They carried logs," Kaimbi said.')).toEqual([
      'claim: I saw ol the trucks leave at night. They carried logs',
      'attribution: Kaimbi said',
    ]);
  });

  it('reads a gendarmerie and a clan as bodies, a council deliberation as a document and "Immobilier" as a firm', () => {
    expect(sourcesOf('Four activists were held for questioning, the national gendarmerie said in a communiqué.')).toEqual([
      'national gendarmerie: organisation',
    ]);
    expect(sourcesOf('The clan said its land lies outside the permit.')).toEqual(['clan: organisation']);
    expect(sourcesOf('The plots were sold in 2023, a council deliberation seen by ALP shows.')).toEqual(['council deliberation: document']);
    expect(sourcesOf('Sindora Immobilier said it had paid for every plot.')).toEqual(['Sindora Immobilier: organisation']);
  });

  it('reads a minister of state for a portfolio of two words as no person, and an aside on how one spoke as no length', () => {
    expect(sourcesOf('The Minister of State for Territorial Administration, Abdoulaye Kodiébé, said the account was false.')).toEqual([
      'Abdoulaye Kodiébé: named',
    ]);
    expect(
      sourcesOf(
        'The Minister of State for Territorial Administration and spokesman of the transitional government, Mr Abdoulaye Kodiébé, in a statement read on state television on Monday night, said the account was false.',
      ),
    ).toEqual(['Mr Abdoulaye Kodiébé: named']);
    expect(sourcesOf('Secretary of State for Defence John Healey said the account was false.')).toEqual(['John Healey: named']);
  });

  it('reads "averred" and "intimated" after what they report, and "Co." and "Cooperative" as firms', () => {
    expect(marks('The council took the money, villagers in Masankoya have averred.')).toEqual([
      'claim: The council took the money',
      'attribution: villagers in Masankoya have averred',
    ]);
    expect(marks('The chairman spent the fund on his house, Lahai intimated.')).toEqual([
      'claim: The chairman spent the fund on his house',
      'attribution: Lahai intimated',
    ]);
    // (Calling damage, a fire or a leak malicious accuses; it denies nothing.)
    expect(statementsOf('The minister called the leak of the report malicious.')).toEqual([]);
    expect(sourcesOf('Minakuma Electric Power Co. called the claims groundless.')).toEqual(['Minakuma Electric Power Co: organisation']);
    expect(sourcesOf('The fish died of the heat, Akanomi Fisheries Cooperative said.')).toEqual([
      'Akanomi Fisheries Cooperative: organisation',
    ]);
    expect(sourcesOf('The fish died of the heat, Michael Co said.')).toEqual(['Michael Co: named']);
  });

  it('reads a speaker before "has alleged", "posited", an issuer of a signed statement, and a title run into a name', () => {
    expect(
      marks(
        'A contract was awarded without any competitive tender, the Member of Parliament for Yognaayili, Hon. Alhaji Iddrisu Baba Yakubu-Nantogma, has alleged.',
      ),
    ).toEqual([
      'claim: A contract was awarded without any competitive tender',
      'attribution: the Member of Parliament for Yognaayili, Hon. Alhaji Iddrisu Baba Yakubu-Nantogma, has alleged',
    ]);
    expect(marks('Fees were raised twice in 2023, the union has also claimed.')).toEqual([
      'claim: Fees were raised twice in 2023',
      'attribution: the union has also claimed',
    ]);
    expect(marks('The money was spent on roads, Nana Essandoh posited.')).toEqual([
      'claim: The money was spent on roads',
      'attribution: Nana Essandoh posited',
    ]);
    expect(
      sourcesOf(
        'But the Kovidzi Municipal Education Directorate, in a statement signed by the Municipal Director of Education, Mrs Gifty Akpene Adzoyi-Mensah, dismissed the claim as "untrue".',
      ),
    ).toEqual(['Kovidzi Municipal Education Directorate: organisation']);
    // (A person's own statement, signed by a lawyer, is still theirs.)
    expect(sourcesOf('Ama Serwaa Boakye, in a statement signed by her lawyer, dismissed the claim as "untrue".')).toEqual([
      'Ama Serwaa Boakye: named',
    ]);
    expect(statementsOf('The ministry described the allegation as a fabrication.')).toEqual(['denial: the allegation as a fabrication']);
    expect(
      marks(
        'The ministry held back for 14 months a study which found that flats passed 35 degrees, opposition MP for Telok Sepat SMC Heah Soo Ching told Parliament on Tuesday.',
      ),
    ).toEqual([
      'claim: The ministry held back for 14 months a study which found that flats passed 35 degrees',
      'attribution: opposition MP for Telok Sepat SMC Heah Soo Ching told Parliament on Tuesday',
    ]);
  });

  it('reads a report told inside a clause of what the closing speaker says as theirs', () => {
    expect(
      marks(
        'Seventeen children fell ill in May, but the operator told parents only that a stomach bug was going round, parents of children at the centre said on Thursday.',
      ),
    ).toEqual([
      'claim: Seventeen children fell ill in May, but the operator told parents only that a stomach bug was going round',
      'attribution: parents of children at the centre said on Thursday',
    ]);
    expect(
      marks(
        'The board raised the rents of 38 stalls in March, four months after its officers told stallholders that rents would be frozen, a group of hawkers said on Tuesday.',
      ),
    ).toEqual([
      'claim: The board raised the rents of 38 stalls in March, four months after its officers told stallholders that rents would be frozen',
      'attribution: a group of hawkers said on Tuesday',
    ]);
    expect(sourcesOf('Replying in Parliament, Minister Alvin Tng dismissed the suggestion that the study had been hidden.')).toEqual([
      'Alvin Tng: named',
    ]);
  });

  it('leaves a stand said, a plea and faith lost unmarked, and reads a watch as a body', () => {
    expect(
      statementsOf('"We are not against the road. The road is good for everybody. We only want what belongs to us," said Mukandekwe.'),
    ).toEqual([]);
    expect(statementsOf('"We are not against development. We only want our landing back," said Sokhom.')).toEqual([]);
    expect(statementsOf('Farmers said they had little faith in the new date.')).toEqual([]);
    expect(statementsOf('He said the families deserved to be treated with respect.')).toEqual([]);
    // …but not what the stand goes on to report, nor a figure beside a judgement.
    expect(statementsOf('"We are not against mining. But the company took 40 hectares," he said.')).toHaveLength(1);
    expect(statementsOf('"The road is good for everybody, and it cost 4 billion," she said.')).toEqual([
      'claim: The road is good for everybody, and it cost 4 billion',
    ]);
    expect(sourcesOf('Families were kept in debt, Kamlang Labour Watch said in a report released on Thursday.')).toEqual([
      'Kamlang Labour Watch: organisation',
    ]);
  });

  it('reads "was not told" as no cue, a maxim in the past as nothing, and NGOs and services as bodies', () => {
    expect(
      marks(
        "The local council was not told of the board sitting, Hal Kerrem mayor Josianne Cilia, who chairs the council's planning committee, told The Harbour Sentinel.",
      ),
    ).toEqual([
      'claim: The local council was not told of the board sitting',
      "attribution: Hal Kerrem mayor Josianne Cilia, who chairs the council's planning committee, told The Harbour Sentinel",
    ]);
    // (Calling a service unreliable complains of it; it denies nothing.)
    expect(statementsOf('Commuters called the bus service unreliable.')).toEqual([]);
    expect(statementsOf('She added that nobody was above the law.')).toEqual([]);
    expect(sourcesOf('The contract was won fairly, Bellusa Waste Services said in a statement.')).toEqual([
      'Bellusa Waste Services: organisation',
    ]);
    expect(sourcesOf('Workers were charged for beds, Dromos Migrant Support, an NGO that helps workers, said in a statement.')).toEqual([
      'Dromos Migrant Support: organisation',
    ]);
  });

  it('reads a translator\'s note as part of the quotation, "Reached by telephone," as an opener, and a manager\'s post before a name', () => {
    expect(
      marks(
        '"They paid us for the Sundays only once, and only half," (translated), said Marie-Ange Payet-Larue, 44, who has worked on the cleaning line since 2014.',
      ),
    ).toEqual([
      'claim: They paid us for the Sundays only once, and only half',
      'attribution: said Marie-Ange Payet-Larue, 44, who has worked on the cleaning line since 2014',
    ]);
    expect(marks('Reached by telephone on Wednesday, Gopee-Laurent said the contract had been awarded by a tender board.')).toEqual([
      'attribution: Gopee-Laurent said',
      'claim: the contract had been awarded by a tender board',
    ]);
    expect(marks('Contacted by this newspaper, Mr Vella said the works had stopped.')).toEqual([
      'attribution: Mr Vella said',
      'claim: the works had stopped',
    ]);
    expect(sourcesOf("The company's Finance Manager, Christophe Barbe, dismissed the claims as false.")).toEqual([
      'Christophe Barbe: named',
    ]);
    // (…but a surname that is a post's word is a name: "Paul Manager, a farmer".)
    expect(sourcesOf('Paul Manager, a farmer, said the crop failed.')).toEqual(['Paul Manager: named']);
  });
});

describe('sources and cues of Gambian and Armenian-style copy', () => {
  it('reads a grievance "she lamented" as a cue, and what it quotes as a claim, whatever negation it holds', () => {
    expect(
      marks(
        'Kaddy Jatta chairs the growers. "We were not called to any meeting. Nobody asked the women before the fields were sold," she lamented.',
      ),
    ).toEqual([
      'claim: We were not called to any meeting. Nobody asked the women before the fields were sold',
      'attribution: she lamented',
    ]);
  });

  it('reads "according to him" as "he said": the person who spoke last', () => {
    expect(
      sourcesOf(
        'Momodou Jobe, the council chairman, said the stalls were ordered in May. The council had received D850,000 from the vendors, according to him.',
      ),
    ).toEqual(['Momodou Jobe: named', 'Momodou Jobe: named']);
  });

  it('reads "The Alkalo of Kasamori, Ebrima Touray," as a person with a village head\'s title', () => {
    expect(sourcesOf('The Alkalo of Kasamori, Ebrima Touray, said the lease was signed in April.')).toEqual(['Ebrima Touray: named']);
  });

  it('reads what "does not correspond to reality" as a denial', () => {
    expect(
      marks(
        "Residents said the road was never repaired. The head of the community, Gagik Ter-Avetyan, told Lusarar News that the residents' allegations do not correspond to reality.",
      ),
    ).toEqual([
      'attribution: Residents said',
      'claim: the road was never repaired',
      'attribution: The head of the community, Gagik Ter-Avetyan, told Lusarar News',
      "denial: the residents' allegations do not correspond to reality",
    ]);
  });

  it('reads a passive "was told" as no cue, what the hearer was told theirs to report, unless an outlet was told', () => {
    expect(marks('She came to bring him food and was told he was being processed.')).toEqual([]);
    expect(marks('Several homeowners had been told by the agency that their roofs were next.')).toEqual([]);
    expect(marks('Sipho Dlamini was told by doctors that his son had died.')).toEqual([]);
    expect(marks('The Herald was told that the minister had resigned.')).toEqual([
      'attribution: The Herald was told',
      'claim: the minister had resigned',
    ]);
  });

  it('reads what one "complained" as it reads: a denial stays one', () => {
    expect(marks('"I never took the money," he complained.')).toEqual(['denial: I never took the money', 'attribution: he complained']);
  });

  it('reads "the statement said" as a document when no one said anything in one, not whoever was named last', () => {
    expect(
      sourcesOf(
        'Momodou Jobe, a trader, said the stalls were sold. The Gambia Ports Authority published a statement on Monday. The statement said the stalls were legal.',
      ),
    ).toEqual(['Momodou Jobe: named', 'statement: document']);
  });

  it('reads "the statement said" as whoever said something in one, the statement named before the speaker too', () => {
    expect(
      sourcesOf('In its statement, the union said 300 workers were affected. The statement said talks had failed.').map((source) =>
        source.replace(/^the /u, ''),
      ),
    ).toEqual(['union: organisation', 'union: organisation']);
  });

  it('reads "according to the press release" and "the reply said" as whoever issued them', () => {
    expect(
      sourcesOf(
        'Kotaraun Trading said in a written reply that the sale was legal. The reply said the council had agreed. The Secretariat of State said in a press release that rice had arrived. According to the press release, 2,000 tonnes had come.',
      ),
    ).toEqual([
      'Kotaraun Trading: organisation',
      'Kotaraun Trading: organisation',
      'Secretariat of State: organisation',
      'Secretariat of State: organisation',
    ]);
  });

  it('reads "the statement said" and "according to the statement" as whoever issued it, not a document', () => {
    expect(
      sourcesOf(
        'The Ministry of Health said in a statement on Monday that the clinic was open. Nurses said the beds were old. The statement said 40 nurses had been hired. According to the statement, the beds were new.',
      ),
    ).toEqual([
      'Ministry of Health: organisation',
      'Nurses: anonymous',
      'Ministry of Health: organisation',
      'Ministry of Health: organisation',
    ]);
  });
});

describe('documents described at length after the statement', () => {
  it('reads a copy of a document, or records without an article, seen or tabled by someone, as the source after a statement', () => {
    expect(marks('The company pays 1.8 million a year, a copy of the lease seen by the Tarkeli Times shows.')).toEqual([
      'claim: The company pays 1.8 million a year',
      'attribution: a copy of the lease seen by the Tarkeli Times shows',
    ]);
    expect(
      marks(
        "The executive voted to build the car park on October 14, minutes of the council's executive meeting, seen by Kolapress, show.",
      ),
    ).toEqual([
      'claim: The executive voted to build the car park on October 14',
      "attribution: minutes of the council's executive meeting, seen by Kolapress, show",
    ]);
    expect(
      marks('Payments were collected twice on 11 days in March, receipts collected by the association and seen by the Ledger show.'),
    ).toEqual([
      'claim: Payments were collected twice on 11 days in March',
      'attribution: receipts collected by the association and seen by the Ledger show',
    ]);
    // Not a time, a participle, what a preposition opens, nor a thing with a clause about it.
    for (const sentence of [
      'The mayor resigned on Tuesday evening, minutes after councillors from his own party in the northern wards said he must go.',
      'The president stood firm, ruling out a deal that opposition leaders in parliament had said they would accept.',
      'The ceasefire appeared to hold on Sunday, despite reports of sporadic shelling that residents of the eastern district said continued overnight.',
      'The board was warned about the loan in April, a note of caution that the auditors and two board members later said was ignored.',
      'The suspect confessed twice, statements to police that his lawyers and a psychiatrist for the defence later said were coerced.',
    ])
      expect(marks(sentence)).toEqual([]);
  });
});

describe('sources of Maldivian-style copy', () => {
  it('reads a month after "until" or "since" as no name, and a hospitality or resorts company as a body', () => {
    expect(
      sourcesOf(
        'The pumps had been switched off for two weeks, an engineer who worked at the plant until May, who requested anonymity, said.',
      ),
    ).toEqual(['an engineer who worked at the plant until May: anonymous']);
    expect(sourcesOf('Lhaviru Hospitality, in a statement sent to the paper on Saturday, described the allegations as baseless.')).toEqual([
      'Lhaviru Hospitality: organisation',
    ]);
    expect(sourcesOf('The pumps had been switched off, Kandu Resorts said.')).toEqual(['Kandu Resorts: organisation']);
  });
});

describe('cues of Haitian-style copy, reported in the present tense', () => {
  it('reads "assures", "replies" and "specifies" as cues, after a quotation or with a plain clause', () => {
    expect(marks('"Not one gourde of the aid passed through my office," Carmelus assures.')).toEqual([
      'claim: Not one gourde of the aid passed through my office',
      'attribution: Carmelus assures',
    ]);
    expect(statementsOf('Jeudinor replies the committee was never told of a limit of 126 families.')).toEqual([
      'claim: the committee was never told of a limit of 126 families',
    ]);
    expect(statementsOf('He specifies the sluice gate at the dam has been broken since the floods of 2023.')).toEqual([
      'claim: the sluice gate at the dam has been broken since the floods of 2023',
    ]);
    expect(marks('The government assures the public of its support.')).toEqual([]);
    expect(marks('She replies to every letter.')).toEqual([]);
    expect(marks('She noted the progress of the talks in March.')).toEqual([]);
    // Not a phrase with a clause about it, nor those reassured.
    expect(marks('He explained the role of the committee he had chaired for ten years.')).toEqual([]);
    expect(marks('The minister noted the progress of the talks the parties had held in Geneva.')).toEqual([]);
    expect(marks('He assured the residents of the area the water was safe to drink.')).toEqual([]);
    expect(marks('The opposition denounces the decision that the council took on Monday.')).toEqual([]);
  });

  it('reads a word in -s after an article, a possessive or a count as a plural noun, not a cue', () => {
    expect(marks('The answers that the ministry gave to parliament were incomplete, he said.')).toEqual([
      'claim: The answers that the ministry gave to parliament were incomplete',
      'attribution: he said',
    ]);
    expect(marks('In the United States there are more than 4,000 Haitian doctors.')).toEqual([]);
    expect(marks('The notes he had taken during the meeting were later lost in the fire.')).toEqual([]);
    expect(marks('The ministry has not answered our questions, despite several replies.')).toEqual([]);
  });

  it('reads "said on the airwaves of" a station as where it was said', () => {
    expect(
      marks("The canal carries no water to the rice fields, the farmers' association said on the airwaves of Radio Sonavel on Friday."),
    ).toEqual([
      'claim: The canal carries no water to the rice fields',
      "attribution: the farmers' association said on the airwaves of Radio Sonavel on Friday",
    ]);
  });
});

describe('sources and cues of Iraqi-style and Eastern Caribbean copy', () => {
  it('reads a statement before "said on Monday in a statement received by" an agency, and a source "who preferred not to be named"', () => {
    expect(
      marks(
        'The farmers were not paid for 180,000 tonnes of wheat, the union said on Monday in a statement received by Samhara News Agency.',
      ),
    ).toEqual([
      'claim: The farmers were not paid for 180,000 tonnes of wheat',
      'attribution: the union said on Monday in a statement received by Samhara News Agency',
    ]);
    expect(
      marks('The ponds cover about 600 dunams, a source in the agriculture division who preferred not to be named told Al-Faseel.'),
    ).toEqual([
      'claim: The ponds cover about 600 dunams',
      'attribution: a source in the agriculture division who preferred not to be named told Al-Faseel',
    ]);
    expect(sourcesOf('A source in the ministry who preferred not to be named told the agency that the money had been spent.')).toEqual([
      'A source in the ministry who preferred not to be named: anonymous',
    ]);
  });

  it('reads "noted", "answered" and "stated" with a plain clause, not with an object', () => {
    expect(statementsOf('She noted Cabinet had approved an additional XCD 450,000 for the rebate on 2 October.')).toEqual([
      'claim: Cabinet had approved an additional XCD 450,000 for the rebate on 2 October',
    ]);
    expect(statementsOf('Leguerre answered the division had made the same promise in August.')).toEqual([
      'claim: the division had made the same promise in August',
    ]);
    expect(statementsOf('The release stated the Investment Unit is audited every year by an independent firm.')).toEqual([
      'claim: the Investment Unit is audited every year by an independent firm',
    ]);
    expect(marks('He explained the rules to the new members.')).toEqual([]);
    expect(marks('She stressed the importance of the vote.')).toEqual([]);
    // …nor an object with a clause inside it.
    expect(marks('She noted the progress the country had made since 2019.')).toEqual([]);
    expect(marks('The president stressed the role women had played in the liberation war.')).toEqual([]);
    expect(marks('The report revealed the names officials had tried to hide.')).toEqual([]);
  });

  it('reads "nothing could be further from the truth" and setting "the record straight" as denials', () => {
    expect(
      statementsOf('"The ministry wishes to set the record straight. The fuel rebate programme has not been stopped," the release said.'),
    ).toEqual(['denial: The ministry wishes to set the record straight. The fuel rebate programme has not been stopped']);
    expect(
      statementsOf('"Nothing could be further from the truth. Not one dollar has been used to pay salaries," Mavrice told reporters.'),
    ).toEqual(['denial: Nothing could be further from the truth. Not one dollar has been used to pay salaries']);
    // Not a promise to set it straight, nor one figure further from the truth than another.
    // (A pledge with no date or figure is not marked at all.)
    expect(statementsOf('The minister said he would set the record straight on the contract when he appears before Parliament.')).toEqual(
      [],
    );
    expect(
      statementsOf("The official estimate of 2,000 deaths is further from the truth than the opposition's figure, the researchers said."),
    ).toEqual(["claim: The official estimate of 2,000 deaths is further from the truth than the opposition's figure"]);
  });
});

describe('cues of copy translated from French', () => {
  it('reads "affirmed", "declared", "deplored" and "let it be known" with "that", and "indicated" and "declared" after the statement', () => {
    expect(marks('The mayor affirmed that the list had been posted for two weeks.')).toEqual([
      'attribution: The mayor affirmed',
      'claim: the list had been posted for two weeks',
    ]);
    expect(statementsOf('He let it be known that the town hall had paid 40 traders in March.')).toEqual([
      'claim: the town hall had paid 40 traders in March',
    ]);
    expect(statementsOf('The minister deplored that 40 schools had no teachers.')).toEqual(['claim: 40 schools had no teachers']);
    expect(marks('The sacks were sold at the weekly market in March, the growers indicated.')).toEqual([
      'claim: The sacks were sold at the weekly market in March',
      'attribution: the growers indicated',
    ]);
    expect(statementsOf('The rice was handed out on 3 March, the prefect declared.')).toEqual([
      'claim: The rice was handed out on 3 March',
    ]);
    // A quotation carried on is still said.
    expect(marks('“We waited six hours at the checkpoint,” he continued.')).toEqual([
      'claim: We waited six hours at the checkpoint',
      'attribution: he continued',
    ]);
    // Not a state declared, nor a change that went on, nor a clause of time or comparison before the verb.
    expect(marks('The council declared a state of emergency on Monday.')).toEqual([]);
    expect(marks('Exports fell by 20% in March, and the decline continued in April.')).toEqual([]);
    expect(marks('Exports fell 8 percent last year, the fall continued.')).toEqual([]);
    // (…but a person's words carried on are theirs: "…, he continued.")
    expect(statementsOf('Not one of the 31 families who farm the valley has been compensated, he continued.')).toEqual([
      'claim: Not one of the 31 families who farm the valley has been compensated',
    ]);
    expect(marks('More than 2,000 people fled their homes on Sunday, as the fighting continued.')).toEqual([]);
    expect(marks('Exports fell 8 percent last year, a trend that continued.')).toEqual([]);
    expect(marks('Three people were killed in the clashes, before a ceasefire was declared.')).toEqual([]);
    expect(marks('The country has 14 provinces and 3 autonomous regions, a status it declared in 2006.')).toEqual([]);
    expect(marks('The road between Kisangani and Bunia is closed, as indicated on the map.')).toEqual([]);
  });

  it('reads an account "denounced as" a smear as denied, and what is denounced with "that" as a claim', () => {
    expect(
      statementsOf(
        "The manager, Yemalin Houedanou, denounced the mayor's account as a smear campaign meant to hide the debts of the commune.",
      ),
    ).toEqual(["denial: the mayor's account as a smear campaign meant to hide the debts of the commune"]);
    expect(statementsOf('The union denounced that 40 workers had been sacked.')).toEqual(['claim: 40 workers had been sacked']);
    expect(marks('The union denounced the sacking of 40 workers.')).toEqual([]);
  });
});

describe('sources and cues of Moldovan, Botswana, Albanian and Mozambican-style copy', () => {
  it('reads "specified" and "mentioned" as cues, with "that" or after the statement, not "mentioned" with an object', () => {
    expect(statementsOf('He specified that the company had replaced 1.2 kilometres of pipe in November.')).toEqual([
      'claim: the company had replaced 1.2 kilometres of pipe in November',
    ]);
    expect(statementsOf('The pump was installed in May, the director mentioned.')).toEqual(['claim: The pump was installed in May']);
    expect(statementsOf('He mentioned the budget in his speech.')).toEqual([]);
  });

  it('reads a forecast "by the end of" a month as one with a date to check it by', () => {
    expect(statementsOf('The works on the upper streets will be finished by the end of July, the mayor said.')).toEqual([
      'claim: The works on the upper streets will be finished by the end of July',
    ]);
  });

  it('reads a payment order and an approval letter as documents, by what they are, not who received them or what month', () => {
    expect(
      sourcesOf(
        'A payment order dated October 28, a copy of which was seen by this newspaper, shows that the mayoralty paid MDL 1.4 million.',
      ),
    ).toEqual(['payment order: document']);
    expect(
      sourcesOf('The approval letter received by Vatamaniuc, a copy of which was seen by Lunca Press, states that the money was paid.'),
    ).toEqual(['approval letter: document']);
    expect(sourcesOf('Pay slips for February and March shown to this newspaper by four workers list deductions of MDL 900.')).toEqual([
      'Pay slips: document',
    ]);
    expect(sourcesOf('The agreement reached on Monday said the strike would end on Friday, March 3.')).toEqual(['agreement: document']);
    // (…but an order of nuns is none, nor a person appointed by a court's.)
    expect(sourcesOf('The order of nuns said the convent had been sold.')).toEqual(['The order of nuns: anonymous']);
    expect(sourcesOf('A receiver appointed under court order said the company owed creditors 4 million dollars.')).toEqual([
      'A receiver appointed under court order: anonymous',
    ]);
  });

  it('reads a party faction in parliament as that faction, a body', () => {
    expect(
      sourcesOf('The Patria Union Bloc faction in parliament said in a statement on Monday that the ministry had not paid the farmers.'),
    ).toEqual(['Patria Union Bloc faction: organisation']);
  });
});

describe('sources and cues of South Sudanese and Lao-style copy', () => {
  it('reads accusations described as baseless propaganda as denied, with the noun they are called and what it says of them', () => {
    expect(
      statementsOf('The commissioner described the accusations as baseless propaganda meant to divide the communities of the county.'),
    ).toEqual(['denial: the accusations as baseless propaganda meant to divide the communities of the county']);
    // (…but not a clause of its own after it: an admission, the evidence against, a statement joined on.)
    for (const text of [
      'The spokesman described the accusations as false though he admitted that 14 soldiers had been disciplined.',
      'The governor described the reports as false even though the audit confirmed them.',
      'The governor described the reports as baseless in a statement that also said 14 soldiers had been disciplined.',
    ])
      expect(statementsOf(text)[0]).toMatch(/^denial: the (?:accusations|reports) as (?:false|baseless)$/u);
  });

  it('reads "not in line with the facts" as a denial', () => {
    expect(
      statementsOf(
        'The deputy governor told reporters that the claim that the dam had caused all of the flooding was not in line with the facts.',
      ),
    ).toEqual(['denial: the claim that the dam had caused all of the flooding was not in line with the facts']);
  });

  it('reads those told on the sidelines of a meeting as part of the attribution', () => {
    expect(
      marks(
        'The governor of Sengsavang district, Vilayphone Douangmala, told reporters on the sidelines of a meeting of the provincial party committee on Friday that the company had been given the land legally.',
      ),
    ).toEqual([
      'attribution: The governor of Sengsavang district, Vilayphone Douangmala, told reporters on the sidelines of a meeting of the provincial party committee on Friday',
      'claim: the company had been given the land legally',
    ]);
  });

  it('reads a case file opened somewhere as a document named for what it is, not the rank and file', () => {
    expect(
      sourcesOf(
        'A police case file opened at Nyarkuach on 14 November, a copy of which was seen by this paper, shows that three men were arrested.',
      ),
    ).toEqual(['police case file: document']);
    expect(sourcesOf('A report opened to the public on Monday shows that three men were arrested.')).toEqual(['report: document']);
    expect(sourcesOf('The rank and file of the party said the party had lost its way.')).not.toContain(
      'rank and file of the party: document',
    );
  });

  it('reads a document described at length by its date or how it came out as the source, and no noun that finds its way or shows how', () => {
    expect(
      marks(
        "An inspection report by the ministry's coastal engineers, dated 3 September and seen by the Karoaki Times, says the concrete was weaker than the contract required.",
      ),
    ).toEqual([
      "attribution: An inspection report by the ministry's coastal engineers, dated 3 September and seen by the Karoaki Times, says",
      'claim: the concrete was weaker than the contract required',
    ]);
    expect(
      marks(
        'A stock list the clinic sent to the capital on 4 July, read out by Selumo on the programme, shows the clinic held no amoxicillin at that date.',
      ),
    ).toEqual([
      'attribution: A stock list the clinic sent to the capital on 4 July, read out by Selumo on the programme, shows',
      'claim: the clinic held no amoxicillin at that date',
    ]);
    expect(marks('The requirement found its way into the final bill, Ms Lind said.')).toEqual([
      'claim: The requirement found its way into the final bill',
      'attribution: Ms Lind said',
    ]);
    expect(marks('The new requirement shows how seriously the council takes safety at the port.')).toEqual([]);
    // A newspaper that speaks is no document.
    expect(sourcesOf('The paper said it had corrected the error in its Monday edition.')).not.toContain('paper: document');
  });

  it('keeps what a letter received says inside the report, but reads "saying" after a speaker as their own', () => {
    expect(
      marks(
        'The mayor told the station that the council had written to the ministry four times and had received one reply, in May, saying the money was "being processed" by the finance ministry.',
      ),
    ).toEqual([
      'attribution: The mayor told the station',
      'claim: the council had written to the ministry four times and had received one reply, in May, saying the money was "being processed" by the finance ministry',
    ]);
    expect(marks('The minister rejected the report, saying the money had been paid in March.')).toContain('attribution: saying');
  });

  it('reads the verbs of copy translated from Spanish, and a talk with an outlet as part of the attribution', () => {
    expect(
      marks(
        'The president of the association, Eustosio Ledesmar, in dialogue with Radio Yvapeju, manifested that the dredge dumps the mud a few metres from the bank.',
      ),
    ).toEqual([
      'attribution: The president of the association, Eustosio Ledesmar, in dialogue with Radio Yvapeju, manifested',
      'claim: the dredge dumps the mud a few metres from the bank',
    ]);
    expect(marks('"In one morning we pulled out more than 300 kilos of dead fish," Ledesmar expressed.')).toEqual([
      'claim: In one morning we pulled out more than 300 kilos of dead fish',
      'attribution: Ledesmar expressed',
    ]);
    expect(
      marks(
        'Honano Estigarrena, a councillor, expressed in dialogue with the station that the council had approved the payroll in December.',
      ),
    ).toEqual([
      'attribution: Honano Estigarrena, a councillor, expressed in dialogue with the station',
      'claim: the council had approved the payroll in December',
    ]);
    // A feeling expressed is no report.
    expect(marks('She expressed her thanks to the workers who had rebuilt the school.')).toEqual([]);
    // …nor a doubt: what she doubts is not her claim.
    expect(marks('Ms Lind expressed doubt that the figures were accurate.')).toEqual([]);
    expect(marks('The Ministry of Tourism clarified in a note that the project has all its permits.')).toEqual([
      'attribution: The Ministry of Tourism clarified in a note',
      'claim: the project has all its permits',
    ]);
    expect(marks('The minister wanted to clarify the rules for the new permits.')).toEqual([]);
  });

  it('reads "described as false the claim that…" as a denial of the claim', () => {
    expect(marks('He described as false the claim that mud is dumped near the bank.')).toEqual([
      'attribution: He described as false',
      'denial: the claim that mud is dumped near the bank',
    ]);
  });

  it('reads guaranies written "Gs." inside a sentence, payment orders as a record, and a communiqué as a channel', () => {
    expect(
      marks(
        'Payment orders of the municipality, seen by Ykuapora Digital, show the last of five payments, of Gs. 1.120.000.000, was made on 14 February.',
      ),
    ).toEqual([
      'attribution: Payment orders of the municipality, seen by Ykuapora Digital, show',
      'claim: the last of five payments, of Gs. 1.120.000.000, was made on 14 February',
    ]);
    expect(marks('The ministry said in a communiqué the contract had been awarded "in full respect of the procurement code".')).toEqual([
      'attribution: The ministry said in a communiqué',
      'claim: the contract had been awarded "in full respect of the procurement code"',
    ]);
  });

  it('reads a statement before its speaker when what happened before it was said runs long after the cue', () => {
    expect(
      marks(
        'A gang collected a weekly fee of L 500 from every bus for more than two years, the police said on Monday after six suspects were arrested in dawn raids on four houses in the Tizatal district.',
      ),
    ).toEqual([
      'claim: A gang collected a weekly fee of L 500 from every bus for more than two years',
      'attribution: the police said on Monday',
    ]);
    // A short one stays in the attribution, as when it was said.
    expect(marks('The three schools would close in July, parents said on Wednesday night after councillors voted to shut them.')).toEqual([
      'claim: The three schools would close in July',
      'attribution: parents said on Wednesday night after councillors voted to shut them',
    ]);
  });

  it("reads the prosecution's requirement as a document", () => {
    expect(
      sourcesOf('According to the requirement filed by the prosecution, the suspects face charges of extortion and illicit association.'),
    ).toEqual(['requirement filed by the prosecution: document']);
  });

  it('calls a speaker by a title given after a dateline, a translated police rank, and not by how they were reached', () => {
    expect(
      speakersOf(
        'ZOMPOPAL - The mayor of Zompopal, Orlindo Valladarez, sold 180 hectares of common land, the Public Ministry said on Thursday.\n\n' +
          'Valladarez, consulted by the newspaper, rejected the charges. "The accusation is a political manoeuvre by my opponents," the mayor said.',
      ).map((speaker) => `${speaker.name} [${speaker.role}]`),
    ).toEqual(['Public Ministry []', 'Orlindo Valladarez []', 'Orlindo Valladarez []']);
    expect(
      speakersOf(
        'Sub-commissioner Nelbin Funezco, spokesman of the police, told Radio Cumbrera that the drivers paid L 95,000 a week.\n\n' +
          '"Of the nine members, three are still at large," the sub-commissioner added.',
      ).map((speaker) => speaker.name),
    ).toEqual(['Nelbin Funezco', 'Nelbin Funezco']);
  });

  it("counts a place's name of several words as one in the length of a speaker after the statement", () => {
    expect(
      marks(
        'The town hall has paid RD$38.5 million since January to a private company, four council members of the municipality of Loma Quemadilla said.',
      ),
    ).toEqual([
      'claim: The town hall has paid RD$38.5 million since January to a private company',
      'attribution: four council members of the municipality of Loma Quemadilla said',
    ]);
  });

  it('reads a speaker after the verb whatever a relative clause says of them, and a role by whose it is', () => {
    expect(
      marks(
        'Other clubs had questioned his eligibility in letters to the league in November, said a league official who was not authorised to discuss the letters publicly.',
      ),
    ).toEqual([
      'claim: Other clubs had questioned his eligibility in letters to the league in November',
      'attribution: said a league official who was not authorised to discuss the letters',
    ]);
    expect(marks('Two fishermen have filed a complaint with the commissioner, said their lawyer, Ovila Eisnor.')).toEqual([
      'claim: Two fishermen have filed a complaint with the commissioner',
      'attribution: said their lawyer, Ovila Eisnor',
    ]);
    // Many of them, or one whose role is named only by the name after it.
    expect(marks('The lifts had been broken for six weeks, said their lawyers.')).toEqual([
      'claim: The lifts had been broken for six weeks',
      'attribution: said their lawyers',
    ]);
    expect(marks('The lifts had been broken for six weeks, said their landlord, Ruth Kale.')).toEqual([
      'claim: The lifts had been broken for six weeks',
      'attribution: said their landlord, Ruth Kale',
    ]);
    // Her client is what she says, not who: the lawyer denies it.
    expect(statementsOf('Ana Ruiz, a lawyer for Oskar Vidal, said her client never signed the lease.')).toEqual([
      'denial: her client never signed the lease',
    ]);
  });

  it('never takes a clause closed by a comma before the verb as its speaker', () => {
    // Each of these read "<statement>, said" as the speaker and what follows the verb as the statement.
    for (const text of [
      'Other clubs had written letters to the league in November, said a league official who was not authorised to speak.',
      'The pumps had failed twice in March, said a worker at the station, who asked that her name be withheld because she feared for her job.',
    ])
      expect(marks(text)[0]).toMatch(/^claim: (?:Other clubs|The pumps)/u);
  });

  it('reads what minutes record, a thing or a clause, and a figure a list shows "at least"', () => {
    expect(
      marks(
        "The minutes of the market committee's meeting of August 12, which the Herald has seen, record the allocation of stalls 1 to 96 without a ballot.",
      ),
    ).toEqual([
      "attribution: The minutes of the market committee's meeting of August 12, which the Herald has seen, record",
      'claim: the allocation of stalls 1 to 96 without a ballot',
    ]);
    expect(statementsOf('The minutes of the meeting record that the vote was unanimous.')).toEqual(['claim: the vote was unanimous']);
    expect(statementsOf('The minutes recorded that the vote was unanimous.')).toEqual(['claim: the vote was unanimous']);
    expect(statementsOf('The final allocation list shows at least nine flats given to people with the same home address.')).toEqual([
      'claim: at least nine flats given to people with the same home address',
    ]);
    // A record, a farmer or a noun: nothing reported.
    for (const text of [
      'Exports reached a record 40 percent of output last year.',
      'Farmers who record their herds receive a subsidy of K400.',
      'Residents record the water levels every morning.',
    ])
      expect(marks(text)).toEqual([]);
  });

  it('reads "had enough" of supplies as a statement and "had enough" of a thing as a feeling', () => {
    expect(statementsOf('The ministry said that its hospitals had enough insulin for all patients.')).toEqual([
      'claim: its hospitals had enough insulin for all patients',
    ]);
    expect(statementsOf('"We have had enough," said Mary Bell, a resident.')).toEqual([]);
    expect(statementsOf('"People here have had enough of the smoke," said Mary Bell, a resident.')).toEqual([]);
    expect(statementsOf('The ministry said its clinics had enough of the new drug to last the winter.')).toEqual([
      'claim: its clinics had enough of the new drug to last the winter',
    ]);
  });

  it("reads a plan due before the end of a month, from a day, or at a month's meeting as one to check", () => {
    expect(statementsOf('He said tenders for construction would be invited before the end of April.')).toEqual([
      'claim: tenders for construction would be invited before the end of April',
    ]);
    expect(statementsOf('She said Homer Ashcraft will serve as interim superintendent starting Wednesday.')).toEqual([
      'claim: Homer Ashcraft will serve as interim superintendent starting Wednesday',
    ]);
    expect(statementsOf("The chair told the Leader the quarry would be on the agenda of the council's March meeting.")).toEqual([
      "claim: the quarry would be on the agenda of the council's March meeting",
    ]);
    expect(statementsOf('He said the bridge would stay closed until the end of the year.')).toEqual([
      'claim: the bridge would stay closed until the end of the year',
    ]);
    expect(statementsOf('She said the new timetable would take effect as of Monday.')).toEqual([
      'claim: the new timetable would take effect as of Monday',
    ]);
    expect(statementsOf('He said tenders for construction would be invited soon.')).toEqual([]);
    // A wish with a date is still a wish.
    expect(statementsOf('The mayor said she would love to see the road reopen before the end of March.')).toEqual([]);
  });

  it('reads a statement before a source described at length: why they are not named, a figure first, a copy of a deed', () => {
    expect(marks('Brokers waited up to four months for their papers, two former clerks, who asked not to be named, said.')).toEqual([
      'claim: Brokers waited up to four months for their papers',
      'attribution: two former clerks, who asked not to be named, said',
    ]);
    expect(
      marks(
        "At least 11 farming households have stopped planting on fields next to the site, according to the Meiyuan Farmers' Association.",
      ),
    ).toEqual([
      'claim: At least 11 farming households have stopped planting on fields next to the site',
      "attribution: according to the Meiyuan Farmers' Association",
    ]);
    expect(marks('The land sold in 2021 is a single plot along the road, a copy of the sale deed seen by this newspaper shows.')).toEqual([
      'claim: The land sold in 2021 is a single plot along the road',
      'attribution: a copy of the sale deed seen by this newspaper shows',
    ]);
    expect(marks('Brokers waited up to four months for their papers, two clerks, speaking on condition of anonymity, said.')).toEqual([
      'claim: Brokers waited up to four months for their papers',
      'attribution: two clerks, speaking on condition of anonymity, said',
    ]);
    expect(statementsOf("The land is a single plot along the road, a copy of the mayor's letter seen by this newspaper shows.")).toEqual([
      'claim: The land is a single plot along the road',
    ]);
    // A time before the source is still no statement.
    expect(statementsOf('At least once a year, according to the ministry, the road floods.')).not.toContain('claim: At least once a year');
    expect(statementsOf('At least until the bridge is repaired, according to the council, the ferry will run every hour.')).not.toContain(
      'claim: At least until the bridge is repaired',
    );
  });

  it('reads help that never came, from whoever it was, as a complaint, not a denial', () => {
    expect(statementsOf('"Nobody from the harbour or the council has come down to the quay to ask us anything," he said.')).toEqual([
      'claim: Nobody from the harbour or the council has come down to the quay to ask us anything',
    ]);
    // Where someone was, answered by the accused, still denies.
    expect(statementsOf('"Nobody from the company was on the site that night," the contractor said.')).toEqual([
      'denial: Nobody from the company was on the site that night',
    ]);
  });

  it('reads who received a letter as where the statement was made', () => {
    expect(
      marks(
        'About 1,300 marketers have paid L$150 a day on top of the fee, the association said in a letter to the City Mayor dated April 3.',
      ),
    ).toEqual([
      'claim: About 1,300 marketers have paid L$150 a day on top of the fee',
      'attribution: the association said in a letter to the City Mayor dated April 3',
    ]);
  });
});
