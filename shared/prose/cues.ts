/**
 * The words the reading of reported speech (reportedSpeech.ts, speakers.ts)
 * looks for, as tables so they read (and grow) without touching the rules
 * themselves. Everything is matched whole-word and
 * case-insensitively.
 */

/** Verbs that report speech on their own: "said the plan would fail", "told reporters". */
export const plainReportingVerbs: readonly string[] = ['said', 'says', 'say', 'told', 'tells', 'added', 'adds'];

/**
 * Verbs that report speech only with "that" or a quotation after them:
 * "warned that the silt…", but not "announced a protest".
 */
export const reportingVerbs: readonly string[] = [
  // "informed that 41 units had been inspected", as South Asian copy reports an official's statement.
  'informed',
  // What a record holds, said by the record only: "A register kept by the clinic lists 11 groups…".
  'lists',
  'records',
  // …and what records hold, said by several: "Pay slips shown to the paper list deductions of…", "The minutes record…".
  'list',
  'record',
  'recorded',
  // A court's finding, read after what it found only (see `verbsAfterStatement`).
  'ruled',
  'stated',
  'states',
  'claimed',
  'claims',
  'announced',
  'announces',
  'insisted',
  'insists',
  'argued',
  'argues',
  'warned',
  'warns',
  'explained',
  'explains',
  'wrote',
  'writes',
  'noted',
  'notes',
  'confirmed',
  'confirms',
  'admitted',
  'admits',
  'acknowledged',
  'maintained',
  'maintains',
  // …and what many maintain: "The police maintain that the officers fired only after they were shot at."
  'maintain',
  'alleged',
  'alleges',
  'asserted',
  // West African copy's "averred", "intimated" and "posited": "…, villagers in Masankoya have averred.", "Hon. Boadu
  // posited: …"
  'averred',
  'avers',
  'intimated',
  'intimates',
  'posited',
  'posits',
  'reported',
  'described',
  'describes',
  'predicted',
  'estimated',
  'revealed',
  'reveals',
  'disclosed',
  'discloses',
  'stressed',
  'stresses',
  'emphasised',
  'emphasized',
  // As copy translated from Romanian and Russian reports a detail: "He specified that…", "…, the mayor mentioned."
  'specified',
  'specifies',
  'mentioned',
  'mentions',
  'pointed out',
  // …and what a ministry points out in the present, as agency copy translated from the Balkans has it: "The ministry
  // points out that the bonus is paid by the municipalities."
  'points out',
  'recalled',
  'testified',
  // Evidence given at an inquest or a trial: "His wife gave evidence that…".
  'gave evidence',
  'conceded',
  'concedes',
  // A witness's admission, with its "that": "He agreed that no inspection was recorded" (not "agreed to pay").
  'agreed',
  'accepted',
  'reiterated',
  'replied',
  // …and an answer given in a court or a council: "Fonkeng answered that the contract…".
  'answered',
  'responded',
  'countered',
  'counters',
  'complained',
  // A grievance with its quotation or its "that", as West African copy reports it: "“…,” she lamented."
  'lamented',
  'laments',
  'cautioned',
  'indicated',
  // The verbs of copy translated from French: "The mayor affirmed that…", "He deplored that…", "He assured that…", "He
  // let it be known that…"; and a quotation carried on: "“…,” he continued."
  'declared',
  'declares',
  'affirmed',
  'affirms',
  'assured',
  'deplored',
  'deplores',
  'let it be known',
  'continued',
  // …and those of copy translated from Spanish: "She manifested that…", "He expressed that…", "The ministry clarified
  // in a note that…".
  'clarified',
  'clarifies',
  'manifested',
  'expressed',
  // …and the present tense such copy reports in: "He specifies…", "Carmelus assures.", "Jeudinor replies…".
  'assures',
  'indicates',
  'replies',
  'answers',
  'responds',
  'denounces',
  // …and an accusation dismissed: "denounced the mayor's account as a smear campaign" (see `describedAs`).
  'denounced',
  // What an accuser says, as Zambian and American copy reports it: "had charged that the mayor steered…".
  'charged',
  // A remark with its quotation: "“Not one trader received a notice,” observed the chairperson."
  'observed',
  // What a report, a study or an inquiry says: "The report found that…", "Records showed that…".
  'showed',
  'shows',
  'show',
  // What a log, a sign or a message says in its own words: "“Evacuate now,” the entry reads."
  'reads',
  'found',
  'finds',
  'concluded',
  'concludes',
];

/**
 * Verbs that may follow the statement they report: "Prices will rise, the
 * minister said.", "…, the ministry announced on Monday." ("described" and the
 * like may not: "In her book …, Nassar describes her youth.")
 */
export const verbsAfterStatement: readonly string[] = [
  ...plainReportingVerbs,
  'announced',
  'announces',
  'reported',
  'reports',
  'stated',
  'states',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'argued',
  'argues',
  'warned',
  'warns',
  'explained',
  'explains',
  'noted',
  'notes',
  'confirmed',
  'confirms',
  'admitted',
  'admits',
  'maintained',
  'maintains',
  'alleged',
  'alleges',
  'stressed',
  'conceded',
  'revealed',
  'disclosed',
  'reiterated',
  // A letter, a post or a report after what it says: "…, Tolhurst wrote."
  'wrote',
  'writes',
  // What is granted or stressed, after it: "…, the company acknowledged.", "…, she stressed." (not "estimated": "far
  // more than engineers had estimated" compares with an estimate).
  'acknowledged',
  'asserted',
  'averred',
  'avers',
  'intimated',
  'intimates',
  'posited',
  'posits',
  'stresses',
  'emphasised',
  'emphasized',
  'specified',
  'mentioned',
  'concedes',
  // …and in copy translated from French: "…, the prefect declared.", "…, they indicated.", "…, she affirmed."; and
  // "…, he continued." (said by a person only: "…, the fall continued" is what went on).
  'declared',
  'affirmed',
  'indicated',
  'continued',
  // …and in copy translated from Spanish: "…,” Ledesmar expressed.", "…,” the intendente manifested.", "…, the
  // institute clarified."
  'clarified',
  'manifested',
  'expressed',
  // (…and in the present tense: "…,” Carmelus assures.", "…, the delegation specifies.")
  'assures',
  'declares',
  'affirms',
  'indicates',
  'specifies',
  'replies',
  'cautioned',
  // An answer or testimony after what it says: "…, the prosecutor replied.", "…, she testified." (not "complained" or
  // "recalled", which tell what happened: "…, after 200 residents complained", "…, after the firm recalled 2,000 cars").
  'replied',
  'answered',
  'responded',
  'countered',
  'testified',
  // …an accusation and a remark after what they say: "…, a ward councillor charged at a full council meeting.",
  // "…, he observed."
  'charged',
  'observed',
  // …and a grievance: "…, she lamented."
  'lamented',
  'laments',
  // What a report or a log holds, written after it: "…, a report by the audit office found.", "…, the log shows."
  // A court's finding too, after it only: "…, the commission ruled on Wednesday." ("The court ruled that…" inside
  // what someone else says is theirs to report.)
  'ruled',
  'found',
  'finds',
  'showed',
  'shows',
  'show',
  'concluded',
];

/** Verbs whose statement is a denial: "denied that…", "rejected the figures". */
export const denialVerbs: readonly string[] = [
  'denied',
  'denies',
  'deny',
  'rejected',
  'rejects',
  'dismissed',
  'dismisses',
  'refuted',
  'refutes',
  'disputed',
  'disputes',
  'contested',
  'contests',
  'rebutted',
  'rebuts',
  // To deny, in Philippine English: "belied the auditors' findings".
  'belied',
  'belies',
  'debunked',
  'debunks',
  // What a record or a witness says against an account: "Satellite images contradict the army's account".
  'contradicted',
  'contradicts',
  'contradict',
  'belie',
];

/** Phrases that deny as a verb does: "did not accept that". */
export const denialPhrases: readonly string[] = [
  'took issue with',
  'takes issue with',
  'did not accept',
  'does not accept',
  'do not accept',
  'did not agree',
  'does not agree',
  'did not recognise',
  'does not recognise',
  'did not recognize',
  'does not recognize',
  'brushed aside',
  'brushes aside',
  'brushed off',
  'brushes off',
  'waved away',
  'waves away',
];

/**
 * An accusation or a report said to be untrue in words that say so only of
 * one: "the allegation was \"far from the truth\"", "the complaint about water
 * was \"not correct\"" (not "the bills they received were not correct", a
 * complaint); and the accused's own answer, "Our pharmacy has nothing to
 * hide" (not "If you have nothing to hide…"), "had \"no hand\" in the demolition" (not
 * "no hand in drawing up the plan", a complaint of being left out).
 */
export const untrueOfAClaim =
  // A claim said to be not correct or overstated ("reports of clinics without medicine had been exaggerated", "the
  // figures quoted by the union were inflated"; not padded: "inflated with ghost names", "inflated by 30%"); calling
  // the accuser a liar ("They are lying"), not lying somewhere ("He was lying in his own waste"); a link dismissed
  // ("the unpaid bills had "nothing to do with" the deaths"), not a cause put in its place ("had nothing to do with
  // improving services and everything to do with paying debts").
  /\bnothing["”]?\s+to\s+do\s+with\b(?:(?=\s+["“]?(?:its|our|his|her|their|my)\b)|(?![^.;!?]*\beverything\s+to\s+do\s+with\b))|\b(?:are|is|were|was)\s+lying\b(?!\s+(?:under|beside|next|near|inside|outside|face|there|here|down|awake|still|unconscious|dead|injured|flat|low|alone|motionless|wounded|in\s+(?:a|an|the|his|her|their|its|my|our)\s+(?:own\s+)?(?!statements?\b|evidence\b|testimony\b|accounts?\b|claims?\b)\p{L}+|on\s+(?:a|an|the|his|her|their|its|my|our)\s+(?!issue\b|matter\b|subject\b|record\b|claims?\b)\p{L}+|at\s+the\s+(?!inquest\b|hearing\b|trial\b|court\b|inquiry\b|committee\b)\p{L}+|by\s+the\s+\p{L}+))|(?:\b(?:allegations?|accusations?|claims?|charges?|reports?|complaints?|stor(?:y|ies)|versions?|accounts?|figures?|numbers?|toll)|\b(?:it|this|that|these|those)(?!\s+(?:day|week|month|year|morning|night)\b)|\bwhat\s+(?:[\p{L}'’-]+\s+){1,4}?(?:said|says|saying|told|tells|claimed|claims|claiming))\b[^.;!?]{0,40}?\b(?:was|were|is|are|be|been)\s+["“]?(?:simply\s+|completely\s+|totally\s+|greatly\s+|grossly\s+|wildly\s+|vastly\s+|hugely\s+)?(?:not\s+correct|far\s+from\s+the\s+truth|exaggerated|overstated|overblown|inflated(?!\s+(?:with|through|by\s+(?:\p{N}|about|some|nearly|almost|up\s+to|as\s+much\s+as))\b))\b|\b(?:we|i|he|she|it|they|(?:our|my|the)\s+(?:[\p{L}'’-]+\s+)?[\p{L}'’-]+)\s+(?:has|have|had)\s+nothing\s+to\s+hide\b|\b(?:had|has|have|played)\s+["“]?no\s+hand["”]?\s+in\s+(?!\p{L}+ing\b)/iu;

/** Words in a quotation that make it a denial: "There is no truth in…". */
export const denialWords: readonly string[] = [
  'no truth',
  'not true',
  'untrue',
  'false',
  'baseless',
  'unfounded',
  'groundless',
  'nonsense',
  'deny',
  'denies',
  'reject',
  'rejects',
  'no such',
  'categorically',
  'fabricated',
  'fabrication',
  // A quotation that calls a claim false denies it: "That is simply not the case", "There is no evidence of it", "does
  // not correspond to reality", as post-Soviet officials put it.
  'not the case',
  'not correspond to reality',
  'not correspond to the truth',
  'not correspond to the facts',
  // …or "not in line with the facts", as Lao officials put it.
  'not in line with the facts',
  'not what happened',
  'no evidence',
  'no proof',
  'no basis',
  'incorrect',
  'inaccurate',
  'misleading',
  'absurd',
  'ridiculous',
  'a lie',
  'smear',
  'slander',
  'defamatory',
  // Calling the accuser a liar, or denying any part in what is alleged: "They are lying", "The minister had no role in it".
  'no role in',
  'no part in',
  'no involvement',
  'broke no',
  'broken no',
  'no wrongdoing',
  'not a shred of evidence',
  'not a shred of truth',
  'not a shred of proof',
  'not a word of truth',
  'not one word of truth',
  'not a grain of truth',
  // As Caribbean ministries answer a report: "Nothing could be further from the truth.", "The ministry wishes to set
  // the record straight." (Not "further from the truth than…", a comparison, nor a promise to set it straight.)
  'nothing could be further from the truth',
  'nothing can be further from the truth',
  'wishes to set the record straight',
  'wish to set the record straight',
  'want to set the record straight',
  'no iota of truth',
  'not an iota of truth',
  // Dismissals without "false" in them: "without foundation", "wide of the mark", "at no point were…", "we dispute…".
  'without foundation',
  'wide of the mark',
  'pure invention',
  'complete invention',
  'at no point',
  'at no time',
  // The verb, not the noun: "We dispute these figures", not "the pay dispute has lasted six weeks".
  'i dispute',
  'we dispute',
  'they dispute',
  'he disputes',
  'she disputes',
  'it disputes',
  'strongly dispute',
  'strongly disputes',
  'firmly dispute',
  'firmly disputes',
  'categorically dispute',
  'categorically disputes',
  'refute',
  'refutes',
  // As a government answers reports in a principality's papers: "These are rumours.", "There is no question of selling
  // the hotel."; and an athlete the testers: "Whoever says I was waiting for a tester is not telling the truth."
  'these are rumours',
  'these are rumors',
  'no question of',
  'not telling the truth',
  // …and as a Caribbean minister and a Balkan ministry answer a story: "That is pure mischief.", "These are lies and
  // manipulation."
  'pure mischief',
  'lies and manipulation',
];

/**
 * Words in a quotation that answer an accusation, and so deny it without a
 * denying verb: "Our ships did not fire a single round", "There was no
 * offer", "Nobody called us".
 */
export const answeringWords: readonly string[] = [
  'did not',
  "didn't",
  'has not',
  "hasn't",
  'have not',
  "haven't",
  'had not',
  "hadn't",
  'there was no',
  'there were no',
  'there is no',
  'there are no',
  'nobody',
  'no one',
  'invented',
  'made up',
  'never happened',
];

/**
 * Words that make a statement an opinion, a feeling, advice or a demand
 * rather than something a fact-checker can check: "It is a shame…", "Patients
 * should not stop…", "I just want the ships back".
 */
export const opinionWords: readonly string[] = [
  'shame',
  'a tragedy',
  'tragic',
  'deserve',
  'deserves',
  'deserved to',
  'should',
  'must',
  'ought to',
  'i want',
  'i just want',
  // A wish, and a verdict said for emphasis: "I'd like the minister to come and explain", "a slush fund, plain and
  // simple", "asleep at the wheel".
  "i'd like",
  'i would like',
  "we'd like",
  'we would like',
  'plain and simple',
  'asleep at the wheel',
  'we want',
  'i hope',
  'we hope',
  // Fear and doubt said of oneself: "Every night we wonder whether it will be our house".
  'we wonder',
  'i wonder',
  'i wish',
  'i feel',
  'we feel',
  "don't understand",
  'do not understand',
  'a matter for',
  'a decision for',
  'a question for',
  'an interest in',
  'a wake-up call',
  'disgrace',
  'outrageous',
  'heartbreaking',
  'unacceptable',
  // Feelings: "We are tired of being afraid" (and "We have had enough": see `feeling` in reportedSpeech.ts).
  'tired of',
  'fed up',
  'afraid',
  'breaks your heart',
  'breaks my heart',
  'i think',
  'we think',
  'sorry',
  // Beliefs, feelings and appeals, which no record can confirm: "We are deeply worried", "It is time to act".
  'i believe',
  'we believe',
  'in my view',
  'in our view',
  'proud',
  'worried',
  // A feeling said of oneself or of someone ("We are just glad…", "was “relieved” to…"), not "relieved of his duties"
  // nor "Glad Street": see `feeling` in reportedSpeech.ts.
  'it is frightening',
  'it feels',
  'feels as if',
  'looked forward',
  'look forward',
  'looks forward',
  'looking forward',
  'grieving',
  'it was frightening',
  'frightening to think',
  'nothing matters more',
  'saddened',
  'disappointed',
  'devastated',
  'heartbroken',
  'grateful',
  'thankful',
  // Laments of one's own, which tell a loss no record measures: "We have lost everything", "We have nowhere to go"
  // (not a finding that "The crowd had nowhere to go").
  'we have lost everything',
  'i have lost everything',
  'we lost everything',
  'i lost everything',
  'we have nowhere to go',
  'i have nowhere to go',
  'until we die',
  'sick with grief',
  'frightened of',
  'it is time',
  "it's time",
  'we urge',
  'i urge',
  'we call on',
  'i call on',
  'let us',
  "let's",
  'a scandal',
  'a disgrace',
  'a betrayal',
  'shameful',
  'a nightmare',
  'terrible',
  'a good day',
  'a sad day',
  'a black day',
  // Judgements and trust, which no record can confirm: "The report is damning", "He has our full confidence".
  'damning',
  'a cowardly',
  'a barbaric',
  'despicable',
  'heinous',
  'something has gone badly wrong',
  'something went badly wrong',
  'a blow to',
  'a serious blow',
  'credibility',
  'confidence in',
  // Demands that someone pay for it ("Somebody has to be held accountable"), not a report that someone was.
  'has to be held accountable',
  'have to be held accountable',
  'must be held accountable',
  'should be held accountable',
  'needs to be held accountable',
  'need to be held accountable',
  'will be held accountable',
  'must be held to account',
  'should be held to account',
  'has to be held to account',
  'has to answer',
  'have to answer',
  'not something we',
  'will be the best',
  'will be the worst',
];

/**
 * Words of a wish, fondness, sympathy, timing, praise or hurt that make a clause
 * nothing to check, though a clause beside them may be: "We just want a wall
 * that holds", "We love this school", "ministers understood the frustration of
 * island communities", "This is not the time for finger-pointing" (not "…, but
 * the council had already spent the money"): see `onlyJudgements`.
 */
export const judgementWords: readonly string[] = [
  'we just want',
  'we only want',
  'i only want',
  'all we want',
  'all i want',
  'we love',
  'i love',
  'deserved better',
  'will lose everything',
  'a sham',
  'wonderful',
  'it hurts',
  'ashamed of',
  'not the time for',
  'not the time to',
  'understand the frustration',
  'understands the frustration',
  'understood the frustration',
  'understand the concerns',
  'understands the concerns',
  'understood the concerns',
  'understand their frustration',
  'understand their concerns',
];

/**
 * Hedges that make a forecast or a bare feeling of confidence nothing to
 * check yet ("We will probably win", "I am confident it will hold", "We are
 * optimistic"), though a hedged account of the past can be checked ("the fire
 * was probably caused by a fault"): see `isOpinion`.
 */
export const hedgeWords: readonly string[] = [
  'probably',
  'confident',
  'optimistic',
  'hopefully',
  'i expect',
  'we expect',
  'i am sure',
  "i'm sure",
];

/** What someone "called" a statement that makes the calling a denial: "called it baseless". */
export const dismissiveWords: readonly string[] = [
  ...denialWords,
  'fake',
  'forged',
  'invented',
  'made up',
  'fiction',
  'fantasy',
  'propaganda',
  'alarmist',
  'spin',
  'wrong',
  // Only where someone calls a claim so: "lies" is also a verb ("the village lies below the dam").
  'lies',
  'speculation',
  // What explains a finding away: "the gaps were clerical errors".
  'clerical error',
  'clerical errors',
  'misunderstanding',
];

/** What someone "called" a statement that makes the calling a denial, though the words alone need not dismiss ("an outdated version"). */
export const calledWords: readonly string[] = [
  ...dismissiveWords,
  // "called the accounts “fabrications spread by smuggling networks”" (plural: not in a quotation of its own, where
  // "spread fabrications about the war" accuses).
  'fabrications',
  'smears',
  'outdated',
  'out of date',
  'selective',
  'exaggerated',
  'exaggeration',
  'overstated',
  'inflated',
  'mistaken',
  'provocation',
  'fairy tale',
  'whitewash',
  'politically motivated',
  'hatchet job',
  'witch hunt',
  'caricature',
  'distortion',
  'misrepresentation',
  'scaremongering',
  'vexatious',
];

/** Words before "said" that make it an adjective, not speech: "the said agreement". */
export const notSpeechBefore: readonly string[] = ['the', 'this', 'that', 'these', 'those', 'aforesaid'];

/** Words a reported clause does not start with: "said about the spill", "said to weigh" (but see `clauseOpeners`). */
export const notClauseStart: readonly string[] = [
  'about',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'of',
  'from',
  'so',
  'nothing',
  'goodbye',
  // An indirect question reports no statement: "has not said whether it will…".
  'whether',
];

/** Phrases a reported clause may start with although their first word is in `notClauseStart`: "said at least 300…". */
export const clauseOpeners: readonly string[] = ['at least', 'at most', 'in fact', 'by now', 'on average', 'for years', 'for now'];

/** Words that open a clause set before the main one: "Asked whether she stood by it, she said…", "When the vote was counted, …". */
export const frontedClauseOpeners: readonly string[] = [
  'asked',
  'pressed',
  // Court and committee copy: "Under cross-examination by…, Mr Chong agreed…", "Cross-examined by…, she said…".
  'under cross-examination',
  'under questioning',
  'cross-examined',
  'questioned',
  'responding',
  'interviewed',
  // "Contacted by this newspaper, Mr Vella said…", "Reached by telephone, she said…".
  'contacted',
  'reached by',
  'when',
  'while',
  'although',
  'though',
  'if',
  'despite',
  'following',
];

/** Openers of a sentence that are not part of its speaker: "On Monday, the ministry said…". */
export const sentenceOpeners: readonly string[] = [
  'on',
  'in',
  'at',
  'last',
  'earlier',
  'later',
  'yesterday',
  'today',
  'however',
  'but',
  'and',
  'meanwhile',
  'then',
  'also',
  'since',
  'after',
  'before',
  'during',
  'under',
  'speaking',
  // An answer's occasion: "Replying in Parliament, the minister said", "Responding to questions, she said", "Reached by
  // telephone on Wednesday, Gopee-Laurent said", "When contacted, the ministry said".
  'replying',
  'reached',
  'when contacted',
  'separately',
  'still',
  'as',
  // A place ("Outside the court,"), not a title ("Outside counsel, Hal Brent, said").
  'outside the',
  'outside a',
  'outside an',
  'outside his',
  'outside her',
  'outside their',
  'outside its',
  'inside the',
  'elsewhere',
  'afterwards',
  'afterward',
  // A participle's clause before the speaker: "Opening the inquest before Coroner Fraser Pennycook, Ataahua Matenga said…"
  // (with its object: "Opening batsman Imam-ul-Haq" is a role).
  'opening the',
  'closing the',
  'addressing the',
  'addressing a',
  'appearing before',
  'appearing at',
  'appearing on',
  'announcing the',
  'launching the',
  'presenting the',
  'commenting on',
  'reacting to',
  // A witness's turn before they speak: "Testifying in his own defense, Hsieh denied…", "Giving evidence, she said…".
  'testifying',
  'giving evidence',
  'taking the stand',
  'writing in',
  'writing on',
  ...frontedClauseOpeners,
];

/**
 * The verbs of a relative clause that says why a source is not named, as a
 * pattern: "who asked not to be named", "who spoke on condition of
 * anonymity", "who declined to be identified", "who was not authorised to speak".
 */
export const unnamedSourceVerbs = String.raw`(?:asked|spoke|requested|preferred|declined|was\s+not\s+authori[sz]ed)`;

/** Words between a speaker and their verb that are not part of the speaker: "groups have described". */
export const auxiliaries: readonly string[] = [
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'also',
  'later',
  'then',
  'again',
  'repeatedly',
  'flatly',
  'firmly',
  'strongly',
  'quickly',
  'previously',
  'once',
  'publicly',
  'privately',
  'angrily',
  'simply',
  'categorically',
  'emphatically',
  'vigorously',
  'strenuously',
  'immediately',
  'quietly',
  'openly',
  'officially',
  'formally',
  'initially',
  'reportedly',
  'allegedly',
  'subsequently',
  'swiftly',
  'sharply',
  'furiously',
  'calmly',
];

/** Pronouns that stand for the last speaker named. */
export const pronouns: readonly string[] = ['he', 'she', 'they', 'it'];

/** Words that make a speaker a document. */
export const documentWords: readonly string[] = [
  'report',
  'reports',
  // A register's entry copied out: "a land registry extract", "extracts from the state business register".
  'extract',
  'extracts',
  'figures',
  'data',
  'documents',
  'document',
  'study',
  'survey',
  'statement',
  'records',
  'letter',
  'email',
  'memo',
  'proposal',
  'presentation',
  'filing',
  'audit',
  'analysis',
  'invoices',
  'emails',
  'minutes',
  'log',
  'logs',
  'entry',
  'papers',
  'files',
  'accounts',
  'receipts',
  'contracts',
  'filings',
  'complaint',
  // A prosecutor's filing, as copy translated from Spanish names it: "according to the requirement filed by the prosecution".
  'requirement',
  'lawsuit',
  'petition',
  'indictment',
  'ruling',
  'judgment',
  'transcript',
  'register',
  'notice',
  'permit',
  'licence',
  'license',
  'certificate',
  'warrant',
  'note',
  // "bank statements read out in court", "the ministry's guidance for parents".
  'statements',
  'guidance',
  'guidelines',
  // Rules written down: "according to the department's code of practice", "under the league's rules".
  'code',
  'rules',
  'rulebook',
  'regulations',
  'bylaws',
  'dossier',
  'leaflet',
  'estimate',
  'estimates',
  // What a candidate, a party or a company must file: "Campaign finance declarations filed with the commission show…".
  'declaration',
  'declarations',
  // Records kept of who did what and when: "Rosters for January seen by the agency show…".
  'roster',
  'rosters',
  // Summaries and circulars a body issues: "A payroll summary from the county treasury shows…", "The circular states…".
  'summary',
  'circular',
  // Agreements and deeds as written down: "The lease agreement states…" (orders, also monks and nuns, by what orders
  // them: see `writtenOrder` in speakers.ts).
  'agreement',
  'lease',
  'deed',
  'voucher',
  'vouchers',
  'ledger',
  'spreadsheet',
  'rota',
  'rotas',
  'schedule',
  'schedules',
  'timetable',
  'timetables',
  'manifest',
  'manifests',
  'ledgers',
  // What is paid or earned, written down: "Pay slips for January… list deductions of…".
  'slip',
  'slips',
  'payslip',
  'payslips',
  // Lists one may be shown: "A list of beneficiaries… shows" (not parties "to the agreement").
  'list',
  'lists',
  'inventory',
  'inventories',
  'sheet',
  'sheets',
  'registers',
  'spreadsheets',
  'diary',
  'diaries',
  'contract',
  'invoice',
  'receipt',
  // Findings written down: "a review by the regional audit office found", "laboratory results published by the agency".
  'review',
  'results',
  // …and what a post-mortem or a tally found ("A post-mortem examination found", "according to a tally by the legal aid
  // centre"); not "tests", which find mid-sentence ("were banned after tests found toxins").
  'examination',
  'autopsy',
  'tally',
  // Orders and bulletins a body issues: "An army safety directive … says", "the ministry's weekly dengue bulletin
  // shows" (not a release, a policy or an agreement, which "find" favour as often as findings).
  'directive',
  'bulletin',
  'entries',
  // Drawings a surveyor or a planner makes: "a survey plan prepared for the village in 2016 shows".
  'plan',
  'plans',
  'map',
  'maps',
  // A book of receipts or a log kept by hand: "a receipt book kept by the maternity ward shows".
  'book',
  // A council's decision as written down: "a council deliberation, a copy of which was seen by ALP, shows".
  'deliberation',
  'deliberations',
  // A panel's or a court's written decision cited as a text: "The decision says the panel found no reliable evidence…".
  'decision',
];

/** Words that make a speaker an organisation. */
export const organisationWords: readonly string[] = [
  'ministry',
  // A campaign group by what it is: "Dromos Migrant Support, an NGO that…", "the environmental NGO Moviment Blat".
  'ngo',
  // A province of Egypt or Jordan, its administration speaking: "the Wadi Zaraf Governorate", "the governorate said".
  'governorate',
  // The prosecuting authority as a body: "the public prosecution said in a statement".
  'prosecution',
  // A head of state's household speaking: "the Palace said in a press release", "the presidential palace said".
  'palace',
  // Several bodies speaking together: "the defence and foreign ministries said in a joint statement".
  'ministries',
  'agencies',
  'governments',
  'authorities',
  'office',
  'agency',
  'board',
  'council',
  'company',
  'department',
  'government',
  'police',
  'authority',
  'union',
  'groups',
  'group',
  'court',
  'commission',
  'firm',
  'operator',
  'party',
  // A party's members in a chamber: "The Patria Union Bloc faction in parliament said…", "the opposition caucus".
  'faction',
  'caucus',
  'committee',
  'hospital',
  'university',
  'army',
  'embassy',
  'bank',
  'inspectorate',
  'directorate',
  'bureau',
  'watchdog',
  // "The district registry said".
  'registry',
  'regulator',
  'institute',
  'tribunal',
  'trust',
  'foundation',
  'association',
  'federation',
  'confederation',
  'consortium',
  'syndicate',
  'clinic',
  'school',
  'airline',
  'airport',
  'prison',
  'navy',
  'coastguard',
  'service',
  'brigade',
  'municipality',
  // A Central Asian governor's office: "the district hokimiyat", "the regional akimat".
  'hokimiyat',
  'akimat',
  // A French prefect's office: "the préfecture of Gbonzéa".
  'préfecture',
  'prefecture',
  'sous-préfecture',
  'administration',
  'secretariat',
  'parliament',
  'organisers',
  'organizers',
  'club',
  'society',
  'coalition',
  'alliance',
  // "The Naroleng Land Rights Forum said".
  'forum',
  'charity',
  'museum',
  'church',
  'league',
  'cooperative',
  // "The mission said in a statement": a monitoring mission, a delegation, a panel of inquiry.
  'mission',
  'inquiry',
  'zoo',
  'guild',
  'campaign',
  'delegation',
  'panel',
  // "The national disease control centre said".
  'centre',
  'center',
  // "The border guard command of Pha Lenh province said", "the provincial rescue command said".
  'command',
  // A francophone country's military police: "the national gendarmerie said in a communiqué".
  'gendarmerie',
  // A clan speaking as one, as Pacific papers report landowners: "the Kaipu clan claimed", "The clan refuted".
  'clan',
];

/** Words a name starts with that are not a name: "The mayor", "Her office". */
export const determiners: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that'];

/** Text to match as it is written inside a pattern: "Smith & Co.", "C++ Labs". */
export function escapedForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word standing whole ("Vane", not the "Vane" of "Vanessa"; "Lee", not the "lee" of "fleet"), its pattern built once. */
export function wholeWord(word: string): RegExp {
  let pattern = wholeWords.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapedForPattern(word)}(?![\\p{L}\\p{N}])`, 'u');
    // A desk's names repeat from article to article; a cache that outgrows them starts again.
    if (wholeWords.size >= 10_000) wholeWords.clear();
    wholeWords.set(word, pattern);
  }
  return pattern;
}
const wholeWords = new Map<string, RegExp>();

/** A pattern matching any of some phrases as whole words, longest first. */
export function wordsPattern(phrases: readonly string[]): string {
  return (
    [...phrases]
      .sort((a, b) => b.length - a.length)
      // A contraction's apostrophe straight or curly: "didn't", "didn’t".
      .map((phrase) => escapedForPattern(phrase).replace(/ /g, '\\s+').replace(/'/g, "['’]"))
      .join('|')
  );
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** True if a text contains any of some phrases as whole words. */
export function containsAny(text: string, phrases: readonly string[]): boolean {
  let pattern = compiled.get(phrases);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordsPattern(phrases)})(?![\\p{L}\\p{N}])`, 'iu');
    compiled.set(phrases, pattern);
  }
  return pattern.test(text);
}

/** Plural nouns for unnamed sources, capitalised only when they open a sentence ("Officials said…"). */
export const unnamedSources: readonly string[] = [
  'passengers',
  'survivors',
  'students',
  'nurses',
  'drivers',
  'miners',
  'villagers',
  'fishermen',
  'shoppers',
  'customers',
  'travellers',
  'commuters',
  'protesters',
  'activists',
  'campaigners',
  'relatives',
  'families',
  'soldiers',
  'troops',
  'observers',
  'inspectors',
  'engineers',
  'employees',
  'guards',
  'pilots',
  'officials',
  'sources',
  'police',
  'farmers',
  'residents',
  'critics',
  'experts',
  'analysts',
  'witnesses',
  'doctors',
  'teachers',
  'parents',
  'mothers',
  'fathers',
  'widows',
  'traders',
  'vendors',
  'dockworkers',
  'neighbours',
  'neighbors',
  'investigators',
  'prosecutors',
  'lawyers',
  'authorities',
  'scientists',
  'researchers',
  'supporters',
  'opponents',
  'locals',
  'workers',
  'staff',
  'diplomats',
  'herders',
  'pastoralists',
  'tenants',
  'patients',
  'growers',
  'elders',
  'pupils',
  'shopkeepers',
  'motorists',
  'landowners',
  'homeowners',
  // Elected members unnamed: "Councillors said the company paid bonuses" (people, not a council speaking).
  'councillors',
  'councilors',
  'lawmakers',
  'legislators',
];
