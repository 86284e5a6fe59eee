import {
  clauseOpeners,
  calledWords,
  containsAny,
  denialPhrases,
  denialVerbs,
  determiners,
  answeringWords,
  denialWords,
  untrueOfAClaim,
  dismissiveWords,
  documentWords,
  frontedClauseOpeners,
  organisationWords,
  sentenceOpeners,
  notClauseStart,
  notSpeechBefore,
  opinionWords,
  judgementWords,
  hedgeWords,
  plainReportingVerbs,
  reportingVerbs,
  unnamedSources,
  unnamedSourceVerbs,
  verbsAfterStatement,
  wordsPattern,
} from './cues.js';
import { numberWordValues } from '../numberWords.js';
import { withThousandsCommas } from '../spacedThousands.js';
import { isRoleNoun } from './people.js';
import { blankQuotations, type Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import type { TextSpan } from './span.js';
import { dateline, isProperName, listsPortfolios, portfolioOpening, speakerPhrase, splitTitle, trailingTime } from './speakers.js';

/** A statement a sentence reports: the words of a claim or a denial. */
export interface Statement extends TextSpan {
  kind: 'claim' | 'denial';
  reason: string;
  /** The participle joining it on to another statement of the same speaker (", saying…"): its own cue. */
  joinedBy?: TextSpan;
}

/** What one sentence reports: its statements, and who makes them when the sentence says so. */
export interface Report {
  statements: Statement[];
  speaker: TextSpan | null;
  /**
   * The attribution as the span convention marks it: the source with its
   * reporting cue and what is written next to them as part of the same phrase
   * ("said Maria Ortega, a spokeswoman for the port", "the ministry announced
   * on Monday", "according to officials", "She added"); null with no speaker.
   */
  attribution: TextSpan | null;
  /** The reporting cue as written ("said", "according to"), or null for a quotation standing alone. */
  cue: string | null;
  /** True when the statements are quotations. */
  quoted: boolean;
}

type CueType = 'according' | 'called' | 'denial' | 'plain' | 'put' | 'reporting';

interface Cue extends TextSpan {
  type: CueType;
  word: string;
}

const whole = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');

const cuePatterns: readonly [CueType, RegExp][] = [
  ['according', whole('according\\s+to')],
  ['denial', whole(wordsPattern([...denialPhrases, ...denialVerbs]))],
  // "termed the allegations as baseless", as South Asian copy writes "called".
  ['called', whole('called|termed')],
  ['plain', whole(wordsPattern(plainReportingVerbs))],
  ['reporting', whole(wordsPattern(reportingVerbs))],
  ['put', whole('puts?')],
];

const letter = /\p{L}/u;

/**
 * An opinion, feeling or piece of advice with no figure in it: nothing a
 * fact-checker can check. What a rule says must or should be done is what the
 * rule says, when a rule says it (`fromARule`).
 */
function isOpinion(said: string, fromARule = false): boolean {
  if (/\p{N}/u.test(said)) return false;
  // What a law or a rule says must be done, told inside a statement, is the rule's duty, not the speaker's advice: "kept
  // females carrying eggs that the law says must be thrown back".
  const words = said.replace(rulesDuty, '$1');
  const trimmed = words.trim();
  // A question asks; it states nothing: "Who will pay for the repairs?"
  return (
    containsAny(words, fromARule ? opinionWordsButDuty : opinionWords) ||
    /\?$/u.test(trimmed) ||
    (containsAny(words, hedgeWords) && !tellsThePast(words)) ||
    feeling.test(words) ||
    ownFear.test(words) ||
    onlyFeelings(words) ||
    onlyJudgements(words) ||
    hope.test(trimmed) ||
    bewildered.test(trimmed) ||
    // Neither confirming nor denying says nothing of what was asked: "she could neither confirm nor deny that…".
    (/\b(?:neither\s+confirm\s+nor\s+deny|(?:not|n['’]t|cannot)\s+confirm\s+or\s+deny)\b/iu.test(words) &&
      !/(?:\bbut\b|;)[^.!?]*\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b/iu.test(words)) ||
    conditionalForecast.test(trimmed) ||
    heldToAccount.test(trimmed) ||
    opensWithASaying(trimmed) ||
    words
      .split(/(?<=[.!?])\s+/u)
      .every(
        (sentence) =>
          (ownPromise.test(sentence) && !when.test(sentence)) ||
          isPlainForecast(sentence) ||
          advice.test(sentence) ||
          counterfactual.test(sentence) ||
          anyoneAtAll.test(sentence) ||
          rhetoric.test(sentence) ||
          rumination.test(sentence) ||
          platitude.test(sentence) ||
          grief.test(sentence) ||
          wish.test(sentence) ||
          howItFelt.test(sentence) ||
          leftWithNothing.test(sentence) ||
          askedOfMe.test(sentence) ||
          bewildered.test(sentence) ||
          plea.test(sentence),
      )
  );
}

/** Words of Tok Pisin and Bislama, lower case as they are written ("i" is no English "I"). */
const pidginWords = new Set(
  'bilong blong mipela yumi yupela hemi em i ol nogat tasol olsem laip graon ia stap pinis sik kaikai nau wanpela'.split(' '),
);

/** Irregular past tenses that tell what happened: "The company came with its machines", "they burnt our houses". */
const irregularPast =
  /\b(?:came|went|took|gave|broke|burnt|beat|sent|stole|shot|ran|got|made|found|knew|saw|built|bought|paid|sold|kept|lost|struck|threw|wrote|told|brought|drove|fled|fought|hit|led|met|spent|stood)\b/iu;

/**
 * A saying in Tok Pisin or Bislama that opens a quotation, with its English after it, as Pacific papers quote
 * villagers: "Bus em i laip bilong mipela. When the trees are gone…", "Sik i no save wet. A sick child cannot wait…".
 * A proverb and its gloss, said to move, not to report.
 */
function opensWithASaying(said: string): boolean {
  const first = /^["“]?([^.!?]*)[.!?]/u.exec(said)?.[1] ?? '';
  const words = first.split(/\s+/u).filter((word) => word !== '');
  // (The first word is capitalised, but an English "I" is no Tok Pisin "i", first or later.)
  const pidgin = words.filter((word, at) => pidginWords.has((at === 0 && word !== 'I' ? word.toLowerCase() : word).replace(/[,;:]$/u, '')));
  const rest = said.slice(first.length + 1).replace(/^["“”\s]+/u, '');
  // A gloss says it of anyone ("A sick child cannot wait…", "You do not sell your mother", "When the trees are gone…",
  // "We only want a roof…"); "The mine is poisoning the river" or "Half the island has no power" reports, and so does
  // one that tells what happened ("We lost everything when they came"), not a passive to come ("to be signed").
  const past = rest.replace(/\b(?:be|been|being)\s+\p{L}+ed\b/giu, '');
  return words.length <= 10 && pidgin.length >= 2 && genericGloss.test(rest) && !tellsThePast(past) && !irregularPast.test(past);
}

/** What a saying's English gloss opens on: anyone, the speaker's own people, or a time to come. */
const genericGloss = /^(?:when|if|once|a|an|you|we|our|nobody|no\s+one|every|without)\b/iu;

/**
 * A maxim or a platitude, the whole sentence: "The road is good for everybody", "Nobody is above the law, not even a councillor", "Safety remains our
 * first priority", "We cannot keep living like this"; not "a flat above the law firm", "our priority list for repairs".
 */
const platitude =
  /^["“]?(?:(?:the|this|that|it)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:is|was|will\s+be)\s+(?:good|important|necessary)\s+for\s+(?:everybody|everyone|all\s+of\s+us|us\s+all|all|the\s+whole\s+(?:community|country|district))|(?:nobody|no\s+one|no\s+\p{L}+)\s+(?:is|was)\s+above\s+the\s+(?:law|rules)\b(?:,\s+not\s+even\s+[^,.;]+)?|[^,;]*\b(?:remains?|is|are)\s+(?:our|my)\s+(?:(?:first|top|highest|only)\s+)?priority|(?:we|i|they|people)\s+(?:cannot|can\s+not|can['’]t)\s+(?:keep|go\s+on)\s+(?:living|like\s+this)(?:\s+like\s+this)?)\s*[.!]?["”]?$/iu;

/** A duty a law or a rule is said to lay down: "the law says must", "the rules require that … should". */
const rulesDuty =
  /(\b(?:law|laws|rule|rules|regulation|regulations|permit|licence|license|contract|code|guidelines|constitution)\s+(?:says?|states?|requires?)\s+(?:that\s+)?(?:(?:it|they|he|she|boats|vessels|operators|owners|companies|firms)\s+)?)(?:must|should)\b/giu;

/**
 * What might have been, and nothing else: "This could have been much worse",
 * "On a weekday morning it would have been full of children"; not what
 * someone could have done ("The council could have approved the plan in
 * March"), nor one that gives its condition, which says what caused what
 * ("Lives could have been saved if the alarm had sounded"), nor one that
 * denies ("Nobody could have seen it").
 */
const counterfactual =
  /^["“]?(?:(?!(?:that|which|who|and|because|if|nobody|no\s+one|nothing|none|never)\b)[\p{L}'’-]+,?\s+){0,6}?(?:would|could|might)\s+have\s+been\s+(?:(?:much|far|a\s+lot|even|so\s+much)\s+)?(?:worse|better|full\s+of|a\s+(?:disaster|catastrophe|tragedy|massacre|bloodbath)|deadly|fatal|carnage)\b(?![^;]*\b(?:if|had|without|unless|but\s+for)\b)[^;]*$/iu;

/**
 * What anyone at all thinks or feels, sentence after sentence: "You trust the
 * tin. You never imagine…"; not what anyone could see ("You can smell it from
 * the bridge"), which a witness reports.
 */
const anyoneAtAll =
  /^["“]?you\s+(?:(?:never|always|just|simply|don['’]t|do\s+not|can['’]t|cannot)\s+)?(?:trust|imagine|think|believe|feel|hope|want|wonder|assume)\b/iu;

/**
 * A demand that someone pay for it ("Somebody has to pay for this"), what nobody at all wants or is ("Nobody wants to
 * leave people standing on a platform"), a sentence that only says what it shows ("This is how public money
 * disappears"), one that sends the listener to see for themselves ("You can do the maths yourself"), or a likeness
 * ("It is like watching a forest burn in slow motion").
 */
const rhetoric =
  /^["“]?(?:(?:it|this)(?:['’]s|\s+is|\s+was|\s+felt|\s+feels)\s+like\s+(?:watching|seeing|living|being|losing|waiting)\b[^,;]*$|(?:but\s+)?(?:nobody|no\s+one|no-one)\s+(?:wants|likes|enjoys|cares|listens|(?:comes|goes)\s+into\s+(?:politics|(?:this|the)\s+(?:job|work|business|profession))|is\s+too\s+\p{L}+\s+to)\b|(?:somebody|someone)\s+(?:has|needs|will\s+have)\s+to\b|this\s+is\s+(?:how|what\s+happens\s+when)\b|you\s+can\s+(?:\p{L}+\s+){1,4}?your(?:self|selves)\b)/iu;

/**
 * What the speaker wants or asks for, or cannot bear, which says nothing to check: "We just want to know the truth",
 * "Mi just want justice for mi son", "the family wanted only answers", "Our doctors are not asking for much", "They are asking to be treated fairly",
 * "We cannot keep living like this". Not what they want done that a record may show asked for ("We want 40 more
 * nurses" is a demand the answer keys leave unmarked anyway).
 */
const wish =
  /^["“]?(?:(?:i|we|he|she|they)\s+would\s+(?:love|like)\s+to\s+see\b|(?:i|we|mi|the\s+family)\s+(?:just\s+|only\s+|simply\s+|all\s+)?want(?:ed)?\s+(?:only\s+)?(?:to\s+(?:know|see|understand|be|get|go|have|find)|justice|answers|the\s+truth|(?:our|my|mi|their|his|her)\s+[\p{L}'’-]+\s+back)\b|(?:i|we)\s+(?:just|only|simply)\s+want\s+(?:what|the\s+money|our\s+money|our\s+rights|our\s+dues)\b|(?:we|they|i|our\s+[\p{L}'’-]+)\s+(?:are|am|['’]re|['’]m)\s+(?:not\s+|only\s+|just\s+)?asking\s+(?:for|to)\b|(?:i|we|they)\s+(?:cannot|can['’]t|can\s+not)\s+(?:keep|go\s+on)\s+(?:[\p{L}'’-]+ing\s+)?like\s+this\b)/iu;

/**
 * A plea, a scorn or a loss mourned, the whole sentence and nothing joined to it: "This is not the time for
 * finger-pointing", "I'd like the minister to come and explain that to our under-12s", "They have treated the people
 * of Kettlewade like fools", "Our boys have lost their dad". Not one a fact goes on from ("This is no time for
 * complacency, cases have doubled in a week", "We have lost our son and nobody from the army has called us"), nor a
 * loss counted ("lost 40 cattle"), nor a right claimed, which a court or a law may give.
 */
const plea =
  /^["“]?(?:(?:we|i)\s+(?:are|am|['’]re|['’]m)\s+not\s+(?:against\s+[^,;.!?]+|opposed\s+to\s+[^,;.!?]+|refusing\s+to\s+[^,;.!?]+|asking\s+for\s+(?:more|much|anything|favours?|charity)\b[^,;.!?]*)|(?:this|now)\s+is\s+(?:not|no)\s+(?:the\s+)?time\s+(?:for|to)\b|(?:i|we)(?:['’]d|\s+would)\s+like\s+(?:the|him|her|them|someone|somebody|anyone|the\s+\p{L}+)\s+(?:[\p{L}'’-]+\s+){0,2}?to\s+(?:come|explain|tell|look|see|answer|apologi[sz]e)\b|[^,;]*\btreat(?:s|ed|ing)?\s+(?:us|them|him|her|people|the\s+people\s+of\s+[\p{L}'’-]+|[\p{L}'’-]+)\s+like\s+(?:fools|idiots|children|animals|dogs|criminals|beggars|second-class\s+citizens|dirt|rubbish)\b|(?:i|we|our\s+[\p{L}'’-]+|my\s+[\p{L}'’-]+)\s+(?:have|has)\s+lost\s+(?:my|our|their|his|her)\s+(?:best\s+friend|dad|mum|mom|father|mother|son|daughter|husband|wife|brother|sister|child|children|everything)\b)(?![^.!?;]*(?:,|\s(?:and|but|because|while|after|since)\s))[^.!?;]*[.!?]?["”]?$/iu;

/** Being left with nothing, the whole sentence: "I went home with nothing" (not what the sentences before it tell). */
const leftWithNothing = /^["“]?(?:i|we|they|my\s+family|our\s+families)\s+(?:[\p{L}'’-]+\s+){0,4}with\s+nothing\b[^,;]*[.!]?["”]?$/iu;

/** How a moment felt, the whole sentence: "It felt like they were waiting for people like me" (not the sentences after it). */
const howItFelt = /^["“]?it\s+(?:felt|feels)\s+(?:like|as\s+(?:if|though))\b/iu;

/**
 * Going over and over it: "I keep waiting for him to walk through the door", "I cannot stop thinking about all the
 * glasses of water I gave him", "I keep hearing the screams". Not what one keeps seeing or hearing of the world ("I
 * keep seeing trucks dump waste", "We keep hearing that the money was spent…"), nor a claim told with it ("I couldn't
 * stop crying when they told me the hospital had known…").
 */
// "I still see my brother's face when I close my eyes" goes over it too.
const rumination =
  /^["“]?(?:i|we)\s+(?:still\s+|just\s+)?(?:keep\s+(?:waiting|asking|thinking|wondering|hoping|expecting|looking|listening)\b|(?:keep|(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+stop)\s+(?:(?:thinking|wondering|crying|reliving)\b(?![^.!?]*\b(?:when|because|that|after|since)\b)|(?:hearing|seeing)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:screams?|cries|crying|shouts|faces?|eyes|sound|noise|it|them|him|her)\b(?![^.!?]*\b(?:that|from)\b))|still\s+(?:see|hear)\s+(?:(?:his|her|their|my|our)\s+(?:[\p{L}-]+['’]s\s+)?)?(?:faces?|eyes|screams?|cries|voices?)\b(?![^.!?]*\b(?:that|from)\b))/iu;

/**
 * Grief and pledges of it: "Nothing will bring my son home", "These families will get answers", "the darkest day",
 * "My heart went into that box with him", "I cannot look at my medal now", "I cannot walk past that building", "I cannot sleep until they find my
 * son" (not when the sentence goes on to tell a fact: why, who did what, what was seen — "I cannot forgive the
 * driver who killed my daughter", "We cannot sleep because the planes…", "…for closing the clinic").
 */
const grief =
  /^["“]?(?:(?:my|our)\s+hearts?\s+(?:went|goes|broke|breaks|sank|sinks|aches|bleeds|is\s+with|(?:is|was)\s+broken)|(?:i|we)\s+(?:still\s+|just\s+)?(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+(?:bear|face|forgive|sleep|look\s+at|walk\s+(?:past|by)|bring\s+(?:myself|ourselves)))\b(?![^.!?]*\b(?:because|since|who|which|but|that\s+(?:the|a|an|he|she|they|we|i|it|my|his|her|their|our|no|nobody|\p{L}+ed)|after\s+(?:the|a|an|his|her|their|my|our)|for\s+\p{L}+ing\s+(?:the|a|an|his|her|their|our|my)|and\s+(?:i|we)\s+(?:saw|heard|watched|found)|and\s+(?:say|tell|claim|pretend))\b)|\bbring\s+(?:my|our|his|her|their)\s+\p{L}+\s+(?:home|back)\b|\bwill\s+(?:get|have|find)\s+(?:the\s+)?(?:answers|justice)\b|\b(?:darkest|saddest|blackest|proudest|happiest)\s+day\b/iu;

/**
 * A question those close to the speaker put to them, and that the speaker
 * cannot answer: "My grandson asks me why he cannot drink from the tap", "My
 * customers ask me where my fish come from, and I do not know what to tell
 * them". It asks; it states nothing. Not what an official asked
 * ("Inspectors asked me why the valves were open"), which tells what happened.
 */
const askedOfMe =
  /^["“]?(?:(?:my|our)\s+(?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+|the\s+(?:children|kids|pupils|customers|tourists|neighbours|neighbors))\s+(?:keeps?\s+asking|asks?|asked)\s+(?:me|us)\s+(?:why|where|when|what|how|whether|if)\b[^.!?;]*?(?:,?\s+and\s+(?:i|we)\s+(?:do\s+not|don['’]t)\s+know\s+what\s+to\s+(?:tell|say\s+to)\s+(?:them|him|her)\b)?[.!?]?["”]?$/iu;

/** Fear said of oneself: "I have never been so frightened", "We were terrified" (not "Staff were terrified after…"). */
const ownFear =
  /\b(?:i|we)\s+(?:am|are|was|were|['’]m|['’]re|have\s+never\s+been|['’]ve\s+never\s+been|had\s+never\s+been|felt|feel)\s+(?:so\s+|really\s+|very\s+|absolutely\s+)?(?:frightened|terrified|scared)\b/iu;

/**
 * A feeling said of someone: "We are just glad we were awake", "his client was “relieved” to…" (not "relieved of his
 * duties"), "We have had enough" or "they had enough of it" (not "had enough insulin for all patients", "its clinics
 * had enough of the new drug to last the winter").
 */
const feeling =
  /\b(?:am|are|is|was|were|feel|feels|felt|['’]m|['’]re)\s+(?:\p{L}+\s+)?["“]?(?:glad|relieved|ashamed)\b(?!\s+of\b)|\b(?:have|has|had|['’]ve)\s+had\s+enough\b|\bhad\s+enough\b(?=\s*(?:[.,;!?"”]|$|of\s+(?:it|this|that|them)\b))|\b(?:have|has|had)\s+(?:little|no|lost)\s+faith\b|\blost\s+(?:all\s+)?faith\b/iu;

/**
 * A statement each clause of which says a wish, fondness, sympathy, timing, praise or hurt (`judgementWords`): "We
 * just want a wall that holds", "ministers understood the frustration of island communities"; not "…, but the council
 * had already spent the money", "…was a sham because the council had signed the contract".
 */
function onlyJudgements(words: string): boolean {
  if (!containsAny(words, judgementWords)) return false;
  return words
    .trim()
    .replace(/[.!?"”]+$/u, '')
    .split(/,?\s+(?:and|but|because|after|since|while)\s+|,\s+(?:as|so)\s+|[:;]\s*|[.!?]["”]?\s+/u)
    .every((clause) => containsAny(clause, judgementWords));
}

/**
 * A statement that is feelings and nothing else, clause by clause: "People
 * here are frightened, and they are angry", "It breaks my heart to see
 * families going through this", "I have never felt so cheated in my life"
 * (felt, not "were cheated", which accuses); not "officers were shocked to find forty
 * bodies", "its members were angry and had voted to strike", "the patient
 * was anxious but stable", which say what happened too.
 */
function onlyFeelings(words: string): boolean {
  const clauses = words
    .trim()
    .replace(/[.!?"”]+$/u, '')
    .split(/,?\s+(?:and|but)\s+|[.;!?]["”]?\s+/u);
  return clauses.every((clause) => feelingClause.test(clause.trim()));
}
const feelingClause =
  /^["“]?(?:(?:[\p{L}'’-]+\s+){1,3}(?:am|are|is|was|were|feel|feels|felt)|i['’]m|we['’]re|they['’]re)\s+(?:so\s+|very\s+|really\s+|deeply\s+|just\s+)?(?:frightened|scared|terrified|angry|furious|upset|anxious|nervous|sad|heartbroken|devastated)(?:\s+(?:for|about)\s+[^,]*|\s+(?:with|at)\s+(?:(?!(?:for|over|because)\s)[\p{L}'’-]+\s*){1,4})?$|^["“]?it\s+(?:breaks|broke)\s+(?:my|our|your)\s+hearts?\s+to\s+(?:see|watch|hear)\b[^,]*$|^["“]?(?:[\p{L}'’-]+\s+){1,3}(?:feel|feels|felt)\s+(?:so\s+|very\s+|really\s+|deeply\s+)?(?:cheated|betrayed|humiliated|insulted|helpless|powerless|abandoned|let\s+down|robbed)(?:\s+in\s+(?:all\s+)?(?:my|our|his|her|their)\s+li(?:fe|ves))?$/iu;

/**
 * Bewilderment said of oneself, and nothing more: "I never thought I would
 * see the river like this", "I don't know where we are supposed to go now",
 * and what one took oneself to be living through: "I thought I was listening
 * to him die".
 */
const bewildered =
  /^["“]?(?:i|we)\s+(?:(?:just|still|really)\s+)?(?:never\s+(?:thought|imagined|dreamed|dreamt|expected)(?!\s+(?!(?:i|we)\b)(?:[\p{L}'’-]+\s+){1,4}(?:would|could|to|had)\b)|thought\s+(?:i|we)\s+(?:was|were|would)\b|(?:don['’]t|do\s+not)\s+know\s+(?:where|what|how|when|if|whether|who))\b(?![^.!?]*\b(?:but|because|although|yet)\b)[^.!?,;]*[.!?]?["”]?$/iu;

/**
 * A hope or a prayer said of oneself, opening what is said and all of it: "I just hope it does not happen again", "I
 * just pray the money comes back" (not "…, but the figures show…").
 */
// "I pray at this temple every day" tells a habit: a prayer says what for.
const hope =
  /^["“]?(?:i|we)\s+(?:just\s+|only\s+|really\s+|still\s+)?(?:hope\b|pray\s+(?=(?:(?:daily|every\s+day|each\s+day|always|hard)\s+)?(?:that|for|to\s+(?:god|allah)|god|allah|the|it|they|we|he|she|nobody|no\s+one|no\s+other|this|our|my)\b))(?![^]*(?:\bbut\b|:))/iu;

/**
 * What will follow if a situation goes on, which nothing can check yet: "If
 * this goes on beyond the weekend, farmers will start to feel it"; not a
 * condition the law or a rule sets ("If convicted, he faces…").
 */
const conditionalForecast =
  /^["“]?if\s+(?:this|it|that|the\s+\p{L}+)\s+(?:goes\s+on|continues|carries\s+on|persists|drags\s+on|gets\s+worse|lasts)\b[^,]{0,60},\s*(?:[\p{L}'’-]+\s+){1,4}?(?:will|would|could|might|may)\b/iu;

/** A demand that whoever it was pay for it, and nothing else: "anyone found responsible would be held to account". */
const heldToAccount = /^(?:anyone|whoever|those|all\s+those)\b[^,]*\b(?:would|will)\s+be\s+held\s+(?:to\s+account|accountable)\.?$/iu;

/** The months' names, in small letters, as `when` reads a date or the end of a month. */
const monthNames = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** The days of the week, in small letters, as `when` reads a day to check a plan by. */
const weekdayNames = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * A time that makes a pledge or a forecast an announcement to check later: "We
 * will reopen the bridge on Monday", "… will not reach hospitals until autumn",
 * "… will not be finished before the season starts", a deadline "by the end of July", "before the end of April" or "by
 * the end of the week", "starting Wednesday" (or "beginning", "effective", "as of"), "at the council's March meeting".
 */
const when = new RegExp(
  String.raw`\b(?:on|in|by|from|until|before|after)\s+(?:${weekdayNames}|${monthNames})\b|\b(?:next|this|(?:at|by|before|until)\s+the\s+end\s+of\s+the)\s+(?:week|month|year|spring|summer|autumn|winter)\b|\b(?:by|before|until|at)\s+the\s+end\s+of\s+(?:${monthNames})\b|\b(?:starting|beginning|effective|as\s+of)\s+(?:(?:on|in)\s+)?(?:${weekdayNames}|${monthNames})\b|\b(?:${monthNames})\s+(?:meeting|session|sitting)\b|\btomorrow\b|\bwithin\s+(?:a|an|\p{L}+)\s+(?:days?|weeks?|months?|years?)\b|\b(?:until|before|after)\s+(?:the|its|their)\s+\p{L}+\s+(?:is|are|has|have)\s+(?:been\s+)?\p{L}+(?:ed|en|rd|wn)\b|\b(?:in|by|until|before|after)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b|\b(?:by|until|before|after)\s+the\s+\p{L}+\s+(?:starts|begins|ends|opens|closes)\b`,
  'iu',
);

/** Whether a text gives a time to check a pledge or a forecast by (see `when`): "by next summer", "on Monday". */
export function givesATimeToCheck(text: string): boolean {
  return when.test(text);
}

/** A sentence that tells the listener what to do: "Stay away from the embankments…", "Do not drink the water". */
// Only verbs that open nothing but an instruction: "Stay orders were issued", "Use of the drug fell" and "Call centres
// received…" open statements.
const advice =
  /^(?:please\s+\p{L}|do\s+not\s|don['’]t\s|avoid\s|unplug\s|boil\s|make\s+sure\s|stay\s+(?:away|indoors|inside|at\s+home|off|out|calm|safe|clear)\b|keep\s+(?:away|out|calm|clear|off)\b|follow\s+(?:the|their|our|all|any)\s+(?:\p{L}+\s+){0,3}?(?:instructions|advice|orders|guidance|rules)\b)/iu;

/**
 * What the speaker promises or refuses to do, which no record holds yet: "We
 * will answer any further attack…", "But I am not going to hand our children…".
 */
const ownPromise =
  /^(?:but\s+|and\s+|so\s+)?(?:i|we)(?:['’]ll|['’](?:m|re)\s+(?:not\s+)?going\s+to|\s+(?:will|shall|won['’]t|(?:am|are)\s+(?:not\s+)?going\s+to))\b/iu;

/**
 * What is yet to happen, said of anyone, which no record can confirm yet: a
 * forecast, a plan or a pledge ("the strike would continue until…", "the
 * ministry would decide within a week", "it could take three days to reach
 * the men"). Its subject comes first, then the modal; not what could have
 * been ("the ammonia could have come from farmland"), nor a clause that
 * tells what was done before it ("had summoned the ambassador and would
 * raise…"), nor what a rule or a plan would allow or require, which its text
 * says ("the new rules would allow landlords to…"). Modals are read in lower
 * case: "In May the council…".
 */
const plainForecast =
  /^["“]?(?:(?!(?:had|has|have|was|were|is|are|did|does|do|that|which|who|when|if|after|before|because)\b)[\p{L}\p{N}'’.,%-]+\s+){1,10}?(?:will|would|could|might|may|shall|(?:is|are)\s+(?:set|expected|likely|due|going)\s+to|(?:plans?|intends?|aims?)\s+to|(?:expected|expects|predicted|predicts|hoped|hopes)\s+(?:(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,4}?)?to)\s+(?!(?:have|allow|let|permit|require|oblige|force|ban|prevent)\b)\p{L}/u;

/** A condition set first, as the law sets one: "If convicted, the two men could face life in prison". */
const lawfulCondition = /^["“]?(?:if|unless|once)\s/iu;

/**
 * A plain forecast (see `plainForecast`) with nothing to check it by: no date
 * or time (`when`), no condition set first, no figure, even in words ("would
 * cut deaths by a third", "enough power for a million homes"); not what
 * someone could see or would do again and again ("they could hear people
 * calling", "would often wait two hours"), what a thing can do or cause
 * ("could cause a rare disorder", "could withstand an earthquake"), a rank
 * ("would be the largest in Europe"), nor an answer to a charge ("his client
 * would plead not guilty").
 */
function isPlainForecast(sentence: string): boolean {
  // A fact joined on is checkable: "they expected the river to keep rising, and that the bridge had been closed".
  const parts = sentence.split(/,?\s+and\s+that\s+/u);
  return (
    parts.every((part) => plainForecast.test(part)) &&
    !when.test(sentence) &&
    !lawfulCondition.test(sentence) &&
    !figureInWords.test(sentence) &&
    !pastOrHabit.test(sentence) &&
    !capability.test(sentence) &&
    !ranked.test(sentence) &&
    !containsAny(sentence, denialWords) &&
    !/\b(?:not\s+guilty|innocent|plead|pleads|pleaded)\b/iu.test(sentence)
  );
}

/**
 * A figure in words: "a third", "a million homes", "twice as many", "five miles"; not how long it may take ("three
 * days"), those already counted ("the two companies would merge") nor "one hundred per cent".
 */
const figureInWords =
  /(?<!\bthe\s)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halve|halved|thirds?|quarters?|fifths?|twice|double|doubled|triple|tripled)\b(?!\s+(?:(?:more|further|extra|additional)\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\b|\s+(?:hundred\s+)?per\s*cent\b)/iu;

/** What someone could perceive or do, or did again and again: "they could hear…", "would often wait…". */
// Not "always" or "sometimes", which promise or guess as often: "would always put safety first".
const pastOrHabit =
  /\b(?:could|would)\s+(?:not\s+)?(?:see|hear|smell|feel|access|breathe|reach|find)\b|\b(?:often|usually|regularly|routinely|every\s+(?:day|week|night|morning|winter|summer|spring|autumn|year))\b/iu;

/** What a thing can do or bring about, which can be checked now: "could cause a rare disorder", "could withstand…". */
// Not a guess at what would follow: "could cause chaos", "could kill competition".
const capability =
  /\b(?:can|could|may|might)\s+(?:cause|withstand|detect|read|trigger)\b(?!\s+(?:\p{L}+\s+)?(?:chaos|havoc|problems|trouble|disruption|delays|damage|harm|confusion|panic|concern)\b)/iu;

/** A rank by measure among others: "would be the largest in Europe", "the first country to ban…"; not "the best team". */
const ranked =
  /\bthe\s+(?:largest|biggest|longest|highest|lowest|tallest|deepest|oldest|newest|fastest|smallest|cheapest|busiest)\b|\bthe\s+first\s+\p{L}+\s+to\s/iu;

/** A statement about what happened, not what will: "the fire was probably caused by…", not "we will probably win". */
function tellsThePast(words: string): boolean {
  return (
    /\b(?:was|were|had|did)\b|\b(?:has|have)\s+been\b|\b\p{L}{2,}ed\b/iu.test(words) &&
    !/\b(?:will|would|shall|going\s+to)\b|[’']ll\b|\b(?:won|wouldn)[’']t\b/iu.test(words)
  );
}

/** Negations by which a source says it did not do what it is accused of: "it had never bought…", "he did not know…". */
const negations = [
  'not',
  'never',
  'no',
  'nothing',
  'none',
  'nobody',
  'no one',
  "didn't",
  "hadn't",
  "hasn't",
  "haven't",
  "wasn't",
  "weren't",
  "isn't",
  "aren't",
  "don't",
  "doesn't",
];

/**
 * The kind of a paraphrased statement: a denial when it dismisses ("there
 * was no truth in…", "the figures were wrong"), or when the speaker says of
 * itself that it did not do something ("it had never bought steel from…",
 * "she did not know about the loan"), which answers an accusation; a claim
 * otherwise. What was not done to them ("she had not been warned") is a
 * complaint, not a denial.
 */
export function paraphraseKind(said: string): Statement['kind'] {
  // A label the statement reports another using ("to protest against what it called “unfounded accusations”") dismisses nothing of its own.
  const words = said.replace(/\b(?:against|at|over|about)\s+what\s+(?:[\p{L}'’-]+\s+){1,3}called\s+["“][^"”]*["”]/giu, '');
  // "wrong" dismisses only as what something is ("the figures were wrong"), not "the wrong party emblems".
  if (
    containsAny(words.replace(truthWithheld, ''), dismissiveWithoutWrong) ||
    /\b(?:is|are|was|were|been|be)\s+['‘"“]?(?:\p{L}+\s+){0,2}['‘"“]?wrong\b|\b(?:got|gets|get|had|has|have)\s+(?:[\p{L}'’]+\s+){1,3}?wrong\b/iu.test(
      words,
    )
  )
    return 'denial';
  // A negation of what was alleged, pointed back to ("no supervisor had given such an order", "no record of any such
  // conversation"), answers it.
  if (deniesSuchAThing.test(withoutRelativeNegations(words)) || untrueOfAClaim.test(words)) return 'denial';
  return /^(?:it|he|she|its|his|her)\s/iu.test(words) && deniesOwnDeed(words) ? 'denial' : 'claim';
}

/** A negation of "any such" or "no such" thing, which points back to what was alleged: "There was never any such payment". */
const deniesAnySuch = /\b(?:no|not|never|nobody|none|neither|nor|without)\b[^,;]{0,60}?\bany\s+such\s+\p{L}+|\bno\s+such\s+\p{L}+/iu;

const deniesSuchAThing =
  /\b(?:no|not|never|nobody|none|neither|nor|without)\b[^,;]{0,60}?\b(?:any\s+such|such\s+an?|such)\s+\p{L}+|\bn['’]t\b[^,;]{0,60}?\b(?:any\s+such|such\s+an?)\s+\p{L}+/iu;

const dismissiveWithoutWrong = dismissiveWords.filter((word) => word !== 'wrong');

/**
 * A negation of something done, not of something suffered ("had not been
 * warned") nor promised ("will not take chances"): what a source says it did
 * not do.
 */
function deniesOwnDeed(words: string): boolean {
  return (
    // The negation turns the speaker's own verb, near the start of a reported clause ("it had never bought…", "…
    // and that no trees had been marked"), not a verb joined on later ("it had warned them and received no reply").
    withoutRelativeNegations(words)
      .split(/\band\s+that\b/iu)
      // A later clause of another's deed is no denial of the speaker's: "…and that the hospital placed no order".
      .filter(
        (clause, index) =>
          index === 0 || /^\s*(?:it|he|she|they|we|i|its|his|her|their|our|any|no|nobody|none|neither|never|not|no\s+one)\b/iu.test(clause),
      )
      // An aside set off by commas ("her department, under pressure for months, had never…") is no part of the way in.
      .some((clause) =>
        containsAny(
          clause
            .replace(/,[^,]*,/gu, ' ')
            // An order not to do something is no deed denied: "managers told staff not to call in replacements".
            .replace(/\b(?:told|asked|ordered|instructed|urged|warned|advised)\s+(?:[\p{L}'’]+\s+){0,3}?not\s+to\b/giu, ' ')
            .trim()
            .split(/\s+/u)
            .slice(0, 9)
            .join(' '),
          negations,
        ),
      ) &&
    // How far something has got is no denial: "We are not yet at the peak"; nor what a witness did not hear or see.
    !/\bnot\s+yet\b/iu.test(words) &&
    !/\b(?:heard|saw|seen|noticed|smelled)\s+(?:no|nothing|nobody|no\s+one)\b/iu.test(words) &&
    !foundOrWentWithout.test(words) &&
    !/\b(?:not|never)\s+(?:been|be)\b|n['’]t\s+(?:been|be)\b|\b(?:am|is|are|was|were)\s+(?:not|never)\s+\p{L}+(?:ed|en|wn|ld|ght)\b/iu.test(
      words,
    ) &&
    !/\b(?:will|would|shall|can|could|should|must|may|might)\s+(?:not|never)\b|\b(?:won['’]t|wouldn['’]t|can['’]t|cannot|couldn['’]t|shouldn['’]t)\b/iu.test(
      words,
    )
  );
}

/**
 * An absence found ("We found no comparable readings", "the review had found
 * no evidence") reports a finding, and going without ("Our members have not
 * had a pay rise in six years") a grievance: neither answers an accusation.
 */
const foundOrWentWithout =
  /\b(?:found|finds|find|saw|detected|recorded|observed|identified|measured)\s+(?:no|nothing|none)\b|\b(?:has|have|had)\s+(?:not|never)\s+had\b|\b(?:hasn['’]t|haven['’]t|hadn['’]t)\s+had\b/iu;

/** A negation that opens a relative clause: "who did not", "that had never". */
const relativeNegation =
  /\b(?:who|which|that)\s+(?:did|does|do|had|has|have|was|were|is|are|could|would)(?:\s+not|n['’]t)\b|\b(?:who|which|that)\s+never\b/giu;

/** A statement without the negations inside its relative clauses, which turn no part of it: "customers who did not want a replacement". */
export function withoutRelativeNegations(words: string): string {
  return words.replace(relativeNegation, ' ');
}

/** Words before a denial verb that make it passive: "has been contested". */
const passiveBefore = ['been', 'be', 'being', 'was', 'were', 'is', 'are'];
/** A passive a word or two before a verb: "had been charged", "was later charged", "got charged". */
const passiveShortlyBefore = new RegExp(String.raw`\b(?:${[...passiveBefore, 'get', 'got'].join('|')})\s+(?:\p{L}+\s+)?$`, 'iu');

/** What "belied" takes when it denies: a claim, a finding, a report ("belied the auditors' findings"), not "belied her anger". */
const beliedClaim =
  /^\s+(?:(?:the|these|those|such|their|its|his|her|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:claims?|findings?|reports?|allegations?|accusations?|charges?|statements?|stor(?:y|ies)|versions?|accounts?|figures?|audit|testimony|complaints?|assurances?|insistence|assertions?|promises?|denials?)\b/iu;

/** True for a title in quotation marks ("Nobody Said It Would Be Easy"): every longer word capitalised, no sentence punctuation. */
function isTitle(words: string): boolean {
  const long = words.split(/\s+/u).filter((word) => word.length > 3);
  return long.length >= 2 && long.every((word) => /^\p{Lu}/u.test(word)) && !/[.!?,]/u.test(words);
}

/**
 * True for a short name in quotation marks after an article or possessive:
 * "who leads the “Vote No” campaign", "their “Clean Air” plan". Every word
 * capitalised but those that join a name ("of", "the"), no sentence punctuation.
 */
function isQuotedName(text: string, quotation: Quotation): boolean {
  const words = text.slice(quotation.start, quotation.end).split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((word) => /^\p{Lu}[\p{L}\p{N}'’-]*$/u.test(word) || /^(?:of|the|a|an|and|for|in|on|to|at|our)$/u.test(word)) &&
    /(?:^|\s)(?:the|a|an|its|his|her|their|our)\s+$/iu.test(text.slice(Math.max(0, quotation.outerStart - 8), quotation.outerStart))
  );
}

/** Whether a text holds any word that may report speech: one that holds none reports no one (cheaper than reading it). */
export function mayReportSpeech(text: string): boolean {
  return cuePatterns.some(([, pattern]) => text.search(pattern) !== -1) || /\bas\s+saying\b/iu.test(text);
}

/**
 * Whether the one told, before a passive "was told", is an outlet or its people ("The Courier", "Lusarar News",
 * "Reuters", "this paper", "our reporter"), by the word it ends on: not a person told something ("Sipho Dlamini was
 * told by doctors…") nor a court ("The High Court was told…"), whose telling is reported by whoever reports it.
 */
function outletHears(before: string): boolean {
  const hearer = before.replace(/(?:\s+(?:was|were|is|are|been|being|be|had|has|have|not|never|also|later|then|already))+\s*$/iu, '');
  return /\b(?:paper|newspaper|outlet|desk|reporters?|journalists?|correspondents?|News|Times|Post|Herald|Courier|Observer|Standard|Tribune|Online|Agency|Radio|TV|FM|Gazette|Daily|Chronicle|Sentinel|Reuters|AFP)$/u.test(
    hearer,
  );
}

/** Words after which a reporting word ending in -s is a plural noun: "the notes", "her replies", "the United States". */
const nounsBefore =
  /^(?:the|a|an|this|these|those|his|her|their|its|our|my|your|several|many|some|all|any|no|both|few|two|three|united|written|official|whose)$/u;

/** The cues of a sentence that report speech, in text order; "the said agreement" is not one. */
function findCues(masked: string, offset: number): Cue[] {
  const cues: Cue[] = [];
  for (const [type, pattern] of cuePatterns) {
    for (const match of masked.matchAll(pattern)) {
      const before = /(\p{L}+)\s+$/u.exec(masked.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
      if (type === 'plain' && notSpeechBefore.includes(before)) continue;
      // A plural noun, not a verb, after an article, a possessive or a count: "The answers that the ministry gave…",
      // "her replies", "despite several replies", "the United States".
      if (type === 'reporting' && /s$/iu.test(match[0]) && nounsBefore.test(before)) continue;
      // "work to maintain", "will maintain": the infinitive reports nothing (a present "maintain" has its subject before it).
      if (/^maintain$/iu.test(match[0]) && /^(?:to|will|would|must|should|can|could|may|might|shall)$/u.test(before)) continue;
      // "Dr Menon, who gave evidence that…, said…": evidence in a relative clause is no cue of the sentence.
      if (/^gave\s+evidence$/iu.test(match[0]) && /^(?:who|which|that)$/u.test(before)) continue;
      // "declined to say where…", "would not say whether…": a refusal reports nothing.
      if (type !== 'denial' && refusedBefore.test(masked.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) continue;
      // "No keeper had ever been told to…": a passive verb reports no one's speech; nor does one whose hearer is no
      // outlet ("was told he was not there", "Several homeowners had been told by the agency that…"): what they were
      // told is theirs, or their reporter's, to report. (An outlet told reports its source: "The Courier was told by the
      // ministry that…".)
      // (…nor one denied: "The local council was not told of the board sitting".)
      const twoBefore = /(\p{L}+)\s+\p{L}+\s+$/u.exec(masked.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
      if (
        type === 'plain' &&
        /^(?:told|tells)$/iu.test(match[0]) &&
        (passiveBefore.includes(before) || (/^(?:not|never)$/u.test(before) && passiveBefore.includes(twoBefore))) &&
        (/^\s+(?:to|of|about)\s/iu.test(masked.slice((match.index ?? 0) + match[0].length)) || !outletHears(masked.slice(0, match.index)))
      )
        continue;
      // "has been contested", "was rejected": a passive verb reports no one's denial; nor "had been charged" or "was
      // observed" anyone's speech.
      if (type === 'denial' && passiveBefore.includes(before)) continue;
      // "Rowers … were warned that testers were on their way, three officers said": those warned or assured only heard
      // it, and whoever warned them is named elsewhere, if at all.
      if (/^(?:warned|assured|reminded|informed|notified|advised)$/iu.test(match[0]) && passiveBefore.includes(before)) continue;
      // …nor a charge or a watch made ("then charged into the box", "charged them overnight", "observed a minute's
      // silence"): these report only with "that", a quotation, or nothing but when and where after them.
      if (
        /^(?:charged|observed)$/iu.test(match[0]) &&
        (passiveShortlyBefore.test(masked.slice(Math.max(0, (match.index ?? 0) - 30), match.index)) ||
          /^(?:then|so|and|but|later|again|also|suddenly|finally|soon|immediately|instead|quickly)$/u.test(before) ||
          // (…right after a quotation it reports it, whoever follows: "“…,” observed the chairperson.")
          (!/(?:^|[,!?]?["”'’•])\s*$/u.test(masked.slice(0, match.index)) &&
            !/^(?:\s*(?:[.,;:!?"”'’)\u2014\u2013]|$)|\s+(?:that|on|at|in|during|last|yesterday|earlier|this|when|as|after)\b)/u.test(
              masked.slice((match.index ?? 0) + match[0].length),
            )))
      )
        continue;
      // "A worker dismissed on 24 July, who asked not to be named, said…": one sacked, described by when, not a denial.
      if (
        /^dismissed$/iu.test(match[0]) &&
        /\b(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}$/iu.test(
          masked.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
        ) &&
        // (…and goes on to say something: "The minister dismissed on Monday the claims" dismisses them.)
        /^\s+(?:on|in|last|earlier|this)\s+(?:\d|\p{Lu}|week|month|year)[^,.;]*(?:,\s+who\b|\s+(?:said|says|told)\b)/u.test(
          masked.slice((match.index ?? 0) + match[0].length),
        )
      )
        continue;
      // "Kou was suspended in March and dismissed in November": sacked, with the passive before it, when no object follows
      // ("was sent on leave in July and dismissed in October" too).
      if (
        /^dismissed$/iu.test(match[0]) &&
        /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ed|sent|put|kept|held|taken|given|told|found|made|left|paid|laid|let|shut|cut|caught|brought|stood|struck)\b[^.;,]*\band\s+$/iu.test(
          masked.slice(Math.max(0, (match.index ?? 0) - 80), match.index),
        ) &&
        /^\s+(?:in|on|from|after|for|last|over|at|without|with|by)\b/iu.test(masked.slice((match.index ?? 0) + match[0].length)) &&
        // (…not one who dismissed something a few words on: "was asked and dismissed on Friday the allegations as false";
        // what comes after "as" or "after" is a clause of its own: "dismissed in March as the claims lacked merit".)
        !/\b(?:claims?|allegations?|accusations?|reports?|suggestions?|talk|idea|criticism|figures|conclusions?|rumou?rs?|speculation|concerns?|findings?|complaints?|calls?)\b/iu.test(
          masked.slice((match.index ?? 0) + match[0].length).split(/[.;,]|\b(?:as|after|because|when|while|since|until)\b/iu)[0] ?? '',
        )
      )
        continue;
      // "director of rental disputes", "the two contests": the noun, not the verb.
      if (
        /^(?:disputes|contests)$/iu.test(match[0]) &&
        /(?:^|\s)(?:(?:of|in|over|for)\s+(?:\p{Ll}[\p{L}-]*\s+)?|(?:the|a|an|its|their|his|her|our|two|three|many|several)\s+)$/u.test(
          masked.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
        )
      )
        continue;
      // "the mayoral races it contested last October": a denial verb in a relative clause, with nothing after it but when.
      if (
        type === 'denial' &&
        /\p{Ll}\s+(?:it|they|he|she|we)\s+$/u.test(masked.slice(Math.max(0, (match.index ?? 0) - 30), match.index)) &&
        /^\s*(?:(?:last|this|next)\s+\p{L}+\b|in\s+\p{N}{4}\b)?\s*(?:[.;,]|$)/u.test(masked.slice((match.index ?? 0) + match[0].length))
      )
        continue;
      const after = masked.slice((match.index ?? 0) + match[0].length);
      // "belied the auditors' findings" denies them; "Her calm manner belied her anger" denies nothing.
      if (/^belie[sd]$/iu.test(match[0]) && !beliedClaim.test(after)) continue;
      // "was inspected in May and found to be sound", "were shown to have…": what something was found to be, not a finding reported.
      if (/^(?:found|finds|showed|shown|shows)$/iu.test(match[0]) && /^\s+to\s+(?:be|have)\b/iu.test(after)) continue;
      // "the company that maintains the system": upkeep, described in a relative clause, reports nothing.
      if (
        /^maintain(?:s|ed)?$/iu.test(match[0]) &&
        /^(?:that|who|which)$/u.test(before) &&
        /^\s+(?:the|a|an|its|their|his|her|our)\s/iu.test(after)
      )
        continue;
      // "A box of papers … was found opened on June 3": what something was found, in the passive, reports no finding;
      // "whose mother was admitted on Friday" was taken into hospital, and admitted nothing.
      if (/^(?:found|shown|admitted)$/iu.test(match[0]) && passiveBefore.includes(before)) continue;
      // "told residents not to eat fish": an order, not speech reported.
      if (
        /^(?:told|tells)$/iu.test(match[0]) &&
        /^\s+[\p{L}'’-]+\s+(?:(?!(?:he|she|it|they|we|I|you)\s)[\p{L}'’-]+\s+){0,2}?(?:not\s+)?to\s+\p{Ll}/u.test(after)
      )
        continue;
      // "to protest against what it called “unfounded accusations”": a label inside another statement, not its own.
      if (type === 'called' && /\bwhat\s+(?:[\p{L}'’-]+\s+){1,3}$/iu.test(masked.slice(0, match.index))) continue;
      cues.push({ type, word: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** A refusal just before a cue: "declined to", "refused to", "would not", "did not". */
const refusedBefore =
  /\b(?:declined|declines|refused|refuses|(?:would|did|could|will|does|do)\s+not|(?:would|did|could|wo|does|do)n['’]t|cannot|can['’]t)\s+(?:to\s+)?(?:immediately\s+|publicly\s+|yet\s+)?$/iu;

/** A span without spaces and , ; : at its edges. */
function trimmed(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /[\s,;:—–]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:—–]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function wordCount(text: string, span: TextSpan): number {
  return (
    text
      .slice(span.start, span.end)
      .split(/\s+/u)
      // An amount is a word: "£40,000 had vanished" is three.
      .filter((word) => letter.test(word) || /^[£$€¥]\p{N}/u.test(word)).length
  );
}

/** A quotation as a statement: a denial if its words deny ("no truth", "baseless") or its cue does. */
function quotedStatement(text: string, quotation: Quotation, denies: boolean, reason: string): Statement {
  const span = trimmed(text, quotation);
  // The comma or full stop that closes a quotation is not part of it ("a.m." keeps its own).
  if (/[.,]/u.test(text[span.end - 1] ?? '') && !/(?:^|[^\p{L}])\p{L}\.\p{L}\.$/u.test(text.slice(span.start, span.end))) span.end--;
  const words = text.slice(span.start, span.end);
  // What the speaker says they did not do ("I have never taken…", "We did not know…") answers an accusation too.
  const ownDeed = deniedByOpening.test(words) && deniesOwnDeed(words);
  const kind =
    denies ||
    containsAny(words.replace(truthWithheld, ''), denialWords) ||
    untrueOfAClaim.test(words) ||
    answers(words) ||
    ownDeed ||
    // "There was never any such payment": what was alleged, pointed back to and negated (not "never seen such a flood").
    deniesAnySuch.test(withoutRelativeNegations(words))
      ? 'denial'
      : 'claim';
  return { ...span, kind, reason };
}

/**
 * Truth said to be withheld, as the subject that opens what is said: "Not one word of truth has come from the
 * government", "not a word of truth was told to them". An accusation, not a denial, for all its "no truth"; but truth
 * said to be absent from something ("Not a word of truth is in that report") denies it, and any other word of denial
 * after the phrase still counts.
 */
const truthWithheld =
  /^["“]?(?:that\s+)?(?:not|no)\s+(?:(?:a|one|a\s+single|one\s+single|single)\s+)?(?:word|shred|grain|ounce)s?\s+of\s+truth\s+(?:(?:has|have|had|was|were|is|will)\s+)?(?:(?:been|being|be)\s+)?(?:come|comes|came|coming|told|given|spoken|heard|reached|offered|shared)\b/iu;

/** "I" or "we" with a negation of their own verb: "We did not know…", "I have never taken…", "We had no idea…". */
const deniedByOpening = new RegExp(`^(?:i|we)\\s+(?:[\\p{L}'’]+\\s+){0,2}?(?:${wordsPattern(negations)})\\b`, 'iu');

/**
 * Nobody doing what someone should have: help or care that never came ("Nobody came", "nobody cares"), a repair or
 * word never given ("Nobody ever replaced that valve", "Nobody has announced anything"). Not nobody doing the deed
 * alleged: "Nobody in this ministry fixed any tender", "No one came to arrest anyone", "No one helped the rebels".
 */
const neglected =
  /\b(?:nobody|no one)\s+(?:from\s+[^,.;!?]{1,60}?\s+)?(?:[\p{L}'’]+\s+){0,3}?(?:(?:came|come|comes)\s+(?:[\p{L}'’]+\s+){0,5}?to\s+(?:ask|help|see|talk|speak|check|visit|tell|warn|explain)\b|(?:came|come|comes|helped)(?=\s*(?:[.,;!?]|$)|\s+(?:to\s+(?:help|us|me|see|talk|speak|check|visit)|back|for\s+us|us|me)\b)|took\s+(?:him|her|them|us|me)\s+to\s+(?:a|the)\s+(?:doctor|hospital|clinic|nurse)|(?:was|were)\s+(?:ever\s+)?(?:called|contacted|informed|consulted|interviewed|compensated|refunded)\b|cares|cared|listened|listens|answered|responded|apologi[sz]ed|bothered|replaced|repaired|checked|announced|explained|turned\s+up|showed\s+up|is\s+going\s+to\s+answer\s+for\s+(?:it|this|that)\b|is\s+to\s+blame\b(?<=\b(?:told|tells|say|says|said)\s+(?:\p{L}+\s+){0,2}?that\s+(?:nobody|no\s+one)\s+is\s+to\s+blame))\b/iu;

/**
 * True when a sentence of the quotation answers an accusation ("Our ships did
 * not fire", "There was no offer"). Not a negation in a condition ("If you
 * didn't sign, you were moved"), of something undergone ("has not been
 * serviced since") or of what others did not do for the speaker ("nobody has
 * told us anything"): those complain or report; they deny nothing.
 */
function answers(words: string): boolean {
  return words.split(/(?<=[.!?])\s+/u).some(
    (sentence) =>
      containsAny(sentence, answeringWords) &&
      !/^(?:if|unless|when)\s/iu.test(sentence) &&
      // What the speaker was told is a complaint: "We were told there was no money".
      !/\b(?:we|i)\s+(?:were|was)\s+(?:\p{L}+\s+)?told\b/iu.test(sentence) &&
      !foundOrWentWithout.test(sentence) &&
      // What nobody can do now is no answer about what was done: "at least nobody can pretend any more".
      !/\b(?:nobody|no one)\s+(?:can|could)\b(?!\s+have\b)/iu.test(sentence) &&
      // Help or care that never came is a complaint, not an answer: "Nobody came", "Nobody from the harbour has come
      // down to the quay to ask us anything", "Nobody ever replaced that valve",
      // "nobody in that council cares", "Nobody has announced anything".
      // …unless it gives its own answer: "Nobody took him to a doctor because he was not injured".
      !(neglected.test(sentence) && !/\bbecause\b[^.!?]*\b(?:not|no|never|n['’]t)\b/iu.test(sentence)) &&
      // Two negations make a rule, not an answer: "nobody goes in without a gown".
      !/\b(?:nobody|no one)\s+(?:[\p{L}'’]+\s+){0,4}?without\b/iu.test(sentence) &&
      // What others told the speaker is reported, not answered: "They told us that nobody would lose their job", "The
      // nurses told us at midnight that there was no more oxygen".
      !/\b(?:told|promised|assured)\s+(?:us|me)\s+(?:[\p{L}\p{N}'’]+\s+){0,3}?that\s+(?:[\p{L}'’]+\s+){0,2}?(?:nobody|no one|no|none|nothing|never|not)\b/iu.test(
        sentence,
      ) &&
      !/\b(?:has|have|had)\s+not\s+been\b|\b(?:hasn['’]t|haven['’]t|hadn['’]t)\s+been\b/iu.test(sentence) &&
      !/\b(?:nobody|no one|did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t)\s+(?:[\p{L}'’]+\s+){0,6}?(?:us|me)\b/iu.test(
        sentence,
      ),
  );
}

/** How a speaker was found to speak: "when met", "when contacted", "when asked". */
const metWords = 'met|contacted|approached|reached|asked';

/** Where a speaker was found to speak, as Malaysian and Singaporean papers write it: "when met", "when contacted". */
const whenMet = new RegExp(String.raw`^\s+when\s+(?:${metWords})\b`, 'iu');
/** Narration after the cue's time or channel ("as his trial opened", "while…", "when…"), but how the speaker was met. */
const narrationAfterCue = new RegExp(
  String.raw`(?<!\bwell)\s+(?:as(?!\s+well\s+as\b)(?!\s+(?:he|she|they|we)\s)|while|when(?!\s+(?:${metWords})\b))\s[^]*$`,
  'u',
);

/** A date in brackets after a weekday: " (May 3)", " (Jul 4)". */
const bracketedDate = /(?<=\p{Lu}\p{Ll}+day)\s+\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2}\)/gu;

/**
 * Where the reported clause after a verb starts: past "that", a time ("on
 * Monday") and, for "told", the people told. Null if it starts with a word no
 * clause does ("said about…") or a verb that needs "that" has none.
 */
function clauseStart(text: string, cue: Cue, end: number, needsThat: boolean): number | null {
  // "The court ruled that…" is read as part of what someone else says ("…, the company's lawyer said"), or not at all.
  if (/^ruled$/iu.test(cue.word)) return null;
  // A weekday's date in brackets glosses it ("said on Tuesday (May 3) that…"), as Malaysian and Singaporean papers
  // write it: read past, as the weekday is.
  const after = text.slice(cue.end, end).replace(bracketedDate, (date) => ' '.repeat(date.length));
  // An indirect question reports no statement: "has not said whether that decision will stand".
  if (/^\s+whether\b/iu.test(after)) return null;
  // What is denounced is a complaint with its "that" right after the verb ("denounces that 40 workers were sacked"),
  // not a thing with a clause about it ("denounces the decision that the council took").
  if (/^denounce[ds]?$/iu.test(cue.word) && !/^\s+that\s/iu.test(after)) return null;
  // What is expressed is a statement only with "that" right after the verb or where it was said: "expressed in dialogue
  // with the station that…" (not "expressed doubt that the figures were accurate", which says the opposite).
  if (/^expressed$/iu.test(cue.word) && !/^\s+(?:(?:in|to|during)\s[^,]*?\s)?that\s/iu.test(after)) return null;
  // What people were told about is no statement: "told visitors about the old bridge that flooded in 1952".
  if (/^(?:told|tells)$/iu.test(cue.word) && /^\s+(?:\S+\s+){0,3}?about\s+(?!\d)/iu.test(after)) return null;
  // A channel or a time may be long: "said in an interview with the newspaper Diario Sul that…".
  // Those told, and where and when, may take more words: "told a news conference in Castrel on Monday afternoon that…".
  // Not what they were told about: "told the society about a mill that burned down".
  // …and so may where they were met: "said when met after launching a health carnival in Kampong Perepat that…".
  // Past ten words only where those told are followed by where or when ("told reporters on the sidelines of a … conference
  // in Kota Seruling that"), not where a "that" belongs to the statement's own subject ("told reporters the drainage
  // system for the estate that flooded in 2021 cost…").
  // (A "that" far on opens the clause only when a subject follows it, not a verb: "the estate that flooded in 2021".)
  // …or, whatever opens the clause, when "that" comes right after when it was said ("told reporters at the opening of a
  // clinic in Ntabazwe on Saturday that reports of…").
  const farThat =
    /^\s+(?:[\p{L}\p{N}'’-]+,?\s+){6,14}?that\s+(?:the|a|an|his|her|its|their|our|this|these|those|he|she|it|they|we|i|there|no|none|some|all|every|each|\p{Lu}[\p{L}'’-]*|\p{N}+)\s/u.test(
      after,
    ) || afterWhenSaid(after);
  const wordsBeforeThat =
    /^(?:told|tells)$/iu.test(cue.word) && !/^\s+(?:\S+\s+){0,13}?about\s/iu.test(after)
      ? farThat
        ? 14
        : 10
      : whenMet.test(after) && farThat
        ? 14
        : 6; // "that day", "that week": a determiner, no clause's opening ("said the page for that day had been removed").
  const that =
    new RegExp(
      // Nor a "that" that is the subject: "says that is not what happened".
      `^\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,${wordsBeforeThat}}?that\\s+(?!(?:day|week|month|year|night|morning|afternoon|evening|time|moment|date)\\b)(?!(?:is|was|isn['’]t|wasn['’]t)\\s+(?:not|untrue|false|wrong|simply|just|nonsense|absurd|ridiculous|incorrect|inaccurate)\\b)`,
      'iu',
    ).exec(after) ??
    /^\s+(?:in|on|to|at|during|via|through|from|with)\s+(?:[\p{L}\p{N}'’-]+,?\s+){0,10}?that\s+/iu.exec(after) ??
    // Those told, then what is said of them between commas: "told the court, presided over by Judge Lim Wei, that…".
    (/^(?:told|tells)$/iu.test(cue.word) ? toldThenAside.exec(after) : null);
  // A "that" a verb follows, after a noun phrase that is no one told, is a relative one inside what is said: "said the
  // firm that built the bridge had been paid twice", "told reporters the drainage system for the estate that flooded
  // last week had been cleared" (but "told the inquiry that was the only record" tells the inquiry).
  const beforeThat =
    that?.[0]
      .replace(/that\s+$/iu, '')
      .trim()
      .split(/\s+/u) ?? [];
  const nounPhraseAt = (at: number) => determiners.includes((beforeThat[at] ?? '').toLowerCase());
  const relativeThat =
    that !== null &&
    relativeVerb.test(after.slice(that[0].length)) &&
    (/^(?:told|tells)$/iu.test(cue.word)
      ? // A second noun phrase after those told.
        beforeThat.slice(1).some((_word, at) => nounPhraseAt(at + 1))
      : nounPhraseAt(0));
  // "said two men had been arrested and that a third…": a "that" after a clause of its own is inside the statement.
  // "said reports that 40 people had died were not correct": the "that" of a noun of saying opens what the noun
  // reports, inside the clause.
  const ofANoun =
    that !== null &&
    /\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation|fears?)\s+that\s+$/iu.test(that[0]);
  // A subject and its verb before "that" make it a determiner inside the clause: "said the board never received that
  // letter", "said nobody saw that car".
  // (A verb that needs "that", "warned the government knew that…", keeps it as the clause's opening.)
  const subjectThenVerb =
    that !== null &&
    !needsThat &&
    !/^(?:told|tells)$/iu.test(cue.word) &&
    /^(?:(?:the|a|an|his|her|their|its|our|my)\s+[\p{L}'’-]+|nobody|no\s+one|everyone|he|she|they|we|i)\s+(?:(?:never|not|also|already|only|just|then)\s+)?(\S+)$/iu.test(
      beforeThat.join(' '),
    ) &&
    finiteVerbWord.test(beforeThat[beforeThat.length - 1] ?? '');
  if (
    that !== null &&
    !ofANoun &&
    !relativeThat &&
    !subjectThenVerb &&
    !containsAny(that[0].replace(/that\s+$/iu, ''), [...clauseVerbs, 'and', 'but', 'or'])
  )
    return cue.end + that[0].length;
  // …unless another cue follows, whose reading it is: "The government acknowledged the letter had come, a spokesman said."
  const laterCue = /,\s+(?:[\p{L}'’-]+\s+){0,6}?(?:said|says|told|added)\b/u.test(after);
  // (…or with "on": "replied on Friday the secretariat had counted…", "confirmed on Tuesday it had received…".)
  const afterWhen = after.replace(weekdaySaid, ' ').replace(weekdayOnSaid, ' ');
  // What records "show" is a clause only when records show it, with no source of their own after: "Records published by
  // the commission show it cleared…" (not "He wanted to show the club was…", "TV shows the network had planned…",
  // "The bank statements showed …, according to the indictment").
  const showing = /^show(?:s|ed)?$/iu.test(cue.word);
  // …nor what a source named after it reports: "The map shows 14 villages were flooded, the disaster agency said".
  const laterSource = showing && (/,\s+according\s+to\b/u.test(after) || sourceClosesAfter(after));
  if (laterSource) return null;
  const shownByRecords = !showing || recordsBefore.test(text.slice(Math.max(0, cue.start - 160), cue.start));
  const plainly =
    (bareClauseVerbs.test(cue.word) && bareClause.test(afterWhen)) ||
    (plainClauseVerbs.test(cue.word) && plainClause.test(afterWhen)) ||
    (/^(?:repl(?:ied|ies)|answer(?:ed|s)|retort(?:ed|s))$/iu.test(cue.word) && answeredClause.test(afterWhen));
  if (needsThat && !(plainly && !laterCue && shownByRecords)) return null;
  // A date right after the verb, before a clause, is the statement's, not when it was said (as its readers take it):
  // "said on 17 March she had arrived at the centre at six", where "said on Monday she had…" says when.
  const datedClause = datedClauseOpening.exec(after);
  if (datedClause !== null && (bareClause.test(after.slice(datedClause[0].length)) || plainClause.test(after.slice(datedClause[0].length))))
    return cue.end + (/^\s*/u.exec(after)?.[0].length ?? 0);
  // …or a weekday without "on", as American wire copy writes it: "said Monday it had paid the fine".
  let skip =
    weekdaySaid.exec(after)?.[0].length ??
    /^\s+(?:(?:late|early)\s+on\s+\p{Lu}\p{Ll}*day\b|on\s+\p{L}+|in\s+(?:\p{Lu}\p{L}+|\d{4})|yesterday|today|last\s+\p{L}+)?\s*,?\s*/u.exec(
      after,
    )?.[0].length ??
    0;
  // A channel before the clause: "said in a statement it would…", "said on social media the vote…", "told reporters".
  const channelLength = channel.exec(after.slice(skip))?.[0].length ?? 0;
  skip += channelLength;
  // …and how the statement reached the public, up to the clause: "said in a statement read out by her agent, Tavovan
  // Sallmont, in front of the federation's offices on Thursday afternoon she had…".
  if (channelLength > 0) skip += clauseAfterDelivery(after.slice(skip)) ?? 0;
  if (/^(?:told|tells)$/iu.test(cue.word)) {
    const rest = after.slice(skip);
    skip += toldProgramme.exec(rest)?.[0].length ?? toldWhom.exec(rest)?.[0].length ?? /^[\p{L}'’-]+\s+/u.exec(rest)?.[0].length ?? 0;
    // …and where they were told, up to the words that open the clause: "told reporters at the plant gate a heatwave had…".
    skip += toldWhen.exec(after.slice(skip))?.[0].length ?? 0;
    skip += toldWhere.exec(after.slice(skip))?.[0].length ?? 0;
  }
  const rest = after.slice(skip);
  // A clause may open on a figure: "said 40 ships were waiting".
  // …or on a partial quotation: "confirmed “a small number” of accounts were hit".
  // …written with its thousands grouped by spaces too: "said 3 000 learners were still unplaced".
  // …or on an amount of money: "said £40,000 was missing".
  const first =
    /^["“‘]?(\p{L}+|[£$€¥]?\p{N}[\p{N},.]*%?(?:\s?(?:million|billion|m|bn|k))?(?=\s+\p{L}))/u
      .exec(withThousandsCommas(rest))?.[1]
      ?.toLowerCase() ?? '';
  // "said about 40 ships were waiting": "about" a figure opens a clause, "said about the plan" does not.
  const aboutWhat = /^about\s+(\p{N}|[\p{L}-]+(?:\s+[\p{L}-]+)?)/iu.exec(rest)?.[1]?.toLowerCase() ?? '';
  const aboutAFigure =
    /^\p{N}/u.test(aboutWhat) ||
    // ("about one of his rivals" is about someone, not a count.)
    (Object.hasOwn(numberWordValues, aboutWhat.split(/[\s-]/u)[0] ?? '') && !/^one\b/u.test(aboutWhat)) ||
    /^(?:half|a\s+(?:dozen|hundred|thousand|million|third|quarter|fifth|tenth))\b/u.test(aboutWhat);
  if (
    first === '' ||
    (notClauseStart.includes(first) && !aboutAFigure && !clauseOpeners.some((opener) => rest.toLowerCase().startsWith(`${opener} `)))
  )
    return null;
  return cue.end + skip;
}

/** A weekday with "on" right after the verb, with its part of the day: " on Friday", " on Tuesday evening". */
const weekdayOnSaid =
  /^\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s)/u;

/** A day of a month after a verb, up to what follows it: " on 17 March", " on March 17,". */
const datedClauseOpening = new RegExp(
  String.raw`^\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${monthNames})|(?:${monthNames})\s+\d{1,2}(?:st|nd|rd|th)?)\b(?:,?\s+\d{4})?,?(?=\s)`,
  'iu',
);

/**
 * A weekday without "on" right after the verb, as American wire copy writes
 * when something was said ("said Monday it had…"), before the clause's own
 * subject, with its part of the day ("said Sunday afternoon the storm…");
 * not "said Friday's vote…" or "said Friday was the deadline".
 */
const weekdaySaid =
  /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}'’])(?=\s+(?:he|she|it|they|we|I|there|the|a|an|its|his|her|their|\p{Lu}))\s*/u;

/**
 * A source and its verb closing the sentence after a comma, with a few words at most after the verb: "…, residents
 * said.", "…, the report found on Monday." (not a clause of its own: "…, and the minister said schools would stay open",
 * "…, though he has said he was never charged").
 */
function sourceClosesAfter(after: string): boolean {
  const closing =
    /,\s+(?!(?:and|but|or|when|while|though|although|as|after|before|because|since|until|where|which|who|including)\b)(?:[\p{L}'’-]+\s+){0,6}?(?<!\b(?:the|an?)\s)(found|heard|ruled|reported|concluded|showed|shows|said|says|say|told|added|claims?|claimed|argues?|argued|alleges?|alleged|insists?|insisted|maintains?|maintained|believes?|believed|wrote|writes)\b([^,]*?)\s*[.!?]?["”’]?\s*$/u.exec(
      after,
    );
  if (closing === null) return false;
  // …with no clause after the verb, and as few words after it as `statementBeforeSpeaker` reads: a time, those told,
  // a channel ("in a statement issued on Tuesday night").
  const tail = (closing[2] ?? '').trim();
  if (/\b(?:that|and|but|would|will|was|were|is|are|had|has|have)\b/u.test(tail)) return false;
  const afterChannel = tail.replace(/^(?:in|during)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\b/u, '').trim();
  return (afterChannel === '' ? 0 : afterChannel.split(/\s+/u).length) <= (/^told$/u.test(closing[1] ?? '') ? 10 : 5);
}

/** Records, figures or images just before a verb, with what describes them: "Records published by the commission", "the list, which the MP handed out,". */
const recordsBefore = new RegExp(
  String.raw`\b(?:${[...documentWords, 'image', 'imagery', 'footage', 'photograph', 'photo', 'picture', 'video', 'tape', 'recording', 'data', 'statistics', 'numbers', 'poll', 'studies', 'research', 'evidence', 'test', 'check', 'inspection', 'scan', 'sample', 'reading', 'measurement', 'calculation', 'projection', 'forecast', 'analyses', 'census', 'count', 'cctv'].join('|')})s?\b(?:\s+(?!(?:must|should|could|would|may|might|can|will|to)\b)[^\s,.;]+){0,8}?(?:,[^,.;]{1,90},)?\s*$`,
  'iu',
);

/** Verbs that need "that" but take a plain clause too, when it plainly is one (see `bareClause`): "insisted the school had never…". */
// Not "warned": what it takes without "that" is mostly a forecast ("warned the bridge could collapse").
const bareClauseVerbs =
  /^(?:insist(?:ed|s)|argu(?:ed|es)|maintain(?:ed|s)|claim(?:ed|s)|conceded|admit(?:ted|s)|acknowledged|confirm(?:ed|s)|reported|found|show(?:s|ed)?)$/iu;

/**
 * …and the verbs of a statement or an answer, as Caribbean and translated copy drops the "that" ("She noted Cabinet
 * had approved…", "Leguerre answered the division had made…", "The release stated the unit is audited…"), which take
 * an object with a clause inside as often ("noted the progress the country had made", "stressed the role women had
 * played"): a plainer clause only (see `plainClause`).
 */
const plainClauseVerbs =
  /^(?:not(?:ed|es)|stat(?:ed|es)|repl(?:ied|ies)|answer(?:ed|s)|respond(?:ed|s)|explain(?:ed|s)|stress(?:ed|es)|reveal(?:ed|s)|declar(?:ed|es)|affirm(?:ed|s)|indicat(?:ed|es)|alleg(?:ed|es)|specif(?:ied|ies)|assur(?:ed|es))$/iu;

/**
 * What an answer takes without "that", its verb in the past: "Teckard replied the federation's accounts showed no
 * payment" (one replies to something, never replies it, so a noun phrase and a verb after the answer are a clause).
 */
const answeredClause = /^\s+(?:the|its|his|her|their|this|these|those|no)\s+(?:[\p{L}'’-]+\s+){0,2}\p{Ll}{2,}ed\b/u;

/** A clause's auxiliary, as `bareClause` and `plainClause` read it after their subject. */
const clauseAuxiliary = String.raw`(?:had|has|have|was|were|is|are|would|will|could|can|did|does|should|might|must)\b`;
/** A subject pronoun and a verb, which open a clause that can be no object: "he had", "they paid". */
const pronounThenVerb = String.raw`(?:he|she|it|they|we|I|there)\s+(?:(?:\p{L}+ly|never|not|also|still|already|just|only)\s+)?(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|should|might|must|\p{L}+ed)\b`;

/**
 * A clause without "that" whose subject is a pronoun, a name, an article and one word, an article and a name, or an
 * article and a word or two with a phrase after ("she had", "Cabinet had", "the division had", "the Citizenship by
 * Investment Unit is", "the sluice gate at the dam has"), then its verb: not "the progress the country had made",
 * where a clause sits inside an object.
 */
const plainClause = new RegExp(
  String.raw`^\s+(?:${pronounThenVerb}|(?:(?:the|a|an|its|his|her|their|this|no)\s+(?:\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?\s+(?:of|at|in|on|for|from)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:the|a|an|he|she|it|they|we|I|you|his|her|their|its|our)\s)[\p{L}\p{N}'’-]+\s+){0,3}(?!(?:he|she|it|they|we|I|you)\s)[\p{L}\p{N}'’-]+|\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|by|on)\s+)?\p{Lu}[\p{L}'’-]*){0,5})|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:(?:never|not|also|still|already|just|only)\s+)?${clauseAuxiliary})`,
  'u',
);

/**
 * A clause without "that" that cannot be an object: a subject pronoun and a
 * verb, or a short noun phrase and an auxiliary ("the school had never…",
 * "it had never opened", "Calvorian guards had…"), where "warned the public
 * to stay away", "admitted the error" and "found the car he had stolen" are
 * objects. A noun phrase opens on an article, a name or a figure ("found 62%
 * of respondents were…"): "reported missing had been…", "found guilty
 * were…" open on no noun.
 */
const bareClause = new RegExp(
  String.raw`^\s+(?:${pronounThenVerb}|(?:(?:the|a|an|its|his|her|their|this|these|those|no|all|every|some|most)\s+(?:(?!(?:and|or|but|he|she|it|they|we|I|you)\s)[\p{L}'’-]+\s+){1,4}?|(?:\p{Lu}[\p{L}'’-]*|\p{N}[\p{N},.]*%?)\s+(?:(?!(?:and|or|but|he|she|it|they|we|I|you)\s)[\p{L}'’-]+\s+){0,3}?)${clauseAuxiliary})`,
  'u',
);

/** A body speaking after its verb that ends the sentence, but for when (see `trailingTime`): "the statistics office", "the agency on Monday". */
const bodyEndsSentence = (phrase: string) =>
  // …with whose it is: "the press service of the Anti-Corruption Service".
  /^(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?\p{Lu}[\p{L}'’-]*)?$/u.test(
    phrase.trimEnd().replace(trailingTime, ''),
  );

/** What a statement is made in: "a statement", "an interview", "its first public update". */
const channelNoun =
  '(?:statement|note|communiqué|communique|interview|letter|email|post|speech|message|video|briefing|filing|release|conference|broadcast|appearance|report|tweet|newsletter|podcast|update|answer|reply|response|submission|grievance|complaint|lawsuit|suit|petition|motion|affidavit|memo|notice)';

/**
 * Where a statement was made, written after its verb: "in a second statement", "in its first public update", "at a
 * press conference"; after
 * the day it was made, and with who received it ("on Monday in a statement received by Samhara News Agency", "in a
 * letter to the City Mayor"); on a
 * station's air ("on the airwaves of Radio Sonavel"); or talking with an outlet, as copy translated from Spanish says
 * it ("in dialogue with Radio Yvapeju", "in dialogue with the newspaper").
 */
const channelAfterCue = new RegExp(
  `^\\s*(?:on\\s+\\p{Lu}\\p{L}+\\s+)?(?:(?:in|during)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${channelNoun}\\b(?:\\s+(?:(?:received|sent|issued|released|published|posted|e-?mailed)\\s+)?(?:by|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4})?|at\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:conference|briefing|rally|hearing|session|ceremony|forum|summit)\\b|on\\s+the\\s+airwaves\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4}|in\\s+(?:dialogue|conversation)\\s+with\\s+(?:(?:the|this)\\s+(?:newspaper|paper|station|radio|agency|channel|outlet|site)\\b|(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4}))`,
  'u',
);

/** Where a speaker named after the verb said it: "in a statement read to reporters by his office", "in an interview". */
const channelAfterSpeaker = new RegExp(
  `\\s+(?:in|during)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${channelNoun}\\b`,
  'u',
);

/** How a speaker said something, written between the verb and a clause with no "that". */
const channel = new RegExp(
  `^(?:in\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${channelNoun}(?:\\s+to\\s+(?:(?:its|his|her|their|the)\\s+)?[\\p{L}-]+)?|on\\s+social\\s+media|to\\s+reporters|by\\s+(?:tele)?phone|by\\s+e-?mail|by\\s+text\\s+message)(?:\\s+on\\s+\\p{Lu}\\p{L}*)?\\s*,?\\s+`,
  'u',
);

/** How a statement reached the public, after its channel: "read out by her agent", "issued on Wednesday afternoon". */
const deliveryWords = String.raw`(?:read(?:\s+out)?|issued|released|published|sent|posted|delivered|circulated|distributed)\s+(?:by|to|on|at|outside|in|through|from|via|late|early)\b`;
const delivery = new RegExp(`^${deliveryWords}`, 'u');

/** A day or a part of one, which opens no clause after a delivery: "…on Monday some of them had", not "Monday … had". */
const dayWord = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night)\b/u;

/**
 * How far a delivery after a statement's channel runs (see `delivery`), up to a clause without "that" within the
 * sentence (see `bareClause`, `plainClause`); null where no delivery opens the text or no clause follows it.
 */
function clauseAfterDelivery(rest: string): number | null {
  if (!delivery.test(rest)) return null;
  for (const space of rest.matchAll(/\s+/gu)) {
    if (space.index > 200 || /[.;:!?"“”]\s*$/u.test(rest.slice(0, space.index))) return null;
    const from = rest.slice(space.index);
    if (!dayWord.test(from) && (bareClause.test(from) || plainClause.test(from))) return space.index + space[0].length;
  }
  return null;
}

/** Those told, of a few words, up to the word a clause without "that" opens on: "told the BBC she hoped…", "told a news conference the plant…". */
/** An outlet's programme told, however long its name: "told APM's morning radio programme", "told the BBC's Today programme". */
const toldProgramme =
  /^(?:the\s+)?[\p{L}'’-]+['’]s\s+(?:[\p{L}'’-]+\s+){0,3}?(?:programme|program|show|bulletin|newspaper|podcast|broadcast|channel|website)\s+/u;
const toldWhom =
  /^(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?<!\b(?:at|in|on|outside|of|to|from|for|by|with|near|during|and)\s)(?=(?:he|she|it|they|we|I|you|the|a|an|its|his|her|their|there|no|this|these|those)\s|[£$€¥]?\p{N})/u;

/**
 * A verb that opens a relative clause after "that": "the firm that built", "the one that was", and a past form on "-ed"
 * ("the estate that flooded last week", "the crash that killed 12 people"), not one that describes the noun a verb
 * follows ("that armed men had stormed", "that infected patients were isolated").
 */
const relativeVerb = new RegExp(
  String.raw`^(?:(?:was|were|is|are|had|has|have|will|would|could|can|built|made|took|gave|won|lost|ran|sold|paid|bought|held|left|led|began|came|went|fell|broke|caught|hit|cut|kept|sent|spent|brought|drove|wrote|saw|struck|shook|drew|swept|burst|shot|spread|fled|stole|sank|tore|blew|grew|threw|flew|rose|froze|dug|hid|bit|beat|bent|spun|split|slid|sprang|stung|swung|owns|runs|operates|manages|employs|supplies|controls)\s|\p{Ll}+ed\s(?!\p{Ll}+\s+(?:had|has|have|was|were|is|are|would|will|could|can|did|in|at|on|from|to|of|for|with)\b))`,
  'u',
);
/**
 * Whether "that" comes right after when something was said, some words on, and opens a clause, not a relative one
 * ("told reporters the man arrested over the shooting on Saturday that saw three people killed…").
 */
function afterWhenSaid(after: string): boolean {
  const found =
    /^\s+(?:[\p{L}\p{N}'’-]+,?\s+){4,12}?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\s+that\s/u.exec(
      after,
    );
  return found !== null && !relativeVerb.test(after.slice(found[0].length));
}

/** Those told, then an aside on them between commas, then "that": "told the court, presided over by Judge Lim Wei, that". */
const toldThenAside = /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+,\s+[^,.;“”"]{3,80},\s+that\s+/u;

/** When they were told: "told parliament on Tuesday samples had been sent…". */
const toldWhen =
  /^(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:week|month|night)|this\s+(?:morning|afternoon|evening|week))\s*,?\s+/u;

/** Where those told were, before a clause without "that": a place of a few words, then a word a clause opens on. */
const toldWhere =
  /^(?:at|in|outside|on)\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){1,6}?(?<!\b(?:of|to|in|at|on|near|from|for|by|with|outside|during)\s)(?=(?:the|a|an|its|his|her|their|it|he|she|they|we|there|no)\s|(?<=(?<![\p{L}'’-])(?:\p{Ll}[\p{L}'’-]*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s)\p{N})/u;

/** A sentence being read: the text, the sentence, its quotations (titles left out) and where its words end (before . ! ?). */
interface Reading {
  text: string;
  sentence: Sentence;
  quotations: readonly Quotation[];
  bodyEnd: number;
}

/** A rule for one type of cue: the report it reads, or null to try the sentence's next cue. */
type Rule = (reading: Reading, cue: Cue) => Report | null;

/**
 * A stretch ending on the clause that says why its speaker is unnamed: "A senior officer who asked not to be named",
 * "An engineer who has worked on the project and asked not to be named".
 */
const endsOnAnonymity = new RegExp(String.raw`\bwho\s+(?:[^,.;]*?\sand\s+)?${unnamedSourceVerbs}\b[^,]*$`, 'iu');

/** The speaker phrase between a cue and the quotation (or sentence start) before it: "the ministry" of "the ministry said". */
function speakerBefore({ text, sentence, quotations }: Reading, cue: Cue): TextSpan | null {
  const before = quotations.filter((quotation) => quotation.outerEnd <= cue.start);
  const start = before[before.length - 1]?.outerEnd ?? sentence.start;
  // "A drone crashed near the border, and the army said…", "…under pressure since a survey found…": the speaker is in the last clause.
  const clauses = Array.from(
    text
      .slice(start, cue.start)
      // ", and who spoke on condition of anonymity" goes on describing the speaker; it is no clause of its own.
      .matchAll(
        /,\s+(?:and|but)\s+(?!(?:who|whose|which)\s)|(?<=\s)(?:since|because|although|though|unless|after|before|when|while|until)\s+(?=[^,]*$)/giu,
      ),
  );
  // "A senior officer who asked not to be named because proceedings were pending said": "because" goes on with the
  // relative clause that describes the speaker.
  const stretch = text.slice(start, cue.start);
  const last = clauses.filter((clause) => !/^because\b/iu.test(clause[0]) || !endsOnAnonymity.test(stretch.slice(0, clause.index))).pop();
  let from = last === undefined ? start : start + last.index + last[0].length;
  // "…were reported by a local rowing club, which said…": the speaker is what "which" stands for, not the clause before it.
  const phrase = text.slice(from, cue.start);
  const relative = relativeBefore.exec(phrase);
  if (relative !== null) {
    const linked = Array.from(
      phrase.slice(0, relative.index).matchAll(/\s(?:by|from|to|with|for|at|as|on|in)\s+(?=a\s|an\s|the\s|\p{Lu})/gu),
    );
    const link = linked[linked.length - 1];
    if (link !== undefined) from += link.index + link[0].length;
  }
  // "Holm called the figures “accurate” and said…": the cue shares the subject of the verb before "and".
  const shared = coordinatedCue.test(text.slice(sentence.start, cue.start)) ? sharedSubject(text, from, sentence.start, cue) : null;
  return shared ?? speakerPhrase(text, { start: from, end: cue.start });
}

/** A cue that goes on from another verb of the same subject: "…praised the report and said", "…but also told". */
const coordinatedCue = /\S\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$/iu;

/**
 * The subject of a verb that a cue is coordinated with ("Sports minister
 * Elena Varrow promised … and said"): the words before that verb, when they
 * make a speaker phrase; null when no verb the rules know stands before it.
 */
function sharedSubject(text: string, from: number, sentenceStart: number, cue: Cue): TextSpan | null {
  // A quotation inside the first verb's object ("called the figures “accurate”") is no boundary.
  const clauseStart = /["”’]\s*$/u.test(text.slice(sentenceStart, from)) ? sentenceStart : from;
  const verbAt = (start: number) => {
    // A relative clause set off by commas ("Anna Berg, who witnessed the crash,") describes the subject: its verb is not the one.
    const stretch = text.slice(start, cue.start).replace(/,\s+(?:who|which)\s[^,]*,/gu, (aside) => ' '.repeat(aside.length));
    for (const word of stretch.matchAll(/(?<=\s)\p{Ll}+(?=\s)/gu))
      if (!describingParticiple.test(word[0]) && isVerb(word[0])) return start + word.index;
    return null;
  };
  // A clause that opens with the verb itself ("…, stopped her car and said") has its subject before the comma.
  const opensWithVerb = /^\s*\p{Ll}+/u.exec(text.slice(clauseStart, cue.start))?.[0].trim() ?? '';
  const start = isVerb(opensWithVerb) ? sentenceStart : clauseStart;
  // A clause split off at "before" or "since" may be the first verb's object ("promised … before the start of next
  // season and said"): the subject is then found from the sentence's start.
  const verb = verbAt(start) ?? (start === sentenceStart ? null : verbAt(sentenceStart));
  if (verb === null) return null;
  return speakerPhrase(text, { start: verb < start ? sentenceStart : start, end: verb });
}

/** Irregular past tenses a subject's first verb often takes, beyond `finiteVerbs`: "spoke to reporters and said…". */
const pastTenseWord =
  /^(?:spoke|heard|sought|brought|became|shook|sat|read|felt|told|said|drove|fell|caught|chose|drew|fed|forgave|froze|hid|hung|hurt|laid|lent|let|lit|meant|quit|rang|rode|sang|slept|spun|stuck|swore|taught|thought|tore|understood|woke|wore|withdrew|upheld|withheld|overtook|undertook)$/u;

/** A finite verb of `finiteVerbs` or an irregular past tense of `pastTenseWord`. */
const isVerb = (word: string) => finiteVerbWord.test(word) || pastTenseWord.test(word);

/** Participles that describe a noun rather than say what it did: "a woman named Anna Berg", "a man aged 40" ("called" is more often a verb). */
const describingParticiple = /^(?:named|aged|based|dubbed|nicknamed|titled|entitled|armed|masked|unnamed|unidentified)$/u;

/**
 * The clause that says why a source is not named, closing a speaker's apposition (", who asked not to be named
 * because…,") or running on from it ("a source in the ministry who preferred not to be named").
 */
const unnamedWhy =
  /,\s+speaking\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)\b[^,]*,?\s*$|(?:,\s+|\s+)(?:and\s+)?who\s+(?:[\p{L}'’-]+\s+){0,12}?(?:(?:asked|spoke|requested|preferred|agreed\s+to\s+speak)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|for\s+anonymity|anonymously)|declined\s+to\s+be\s+(?:named|identified))\b[^,]*,?\s*$/u;

/** A relative clause opening just before a cue: "…, which said", "…, who also told". */
const relativeBefore = /,\s+(?:which|who)\s+(?:\p{L}+\s+)?$/u;

/** Where a relative clause that holds a report ends: at its closing comma ("The firm, which said it would…, has since…"), else the sentence's end. */
function relativeEnd(text: string, sentenceStart: number, cue: Cue, start: number, bodyEnd: number): number {
  if (!relativeBefore.test(text.slice(sentenceStart, cue.start))) return bodyEnd;
  for (let comma = text.indexOf(',', start); comma !== -1 && comma < bodyEnd; comma = text.indexOf(',', comma + 1))
    if (!(/\p{N}/u.test(text[comma - 1] ?? '') && /\p{N}/u.test(text[comma + 1] ?? ''))) return comma;
  return bodyEnd;
}

/** What happened just before it was said, after the cue: " after six suspects were arrested in dawn raids". */
const eventAfterCue =
  /\s+(?:after|before)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\p{N}'’-]+\s+){1,3}?(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:\p{Ll}{3,}ed|met|left|won|lost|held|made|took|gave|began|rose|fell)\b[^,;]*$/u;

/**
 * The words of a speaker phrase, a name of several capitalised words after the first counted as one: "four council
 * members of the municipality of Loma Quemadilla" is as long as "… of Tizatal".
 */
function namedWordCount(phrase: string): number {
  return phrase
    .replace(/(?<=\S\s+\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+/gu, '')
    .split(/\s+/u)
    .filter((word) => word !== '').length;
}

/**
 * "Prices will rise, the minister said on Thursday.": the statement before a
 * comma, then a short speaker and the verb, with at most a few words (a time,
 * the people told) and no clause after it. The last comma that leaves a
 * speaker of at most eight words after it splits the two.
 */
function statementBeforeSpeaker({ text, sentence, bodyEnd }: Reading, cue: Cue): Report | null {
  if (!verbsAfterStatement.includes(cue.word.toLowerCase())) return null;
  // "Crews worked through the night, officials said, and the road reopened at dawn.", "…, the office said on Tuesday,
  // prompting calls for…": the narration after is no part of it.
  const narration = /,\s+(?:and|but|while|as|though|although|\p{Ll}+ing)\s|(?<!\bwell)\s+(?:as(?!\s+well\s+as\b)|while|when)\s/u.exec(
    text.slice(cue.end, bodyEnd),
  );
  const tail = { start: cue.end, end: narration === null ? bodyEnd : cue.end + narration.index };
  // Those told take a few words more: "prosecutors told the city's regional court on Thursday".
  const tailWords = /^(?:told|tells)$/iu.test(cue.word) ? 10 : 5;
  // …and where it was said counts as one: "said in a second statement on Friday evening", "said in its first public update".
  const channelSaid = channelAfterCue.exec(text.slice(tail.start, tail.end))?.[0].length ?? 0;
  const afterChannel = { start: tail.start + channelSaid, end: tail.end };
  // …and so does when, by what happened just before: "parents said on Wednesday night after councillors voted to shut them",
  // "the police said on Monday after six suspects were arrested in dawn raids".
  const afterEvent = eventAfterCue.exec(text.slice(afterChannel.start, afterChannel.end));
  const beforeEvent = { start: afterChannel.start, end: afterEvent === null ? afterChannel.end : afterChannel.start + afterEvent.index };
  if (wordCount(text, beforeEvent) > tailWords || /\bthat\b/iu.test(text.slice(tail.start, tail.end))) return null;
  // The speaker ends before the verb's auxiliary: "…, the Member of Parliament for Yognaayili, Hon. Alhaji Iddrisu
  // Baba Yakubu-Nantogma, has alleged."
  const auxiliary = /\s(?:has|have|had)(?:\s+(?:also|since|now))?\s+$/iu.exec(text.slice(sentence.start, cue.start));
  const speakerEnd = auxiliary === null ? cue.start : sentence.start + auxiliary.index;
  // "A nurse, who gave only her first name, Dana, said…": a comma just before the verb closes an apposition of the
  // speaker, which then holds one comma itself: "…, a ministry spokeswoman, Dara Velin, told Calder Press."
  const apposition = /,\s*$/u.test(text.slice(sentence.start, speakerEnd));
  // From the comma nearest the verb: "Of the 37 students, 22 are still enrolled, the university said" is the university's.
  const commas: number[] = [];
  for (let comma = text.indexOf(',', sentence.start); comma !== -1 && comma < speakerEnd; comma = text.indexOf(',', comma + 1))
    commas.push(comma);
  for (const comma of commas.reverse()) {
    // The comma of a figure ("1,200 workers") parts no clauses…
    if (/\p{N}/u.test(text[comma - 1] ?? '') && /\p{N}/u.test(text[comma + 1] ?? '')) continue;
    // …nor does one between a ministry's portfolios: "the Ministry of Works, Highways and Human Settlement said".
    if (portfolioOpening.test(text.slice(sentence.start, comma)) && listsPortfolios(text.slice(comma + 1, speakerEnd).split(','))) continue;
    const speaker = speakerPhrase(text, { start: comma + 1, end: speakerEnd });
    const spoken = speaker === null ? '' : text.slice(speaker.start, speaker.end);
    const statement = trimmed(text, { start: sentence.start, end: comma });
    // A document may be described at length: "…, a report by the city's audit office published in March found."
    // …and so may a group of people: "…, a group of instructors from four dive shops on the island said".
    const longest =
      /^(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|study|audit|survey|review|memo|log|filing|analysis|list|register|map|plan|records|minutes|ledger|book)\b|(?:a|one)\s+group\s+of\s+\p{Ll}+s\s+(?:from|at|in|of)\s)/iu.test(
        spoken,
      ) || opensOnADocument(spoken)
        ? 16
        : // …and so may a title before a name in apposition: "the head of the air accident investigation board, Egidio Kinloch",
          // or run on into it: "opposition MP for Telok Sepat SMC Heah Soo Ching".
          apposition || titleRunsIntoName(spoken)
          ? 11
          : 8;
    // Why an unnamed speaker is not named may take many words: "…, a clerk at the lands office, who asked not to be
    // named because he still works there, told Nsempress." The description before it counts.
    // …and so may what a relative clause adds: "…, the list of vessels, which the MP handed to reporters, shows".
    const whyUnnamed = speaker === null ? null : (unnamedWhy.exec(spoken) ?? asideAfterComma.exec(spoken));
    const counted = speaker === null || whyUnnamed === null ? speaker : { start: speaker.start, end: speaker.start + whyUnnamed.index };
    if (
      speaker === null ||
      counted === null ||
      namedWordCount(text.slice(counted.start, counted.end)) > longest ||
      wordCount(text, statement) < 3
    )
      continue;
    // "…, the log shows", "…, police found": a source; "…, its most popular shows", "…, making several finds": a noun.
    if (documentVerb.test(cue.word) && !namesASource(spoken)) continue;
    // (The comma before the verb may close why they are not named instead: "…, two former clerks, who asked not to be
    // named, said.")
    if (apposition && whyUnnamed === null && !appositionSpeaker(spoken)) continue;
    // "Council member Ruth Adeyemi, one of two votes against, said …": the speaker and an apposition, not a statement.
    const asName = splitTitle(text.slice(statement.start, statement.end));
    if (isProperName(asName.name) && asName.title.split(/\s+/u).length <= 4) continue;
    // "The ministry's spokesman, Karl Ness, said …": a title before the name, not a statement.
    if (isTitlePhrase(text.slice(statement.start, statement.end))) continue;
    // Short: "In 2024 the plant lost money, the company said" opens with "In" and is a statement.
    const stated = text.slice(statement.start, statement.end);
    if (openerOnly.test(stated) && wordCount(text, statement) <= 4 && !finiteVerb.test(stated)) continue;
    // …and a place with what happened there: "In the town, where the road was cut for two days, its mayor said…".
    if (openerOnly.test(stated.replace(/,\s+(?:where|when)\s[^,]*$/u, '')) && /,\s+(?:where|when)\s[^,]*$/u.test(stated)) continue;
    // "Asked whether…, the captain said …": a fronted clause, not a statement; "If convicted, he faces…, the agency
    // reported" is one with its main clause.
    if (fronted.test(stated) && !subordinateOpening.test(stated)) continue;
    // ", and the city utility said it…": a clause of its own after the comma, not a speaker of what comes before.
    const after = text.slice(comma + 1, speakerEnd).trim();
    if (/^(?:which|who|whom|whose|that|when|where|while|and|but|yet)\b/iu.test(after)) continue;
    // …nor does a clause of time, reason or comparison ("…, as the fighting continued", "…, before a ceasefire was
    // declared", "…, as indicated on the map"), a thing and a clause about it ("…, a trend that continued", "…, a status
    // it declared in 2006"), or a verb in the passive ("…, a ceasefire was declared").
    if (/^(?:as|though|although|before|after|until|since|because|once|if|unless|so)\b/iu.test(after)) continue;
    if (/\s(?:that|which|it|they)$/iu.test(after) || /\s(?:was|were|is|are|been|be)$/iu.test(after)) continue;
    // What "continued" after a statement is a person's words only: "…, he continued", not "…, the fall continued".
    if (/^continued$/iu.test(cue.word) && !/^(?:he|she|they|we|I)$/u.test(after) && !isProperName(after)) continue;
    const reason = `statement before “${cue.word}”`;
    // "…, she said, and the staffing change had been approved by the board": a clause in the tense of reported speech
    // goes on with what she said (see `carriesOnReport`); "…, officials said, and the road reopened" is the reporter's.
    const conjunction = narration === null ? null : /^,\s+(and|but|while|though|although)\s$/u.exec(narration[0]);
    const joined = conjunction !== null && narration !== null ? tail.end + narration[0].length : null;
    const andThen =
      joined !== null &&
      (conjunction?.[1] !== 'and' || carriesOnReport.test(text.slice(joined, bodyEnd)) || !speakerActsOn.test(text.slice(joined, bodyEnd)))
        ? trimmed(text, { start: joined, end: bodyEnd })
        : null;
    // "…, the centre said on Tuesday, adding that samples had tested positive": the participle is the same speaker's cue.
    const added = narration === null ? null : addedAfterSpeaker.exec(text.slice(tail.end, bodyEnd));
    const joinedBy = participleOf(added, tail.end);
    const addedStatement = added === null ? null : trimmed(text, { start: tail.end + added[0].length, end: bodyEnd });
    const second =
      andThen !== null
        ? { ...andThen, reason: `${clauseAfterCue} “${cue.word}”` }
        : addedStatement !== null && joinedBy !== undefined && wordCount(text, addedStatement) >= 3
          ? { ...addedStatement, reason: `${clauseAfterCue} “${cue.word}”`, joinedBy }
          : null;
    return {
      statements: [
        { ...statement, kind: paraphraseKind(text.slice(statement.start, statement.end)), reason },
        ...(second === null ? [] : [{ ...second, kind: paraphraseKind(text.slice(second.start, second.end)) }]),
      ],
      speaker,
      attribution: null,
      cue: cue.word,
      quoted: false,
    };
  }
  return null;
}

/**
 * Whether a phrase is a title in lower case run into a name of two words or more: "opposition MP for Telok Sepat SMC
 * Heah Soo Ching" (a role among its first words, the name in capitals at its end).
 */
function titleRunsIntoName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  return (
    /^\p{Ll}/u.test(words[0] ?? '') &&
    !phrase.includes(',') &&
    words.slice(-2).every((word) => /^\p{Lu}\p{Ll}/u.test(word)) &&
    words.slice(0, 3).some((word) => isRoleNoun(word) || /^\p{Lu}{2,}$/u.test(word))
  );
}

/** The reason of a statement joined on after its cue ("…, the ministry said, but the fourth had never received a dose"). */
export const clauseAfterCue = 'clause after';

/** What the speaker did next, in the reporter's words: "…, it said, and it advised drivers to…". */
const speakerActsOn = /^(?:he|she|it|they|we)\s+(?!(?:had|was|were|is|are|has|have)\b)\p{L}+/iu;

/** Those whose findings are reported: "…, an independent inquiry found", "…, the coroner concluded". */
const inquiryWords = new Set([
  'inquiry',
  'investigation',
  'review',
  'probe',
  'panel',
  'coroner',
  'tribunal',
  'audit',
  'inspection',
  'investigators',
  'auditors',
]);

/** Verbs that are also nouns ("shows", "finds", "show"), or that only a record or an inquiry says ("found", "concluded"). */
const documentVerb = /^(?:found|finds|showed|shows|show|concluded)$/iu;

/** A phrase that names a source: a document, a body, people unnamed or a name, not a possessive's noun ("its most popular"). */
function namesASource(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s,]+/u);
  if (/^(?:its|his|her|their|our|my|your)$/u.test(words[0] ?? '') || /ing$/u.test(words[0] ?? '')) return false;
  return (
    words.some(
      (word) => documentWords.includes(word) || organisationWords.includes(word) || unnamedSources.includes(word) || inquiryWords.has(word),
    ) || isProperName(splitTitle(phrase.split(',')[0] ?? '').name)
  );
}

/**
 * Whether a phrase opens on a copy of a document, or on records named without an article, as a source described at
 * length does: "a copy of the lease seen by the Tarkeli Times", "minutes of the council's executive meeting", "receipts
 * collected by the association", "official records obtained by the Ledger". Not a time ("minutes after councillors
 * said…"), a participle ("ruling out a deal"), what a preposition opens ("despite reports of shelling"), nor a thing
 * with a clause about it ("a note of caution that the auditors said was ignored").
 */
function opensOnADocument(phrase: string): boolean {
  const trimmed = phrase.trim().toLowerCase();
  if (/\b(?:that|which|who)\b/u.test(trimmed.replace(/,[^,]*,/gu, ','))) return false;
  // (The document's name may take words before it: "a copy of the sale deed", "a copy of the lease agreement".)
  const copy = /^(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|a|an|its|their)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u.exec(trimmed);
  if (copy !== null) return (copy[1] ?? '').split(/\s+/u).some((word) => documentWords.includes(word.replace(/['’]s$/u, '')));
  const [first = '', second = '', third = ''] = trimmed.split(/\s+/u);
  const records = (word: string, next: string) =>
    documentWords.includes(word) && /s$/u.test(word) && !/ing$/u.test(word) && (word !== 'minutes' || next === 'of');
  // (An adjective first: "official records", "entry logs"; not a preposition: "despite reports", "amid reports".)
  return (
    records(first, second) ||
    (/^(?:official|internal|financial|court|police|bank|entry|council|company|hospital|school|tax|land|payment|pay|customs|shipping)$/u.test(
      first,
    ) &&
      records(second, third))
  );
}

/**
 * A speaker and its apposition, one of them a name: "a ministry spokeswoman, Dara Velin", "Dara Velin, a ministry
 * spokeswoman", or a name and what it does: "Quaymark, which runs the terminal", "Ada Roe, who chairs the board".
 */
function appositionSpeaker(phrase: string): boolean {
  const parts = phrase.split(',').map((part) => part.trim());
  if (parts.length !== 2) return false;
  const [first = '', second = ''] = parts;
  const described = (part: string) => /^(?:a|an|the|its|his|her|their)\s/iu.test(part) || isTitlePhrase(part) || opensOnADocument(part);
  // What they do, in the present: "which runs the terminal", "who chairs the board".
  const relative = /^(?:who|which)\s+\p{Ll}+s\s/u.test(second);
  return (
    (isProperName(splitTitle(first).name) && (described(second) || relative)) ||
    (described(first) && isProperName(splitTitle(second).name)) ||
    // Someone described and why they are not named: "a clerk at the lands office, who asked not to be named because…".
    (described(first) && unnamedWhy.test(`, ${second}`)) ||
    // …or described and said more of in a relative clause: "the minister, who spoke to reporters,", "the list of vessels,
    // which the MP handed out,", "the register, a copy of which was seen by the Chronicle,".
    (described(first) && relativeAside.test(second))
  );
}

/** A relative clause set off after a described speaker: "who spoke to reporters", "a copy of which was seen by…". */
// …or, of a record, how it came to light: "the plan, approved in 2031 and seen by Tazama,", "a map…, seen by the Star,".
const asideOpening = String.raw`(?:who|which|whose|(?:a\s+)?cop(?:y|ies)\s+of\s+which|(?:seen|obtained|reviewed|approved|published|issued|released|dated|signed|filed|tabled|prepared|compiled|leaked|shared|drawn\s+up))\s`;
const relativeAside = new RegExp(`^${asideOpening}`, 'iu');
const asideAfterComma = new RegExp(`,\\s*${asideOpening}`, 'iu');

/**
 * A speaker phrase without the relative clause that describes them, which is no clause of the sentence: "a league
 * official who was not authorised to discuss the letters" is "a league official".
 */
function withoutRelativeClause(phrase: string): string {
  return phrase.replace(/,?\s+(?:who|whose|which)\s[^]*$/u, '');
}

/** A clause set before the main one: "Asked whether…", "When the vote was counted". */
const fronted = new RegExp(`^(?:${wordsPattern(frontedClauseOpeners)})\\b`, 'iu');

/**
 * A figure "at least" or "at most", then what it counts does: "At least 11 households have stopped planting", not a
 * time ("At least once a year", "At least until the bridge is repaired").
 */
const figureThenVerb = String.raw`at\s+(?:least|most)\s+(?:\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+(?:dozen|hundred|thousand|third|quarter|fifth))\b)[^,]*\b(?:have|has|had|is|are|was|were|\p{L}+ed)\b`;

/** An opener alone, a time or a place ("But on Monday", "In a statement"): what stands before a comma and the speaker, not a statement. */
const openerOnly = new RegExp(`^(?:(?:but|and|yet)\\s+)?(?!${figureThenVerb})(?:${wordsPattern(sentenceOpeners)})\\b[^,]*$`, 'iu');

/** A word that makes a few words a clause: a finite verb, regular ("doubled") or among the irregular ones news uses most. */
const finiteVerbs =
  '\\p{L}+ed|is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|fell|rose|grew|won|lost|cut|hit|led|left|made|paid|sold|spent|took|went|came|saw|gave|got|held|kept|met|ran|set|shut|stood|began|broke|built|bought|fled|flew|fought|found|knew|put|sent|shot|spread|stole|swept|threw|wrote|sank|struck';
const finiteVerb = new RegExp(`\\b(?:${finiteVerbs})\\b`, 'iu');
const finiteVerbWord = new RegExp(`^(?:${finiteVerbs})$`, 'iu');

/** A subordinate clause that opens a statement with its main clause after a comma: "If convicted, Varro faces…". */
const subordinateOpening = /^(?:if|when|while|although|though|unless|once)\b[^,]*,\s*(?!which|who|whose|whom)\S/iu;

/** Verbs that make a phrase a clause of its own, not a speaker. */
const clauseVerbs = [
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
];

/** A short phrase that names a role ("The ministry spokesman", "a senior official at the port"), not a statement. */
function isTitlePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const head = phrase.split(/\s+(?:at|for|of|from|in|with)\s+/iu)[0]?.split(/\s+/u) ?? [];
  return (
    words.length <= 8 &&
    /^(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}]*['’]s)$/iu.test(words[0] ?? '') &&
    isRoleNoun(head[head.length - 1] ?? '') &&
    // A verb and its object make it a clause: "The man killed his wife", not "The newly appointed spokesman".
    !verbThenObject.test(phrase)
  );
}
const verbThenObject = new RegExp(
  `\\s(?:${finiteVerbs})\\s+(?:his|her|their|its|the|a|an|my|our|two|three|four|five|to|that|into|from|with|\\p{Lu})`,
  'u',
);

/**
 * A subject and its verb right after "said": "said the family wanted only answers", "said the plant had closed"; not
 * one described by where they are ("said an analyst based in Singapore").
 */
const clauseAfterVerb =
  /^\s+(?:the|a|an|his|her|their|its|our|my)\s+[\p{L}'’-]+(?<!(?:ally|ibly|ably|ently|antly|ewly|ely|eply|shly|edly|ously|fully|ively|tly|dly|rly|sly))\s+(?:had|has|have|was|were|is|are|would|will|could|did|wanted|needed|\p{Ll}{3,}ed)\s+(?!(?:by|in|at|on|near|outside|abroad)\b)/u;

/**
 * "The boat carried 40 people, said Joaquin Ferrer, who heads the rescue
 * service.": the statement before a comma, then the verb, then its speaker to
 * the end of the sentence (no "that", no clause of its own).
 */
function statementBeforeInvertedSpeaker({ text, sentence, bodyEnd: sentenceEnd }: Reading, cue: Cue): Report | null {
  if (!verbsAfterStatement.includes(cue.word.toLowerCase()) || /^(?:told|tells)$/iu.test(cue.word)) return null;
  const before = text.slice(sentence.start, cue.start);
  if (!/,\s*$/u.test(before)) return null;
  // "…, said Ana Berg, adding that the plan had failed": a second statement joined on after the speaker.
  // "…, said Ana Berg, adding to concerns about rents" joins nothing said on, but the speaker still ends at the comma.
  const participleAfter = /,\s+(?:adding|saying|noting)\s/u.exec(text.slice(cue.end, sentenceEnd));
  const added = participleAfter === null ? null : addedAfterSpeaker.exec(text.slice(cue.end + participleAfter.index, sentenceEnd));
  const bodyEnd = participleAfter === null ? sentenceEnd : cue.end + participleAfter.index;
  const after = text.slice(cue.end, bodyEnd);
  // The speaker: a name, a noun phrase with its article ("a spokesman for the port"), or a title in lower case before
  // a name ("fire chief Ola Rud").
  const titledName = /^\s+((?:\p{Ll}[\p{L}'’-]*\s+){1,4})\p{Lu}/u.exec(after);
  const titleWord = titledName?.[1]?.trim().split(/\s+/u).pop() ?? '';
  const titled = titledName !== null && isRoleNoun(titleWord);
  // …or people by what they are, with no article ("said analysts at Morvane Bank", "said people familiar with…").
  const opening = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1] ?? '';
  const unnamed = opening === 'people' || unnamedSources.includes(opening) || (opening.endsWith('s') && isRoleNoun(opening.slice(0, -1)));
  // …or a role by whose it is: "said their lawyer, Ovila Eisnor", "said its chief executive".
  // (Only where the role ends the phrase: "said her client never signed the lease" is a clause.)
  const owned = /^\s+(?:his|her|their|its|our)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)(?=\s*,|\s*$|\s+(?:of|for|at|in)\s)/u.exec(after)?.[1] ?? '';
  // (Many of them, "said their lawyers", or one named after: "said their landlord, Ruth Kale".)
  const ownRole =
    owned !== '' && (isRoleNoun(owned) || isRoleNoun(owned.replace(/s$/u, '')) || /^\s+\p{Ll}+\s+[^,]*,\s+\p{Lu}/u.test(after));
  // A capitalised title may come after what the speaker was or is for now: "said former Health Minister Ana Berg".
  // …or any title in lower case when a name of two or more words ends the sentence: "said television chef Bagus Permadi".
  const qualifiedTitle = qualifiedTitleOpening.test(after) || lowerTitleBeforeFullName.test(after);
  // "that" opens a clause of what was said, unless it describes the speaker in apposition: "said Kanchabet, the betting
  // operator that reported the bets", or stands in what a relative clause says of them: "said a worker at the station,
  // who asked that her name be withheld".
  const saysThat = /\bthat\b/iu.test(withoutRelativeClause(after.replace(appositionThat, '')));
  if ((!titled && !unnamed && !ownRole && !qualifiedTitle && !/^\s+(?:\p{Lu}|(?:a|an|the|one|two|three)\s)/u.test(after)) || saysThat)
    return null;
  // "…, who flew in for the hearing, said the family wanted only answers": what follows the verb is a clause, its
  // subject then its verb, not who speaks.
  if (clauseAfterVerb.test(after)) return null;
  // Where it was said is no part of who said it: "said Governor Nabih Al-Shdeifat in a statement read to reporters".
  // (Right after the name or after a comma that closes an apposition, "said Andrew Bailey, the governor, in a speech";
  // not a word inside an apposition, "said Jane Doe, who is named in the lawsuit", "a lawyer in the class action".)
  const channelFound = channelAfterSpeaker.exec(after);
  const beforeChannel = channelFound === null ? '' : after.slice(0, channelFound.index);
  const channelAt = channelFound !== null && (!beforeChannel.includes(',') || /,\s*$/u.test(beforeChannel)) ? channelFound : null;
  const speaker = speakerPhrase(text, { start: cue.end, end: channelAt === null ? bodyEnd : cue.end + channelAt.index });
  const statement = trimmed(text, { start: sentence.start, end: before.trimEnd().length - 1 + sentence.start });
  if (speaker === null || wordCount(text, statement) < 3) return null;
  // "Its publisher, Halvard Books, said the book…": a speaker described, then named, is no statement.
  if (describedThenNamed.test(text.slice(statement.start, statement.end))) return null;
  // "…, said the talks had failed" is a clause: the speaker's first part has no verb, and a lower-case one names people.
  const first = text.slice(speaker.start, speaker.end).split(',')[0] ?? '';
  if (containsAny(withoutRelativeClause(first), clauseVerbs)) return null;
  // The noun before what is said of it: "a survivor who swam to shore", "an analyst based in Singapore".
  const head = first.split(/\s+(?:at|for|of|from|in|with|on|who|whose|based|living|working)\s+/iu)[0]?.split(/\s+/u) ?? [];
  const noun = head[head.length - 1] ?? '';
  // …and people by their role, one or many ("said analysts at Morvane Bank"), are speakers too.
  // …and so are bodies ("…, said the statistics office").
  const names =
    titled ||
    unnamed ||
    ownRole ||
    qualifiedTitle ||
    isRoleNoun(noun) ||
    isRoleNoun(noun.replace(/s$/u, '')) ||
    unnamedSources.includes(noun.toLowerCase()) ||
    (organisationWords.includes(noun.toLowerCase()) && bodyEndsSentence(text.slice(speaker.start, bodyEnd)));
  if (/^\p{Ll}/u.test(first) && !names) return null;
  const second = added === null ? null : trimmed(text, { start: bodyEnd + added[0].length, end: sentenceEnd });
  // "adding", "saying" and "noting" report it by a cue of their own, the same speaker's.
  const joinedBy = participleOf(added, bodyEnd);
  return {
    // What the statement's own words dismiss ("That was "categorically untrue", said …") denies, as before "she said".
    statements: [
      { ...statement, kind: paraphraseKind(text.slice(statement.start, statement.end)), reason: `statement before “${cue.word}”` },
      ...(second === null || wordCount(text, second) < 3
        ? []
        : [
            {
              ...second,
              kind: paraphraseKind(text.slice(second.start, second.end)),
              reason: `${clauseAfterCue} “${cue.word}”`,
              ...(joinedBy === undefined ? {} : { joinedBy }),
            },
          ]),
    ],
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
}

/**
 * A second statement joined on after a cue and its speaker, inverted or not: ", adding that…", ", saying…", ", noting
 * that…" (not "adding to pressure…", "saying nothing").
 */
const addedAfterSpeaker =
  /^,\s+(?:(adding|noting)\s+that\s+|(saying)\s+(?:that\s+)?(?!(?:nothing|little|not\s+a\s+word|goodbye|so|sorry)\b))/u;

/** Where the participle of an {@link addedAfterSpeaker} match read at `offset` stands: the second statement's own cue. */
function participleOf(added: RegExpExecArray | null, offset: number): TextSpan | undefined {
  const participle = added?.[1] ?? added?.[2];
  if (added === null || participle === undefined) return undefined;
  const start = offset + added[0].indexOf(participle);
  return { start, end: start + participle.length };
}

/** A relative clause on "that" in an apposition of the speaker: ", the betting operator that reported the bets to the league". */
const appositionThat = /,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}?that\s+\p{Ll}+(?:s|ed)\b.*$/u;

/** Words in lower case that may stand before a capitalised title: "former Health Minister", "acting Police Chief". */
const qualifiedTitleOpening = /^\s+(?:former|then|acting|outgoing|interim|retired|incoming|ex)\s+\p{Lu}/u;

/** A title in lower case, then a name of two or more words that ends the sentence: " television chef Bagus Permadi." */
const lowerTitleBeforeFullName = /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*\s*[.!?]?["”]?\s*$/u;

/** Who a speaker is, then their name: "Its publisher, Halvard Books", "The rider's team, Velo Brastow". */
const describedThenNamed =
  /^(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}$/u;

/**
 * "The agency quoted an unnamed official as saying the attack was staged",
 * "The minister was quoted as saying the plant would close": the one quoted
 * speaks, through whoever quotes them (the channel); the attribution runs
 * from the sentence's start to "saying". Null for any other sentence.
 */
function quotedAsSaying(
  text: string,
  masked: string,
  sentence: TextSpan,
  bodyEnd: number,
  quotations: readonly Quotation[],
): Report | null {
  // The one quoted may be named in apposition: "quoted the tourism minister, Nawal Kassab, as saying".
  const active = /^(?:[^,]{0,80}?\s)?quoted\s+((?:(?!\bas\s+saying\b)[^•]){2,80}?),?\s+as\s+saying\b\s*(?:that\s+)?/diu.exec(masked);
  const passive =
    active === null
      ? /^((?:(?!\bquoted\b)[^•]){2,80}?)\s+(?:was|were|has\s+been|had\s+been|is)\s+quoted\s+as\s+saying\b\s*(?:that\s+)?/diu.exec(masked)
      : null;
  const match = active ?? passive;
  if (match === null || match[1] === undefined) return null;
  // Not inside a relative clause ("The minister, who was quoted as saying…, said…"), nor where another cue reports
  // more of the sentence ("…, but the ministry said…"): the sentence's other readings take those.
  if (passive !== null && /,|\b(?:who|which|that)\b/iu.test(match[1])) return null;
  if (/\b(?:said|says|told|tells|added|denied|according\s+to)\b/iu.test(masked.slice(match[0].length))) return null;
  const offset = sentence.start;
  const who = match.indices?.[1]?.[0] ?? 0;
  const speaker = trimmed(text, { start: offset + who, end: offset + who + match[1].length });
  const attribution = trimmed(text, {
    start: offset + (active === null ? who : 0),
    end: offset + match[0].trimEnd().replace(/\s+that$/iu, '').length,
  });
  const statement = trimmed(text, { start: offset + match[0].length, end: bodyEnd });
  if (wordCount(text, statement) < 3 || wordCount(text, speaker) < 1) return null;
  const reason = '“quoted as saying”';
  // What is said may be a quotation, read as every quotation is.
  const quotation = quotations.find((found) => found.outerStart === statement.start);
  return {
    statements: [
      quotation === undefined
        ? { ...statement, kind: paraphraseKind(text.slice(statement.start, statement.end)), reason }
        : quotedStatement(text, quotation, false, reason),
    ],
    speaker,
    attribution,
    cue: 'quoted as saying',
    quoted: quotation !== undefined,
  };
}

/**
 * "The cash deposits, he said, came from the sale of a farm.": a statement
 * the attribution interrupts between its subject and its verb, read as two
 * spans with one speaker. The part before has no verb of its own.
 */
function statementAroundSpeaker({ text, sentence, bodyEnd }: Reading, cue: Cue): Report | null {
  if (!verbsAfterStatement.includes(cue.word.toLowerCase())) return null;
  // A time or channel may follow the cue: "The company, a spokeswoman said later, had shut…", "The contracts, the judge
  // said as she read the verdict, were…".
  const after = /^((?:\s+[\p{L}\p{N}'’-]+){1,4}|\s+as\s+(?:he|she|they|it)(?:\s+[\p{L}\p{N}'’-]+){1,5})?\s*,\s*/u.exec(
    text.slice(cue.end, bodyEnd),
  );
  if (after?.[1] !== undefined && !adjunctOpener.test(after[1].trim()) && !/^as\s/u.test(after[1].trim())) return null;
  let comma = text.lastIndexOf(',', cue.start);
  if (after === null || comma < sentence.start) return null;
  // The speaker may have an apposition, closed by its own comma: "…, the chief inspector, Amparo Haworth, said, had…".
  const apposition = text.slice(comma + 1, cue.start).trim() === '';
  if (apposition) comma = text.lastIndexOf(',', text.lastIndexOf(',', comma - 1) - 1);
  if (comma < sentence.start) return null;
  const subject = trimmed(text, { start: sentence.start, end: comma });
  const predicate = trimmed(text, { start: cue.end + after[0].length, end: bodyEnd });
  const speaker = speakerPhrase(text, { start: comma + 1, end: cue.start });
  const subjectWords = text.slice(subject.start, subject.end);
  const commas = speaker === null ? 0 : text.slice(speaker.start, speaker.end).split(',').length - 1;
  if (speaker === null || wordCount(text, speaker) > (apposition ? 8 : 6) || commas > (apposition ? 2 : 0)) return null;
  // "the injured", "the accused": people named by what befell them, no verb; nor a participle before where ("A letter
  // found in the flat, police said, was written by the victim"), when a verb of its own follows the attribution ("Two
  // soldiers died in the attack, the army said, quoted by…" has its verb: what follows is a participle too).
  const named = subjectWords.replace(/\b(?:the|of)\s+\p{L}+ed\b/giu, ' ');
  const participle =
    /(?<=\p{L}\s+)(?:\p{L}+ed|found|seen|taken|held|built|sent|written|given|made|kept|stolen|bought|sold)\s+(?=(?:in|on|at|by|from|near|inside|outside|under|during)\b)/giu;
  const verbAfter = text.slice(cue.end + (after?.[0].length ?? 0), bodyEnd);
  const ownVerbAfter = opensOnVerb(verbAfter) && !/^\s*\p{L}+(?:ed|en|wn)\s+by\b/iu.test(verbAfter);
  const subjectVerbs = ownVerbAfter ? named.replace(participle, ' ') : named;
  // The subject may have a name in apposition: "The referee, Wiebke Alderford, the report says, halted play…".
  const namedSubject = /^[^,]+,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(subjectWords);
  if (
    wordCount(text, subject) < 1 ||
    finiteVerb.test(subjectVerbs) ||
    (subjectWords.includes(',') && !namedSubject) ||
    fronted.test(subjectWords)
  )
    return null;
  // The verb goes on in lower case: "…, he said, came from…", not a new sentence or a clause with its own subject.
  if (wordCount(text, predicate) < 3 || !opensOnVerb(text.slice(predicate.start, predicate.end))) return null;
  return reportAround(text, subject, predicate, speaker, cue);
}

/** A statement interrupted by its attribution: its subject and its predicate as two spans of one kind, read as one. */
function reportAround(text: string, subject: TextSpan, predicate: TextSpan, speaker: TextSpan, cue: Cue): Report {
  const kind = paraphraseKind(`${text.slice(subject.start, subject.end)} ${text.slice(predicate.start, predicate.end)}`);
  const reason = `statement around “${cue.word}”`;
  return {
    statements: [
      { ...subject, kind, reason },
      { ...predicate, kind, reason },
    ],
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
}

/** Whether a predicate opens on its verb, perhaps after how sure or how often: "started…", "most likely entered…". */
function opensOnVerb(words: string): boolean {
  const rest = words.replace(
    /^(?:most\s+likely|more\s+likely|probably|possibly|likely|also|still|only|never|already|just|then|later|previously|once|recently|allegedly|reportedly)\s+/iu,
    '',
  );
  return finiteVerbWord.test(rest.split(/\s+/u)[0] ?? '');
}

/**
 * "The fire, according to officials, started in the kitchen": a statement
 * "according to" interrupts between its subject and its verb, read as two
 * spans; the source may have a relative clause ("according to Lorvath Energy,
 * which operates the pipeline, was found…"). Null if the sentence is not so.
 */
function accordingAround({ text, sentence, bodyEnd }: Reading, cue: Cue): Report | null {
  const before = text.slice(sentence.start, cue.start);
  if (!/\S\s*,\s*$/u.test(before)) return null;
  const subject = trimmed(text, { start: sentence.start, end: cue.start });
  const subjectWords = text.slice(subject.start, subject.end);
  if (subjectWords.includes(',') || finiteVerb.test(subjectWords) || fronted.test(subjectWords)) return null;
  // The first comma after the source that a verb follows ends it.
  for (const comma of text.slice(cue.end, bodyEnd).matchAll(/,\s*/gu)) {
    const start = cue.end + comma.index + comma[0].length;
    const predicate = trimmed(text, { start, end: bodyEnd });
    if (wordCount(text, predicate) < 3 || !opensOnVerb(text.slice(predicate.start, predicate.end))) continue;
    const speaker = speakerPhrase(text, { start: cue.end, end: cue.end + comma.index });
    return speaker === null ? null : reportAround(text, subject, predicate, speaker, cue);
  }
  return null;
}

function statementAfter(text: string, span: TextSpan, reason: string): Statement {
  const statement = trimmed(text, span);
  return { ...statement, kind: paraphraseKind(text.slice(statement.start, statement.end)), reason };
}

/** Where a second reported statement is joined on: ", adding that…", ", saying…", "and said…", ", and he claimed that…". */
// Not an order joined on: "…and told residents not to eat fish".
const addedStatement =
  /,?\s+(?:adding(?=\s+that\b)|saying|noting|and\s+(?:said|says|added|adds|insisted|told\s+(?!(?:it|he|she|they|we|there)\s+(?:was|were|is|are|had|has|would|will|could)\b)[\p{L}'’-]+(?!\s+(?:not\s+)?to\s))|and\s+(?:he|she|they|it|we)\s+(?:said|says|added|adds|insisted|insists|claimed|claims|argued|argues|maintained|maintains)(?=\s+that\b)|(?<=,\s*)and\s+(?:he|she|they|it|we)\s+(?:said|says|added|adds|insisted|insists)(?=\s+(?:it|he|she|they|we|the|its|his|her|their)\s+\p{L})|but\s+(?:said|says|added|adds|insisted|insists|maintained|maintains|argued|argues))\s+(?:that\s+)?/u;

/**
 * The speaker's own request joined on after what they said: after a comma ("…, and asked the court to…"), or after a
 * statement that opens on what they deny doing ("dumping waste … and urged residents to…").
 */
const speakerAsks =
  /,\s+and\s+(?:asked|urged|called\s+(?:on|for)|appealed\s+(?:to|for)|demanded|pledged|vowed)\s|(?<=^\p{Ll}+ing\b[^,;]*)\s+and\s+(?:asked|urged|called\s+(?:on|for)|appealed\s+(?:to|for))\s/u;

/** A letter or a reply got, sent or had, just before what it says: "had received one reply, in May,", "sent a letter". */
const letterReceived =
  /\b(?:received|receiving|got|sent|sending|wrote|written|issued|had)\s+(?:a|an|one|two|three|the|its|their|his|her|our)\s+(?:[\p{L}-]+\s+)?(?:reply|replies|letter|letters|message|messages|note|notice|email|emails|circular|memo|text)(?:,\s*[^,]{1,30})?,?\s*$/iu;

/** A verb that grants part of an accusation: what the speaker goes on to say "but" answers the rest. */
const concededBefore = /\b(?:acknowledged|acknowledges|conceded|concedes|admitted|admits)\s+(?:that\s+)?$/iu;
/** A verb that confirms what was put: what it grants is read for itself, what follows "but" as it reads. */
const confirmedBefore = /\b(?:confirmed|confirms)\s+(?:that\s+)?$/iu;

/**
 * A statement with a second one joined on by its own verb ("denied that it
 * had ignored the warnings, saying inspections were weekly"; "called the
 * report "a fabrication" and said the mine was safe"): two statements, the
 * second a denial when the first is or when its own words deny. Coordinated
 * content under one verb ("…and that…") stays one.
 */
function withAdded(text: string, statement: Statement): Statement[] {
  // What the speaker asks for next is their own act, no part of what they said: "denied that his client had written
  // anything, and asked the court to order…", "denied dumping waste in the river and urged residents to wait…".
  const asked = speakerAsks.exec(text.slice(statement.start, statement.end));
  if (asked !== null && asked.index > 0)
    return withAdded(text, { ...statement, ...trimmed(text, { start: statement.start, end: statement.start + asked.index }) });
  const words = text.slice(statement.start, statement.end);
  const match = addedStatement.exec(words);
  if (match === null) return [statement];
  // ", and he claimed that…" is the first speaker's unless the pronoun cannot be theirs: "Police said…, and he
  // claimed…" (the suspect's), "The witness said…, and they said…".
  const pronoun = /\band\s+(he|she|they|it|we)\s/u.exec(match[0])?.[1];
  if (pronoun !== undefined && !couldBe(pronoun, speakerHeadBefore(text, statement.start))) return [statement];
  // "…had received one reply, in May, saying the money was being processed": what a letter received says is part of
  // what is reported, no second statement of the speaker's.
  if (/^,?\s+saying\b/u.test(match[0]) && letterReceived.test(words.slice(0, match.index))) return [statement];
  // "her brother had called her from the prison and told her that…": who told the speaker, inside what they report.
  if (/^\s*and\s+told\s+(?:her|him|me|us)\b/u.test(match[0]) && /\bhad\b/u.test(words.slice(0, match.index))) return [statement];
  const first = trimmed(text, { start: statement.start, end: statement.start + match.index });
  const second = trimmed(text, { start: statement.start + match.index + match[0].length, end: statement.end });
  // "…, saying nothing about its cost": nothing said, so only the first statement is.
  if (/^(?:nothing|little|no\s+more|not\s+a\s+word)\b/iu.test(text.slice(second.start, second.end)) && wordCount(text, first) >= 2)
    return [{ ...statement, ...first }];
  // What a denial rejects may be one word: "rejected that, saying…".
  if (wordCount(text, first) < (statement.kind === 'denial' ? 1 : 2) || wordCount(text, second) < 3) return [statement];
  // What is noted is a fact cited, claimed in its own right: "dismissed the explanation, noting that the tally already…".
  const noted = /^,?\s+noting\b/u.test(match[0]);
  // "acknowledged that there had been two overflows but said both had lasted less than an hour": the answer to the rest.
  const answersRest = /^\s*but\b/u.test(match[0]) && concededBefore.test(text.slice(Math.max(0, statement.start - 40), statement.start));
  const saying = /^,?\s+saying\b/u.test(match[0]) && !negatedSaying(text.slice(second.start, second.end));
  const kind =
    (statement.kind === 'denial' && !noted && !saying) || answersRest ? 'denial' : paraphraseKind(text.slice(second.start, second.end));
  // "…, adding…", "…, saying…", "…, noting…" and ", and he claimed that…" report the second statement by a cue of their own,
  // the same speaker's (the answer keys mark it so); "and said…" stays one attribution's.
  const participle = /adding|saying|noting|\b(?:he|she|they|it|we)\s+\p{L}+|(?<=\bbut\s+)\p{L}+/u.exec(match[0]);
  const joinedBy =
    participle === null
      ? undefined
      : {
          start: statement.start + match.index + participle.index,
          end: statement.start + match.index + participle.index + participle[0].length,
        };
  // What is granted is read for itself: "confirmed he had donated to the party but said the gift had nothing to do
  // with…" grants a claim, whatever the answer after it denies.
  const grants =
    answersRest || (/^\s*but\b/u.test(match[0]) && confirmedBefore.test(text.slice(Math.max(0, statement.start - 40), statement.start)));
  const firstKind = grants ? paraphraseKind(text.slice(first.start, first.end)) : statement.kind;
  return [
    { ...statement, ...first, kind: firstKind },
    { ...second, kind, reason: statement.reason, ...(joinedBy === undefined ? {} : { joinedBy }) },
  ];
}

/** The last word of who speaks, just before the verb that reports a statement: "captain" of "The ferry captain said". */
function speakerHeadBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 200), start);
  const lastSentence = before.split(/[.!?]\s+/u).pop() ?? before;
  const head =
    /([\p{L}'’-]+)(?:,?\s+[\p{L}'’-]+ly)?\s+(?:said|says|told|tells|added|adds|insisted|insists|claimed|claims|argued|argues|maintained|maintains|stated|states|denied|denies)\b/u.exec(
      lastSentence,
    );
  return head?.[1] ?? null;
}

/** Whether a pronoun can stand for a speaker by the last word naming them ("he" for "captain", not for "police"). */
function couldBe(pronoun: string, written: string | null): boolean {
  // No word right before the verb ("Ruth Adler, 64, said"): nothing says otherwise.
  if (written === null) return true;
  const head = written.toLowerCase();
  if (['he', 'she', 'they', 'it', 'we', 'i'].includes(head)) return head === pronoun;
  // A name, a person's or a body's ("Greenpeace said…, and it claimed"), but police.
  if (/^\p{Lu}/u.test(written) && head !== 'police' && !/^(?:the|a|an)$/u.test(head)) return true;
  const plural = (/s$/u.test(head) && !/ss$/u.test(head)) || ['police', 'people', 'staff', 'crew'].includes(head);
  // …a unit or a force too ("The unit said…, and it said…"), though these words alone name no body.
  const body = organisationWords.includes(head) || head === 'unit' || head === 'force';
  if (pronoun === 'they' || pronoun === 'we') return plural || body;
  if (pronoun === 'it') return body && !plural;
  return !plural && !body;
}

/** "According to officials, the bridge is safe." and "The bridge is safe, according to officials." */
const readAccordingTo: Rule = (reading, cue) => {
  const { text, sentence, quotations, bodyEnd } = reading;
  const why = `“${cue.word}”`;
  const around = accordingAround(reading, cue);
  if (around !== null) return around;
  // A time or a link before it is no statement: "Last year, according to the ministry, 40 people died…".
  const opening = text.slice(sentence.start, cue.start).replace(/[\s,]+$/u, '');
  if (letter.test(opening) && !openerOnly.test(opening)) {
    const statement = trimmed(text, { start: sentence.start, end: cue.start });
    // "…, according to its annual reports, but it has never relegated a club": the source ends at the conjunction,
    // and what follows goes on with the statement (the answer keys mark it as a second one of the same source).
    const joined = /,\s+(?:and|but|while|though|although)\s+/u.exec(text.slice(cue.end, bodyEnd));
    const sourceEnd = joined === null ? bodyEnd : cue.end + joined.index;
    const clause = joined === null ? null : trimmed(text, { start: sourceEnd + joined[0].length, end: bodyEnd });
    return {
      statements: [
        { ...statement, kind: paraphraseKind(text.slice(statement.start, statement.end)), reason: `statement before ${why}` },
        ...(clause === null || wordCount(text, clause) < 3
          ? []
          : [{ ...clause, kind: paraphraseKind(text.slice(clause.start, clause.end)), reason: `${clauseAfterCue} ${why}` }]),
      ],
      speaker: speakerPhrase(text, { start: cue.end, end: sourceEnd }),
      attribution: null,
      cue: cue.word,
      quoted: false,
    };
  }
  let comma = text.indexOf(',', cue.end);
  if (comma === -1 || comma >= bodyEnd) return null;
  // "According to the indictment, filed at the district court, …": what describes the source is part of it.
  const next = text.indexOf(',', comma + 1);
  // …and so is who the source is: "According to Ana Berg, a nurse at the clinic, …" (a few words, no verb of their own).
  const between = text.slice(comma + 1, next);
  const apposition =
    isProperName(splitTitle(text.slice(cue.end, comma).trim()).name) &&
    /^\s*(?:a|an|the)\s[^"“]*$/iu.test(between) &&
    between.trim().split(/\s+/u).length <= 8 &&
    !finiteVerb.test(between);
  if (next !== -1 && next < bodyEnd && (sourceDescription.test(between) || apposition)) comma = next;
  // A quotation the clause holds among its own words is partial: the clause is the statement.
  const quotedAlone = quotations.filter((quotation) => quotation.outerStart > comma);
  const inside = letter.test(text.slice(comma + 1, quotedAlone[0]?.outerStart ?? comma + 1)) ? [] : quotedAlone;
  const statements =
    inside.length > 0
      ? inside.map((quotation) => quotedStatement(text, quotation, false, `quotation after ${why}`))
      : [statementAfter(text, { start: comma + 1, end: bodyEnd }, `statement after ${why}`)];
  return {
    statements,
    speaker: speakerPhrase(text, { start: cue.end, end: comma }),
    attribution: null,
    cue: cue.word,
    quoted: inside.length > 0,
  };
};

/** What an accuser said, as the object of "called": "the allegations", "that account", "the union's claims". */
const calledAccusation =
  /^\s+(?:(?:the|these|those|that|this|such|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:allegations?|accusations?|claims?|charges?|account|reports?|suggestions?|criticism|findings|figures)\b|(?:the|their)\s+(?:prosecution['’]s|state['’]s|police)\s+case\b|(?:allegations|accusations|claims|suggestions)\s+that\b|(?:reports|claims|allegations|rumou?rs)\s+(?:[\p{L}'’-]+\s+){0,5}?that\b)/iu;

/**
 * A finding or complaints called by a name in the speaker's quoted words: "called the complaints “a campaign” by a few
 * tenants" (not the complaints hotline they called, nor complaints called "understandable" unquoted).
 */
const calledComplaint =
  /^\s+(?:the|these|those|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:finding|findings|complaints?)\s+(?:(?:a|an)\s+)?["“]/iu;

/** Words that make a dismissal stronger: "as total fabrications", "as totally unfounded". */
const dismissingIntensifiers = 'total|totally|complete|completely|pure|outright|deliberate|entirely';

/** What is described, then "as" and a word that dismisses it, unquoted: "reports that … as baseless". */
const dismissedAs = new RegExp(
  String.raw`^(?:[^\s.;:!?]+\s+){1,24}?as\s+(?:(?:a|an)\s+)?(?:(?:${dismissingIntensifiers})\s+)?(?:${wordsPattern(calledWords)})(?![\p{L}\p{N}])`,
  'iu',
);

/** "as" and a word that dismisses, before what it dismisses: "as false ", "as totally unfounded ". */
const dismissedBefore = new RegExp(
  String.raw`^as\s+(?:(?:a|an)\s+)?(?:(?:${dismissingIntensifiers})\s+)?(?:${wordsPattern(calledWords)})\s+`,
  'iu',
);

/** What agrees with what it is called, or goes on to act on it: "“accurate”", "“serious” and promised an inquiry". */
const agreeing =
  /\b(?:accurate|fair|serious|seriously|troubling|alarming|concerning|worrying|credible|interesting|important|valid|justified|correct|true|right|welcome|useful|helpful|best|estimate|wake-up|shocking|disturbing|grave|understandable|genuine|well-founded|reasonable|positive|robust)\b|\band\s+(?:promised|ordered|apologi[sz]ed|accepted|opened|launched|pledged|vowed|announced|said\b[^.]*\bwould)\b/iu;

/**
 * Something called, in the speaker's quoted words, proof or sign of nothing: "called the betting data “numbers that
 * prove nothing about my players”", "called the ranking “a list that means nothing”" (not "called a snap election,
 * saying the poll lead means nothing", nor "called the award “a trophy that means nothing without my coach”", which
 * dismisses nothing it was told).
 */
const calledProofOfNothing =
  /^\s+(?:it|them|(?:the|these|those|that|this|their|its|his|her|a|an)\s+[^,;"“]{1,40}?)\s+["“][^"”]*\b(?:(?:prove|proves|proved|show|shows|showed)\s+nothing\b|(?:mean|means|meant)\s+nothing["”])/iu;

/** "She called the statement baseless.": a denial, from "called" on, when a dismissive word follows. */
const readCalled: Rule = (reading, cue) => {
  const { text, bodyEnd } = reading;
  const speaker = speakerBefore(reading, cue);
  // An accusation called anything but agreed with is dismissed: "called the allegations “a fairy tale”", not
  // "called the allegations “serious” and promised an inquiry".
  const said = text.slice(cue.end, bodyEnd);
  if (
    (!containsAny(said, calledWords) &&
      !((calledAccusation.test(said) || calledComplaint.test(said)) && !agreeing.test(said)) &&
      !calledProofOfNothing.test(said)) ||
    speaker === null
  )
    return null;
  return {
    statements: withAdded(text, {
      ...trimmed(text, { start: cue.end, end: bodyEnd }),
      kind: 'denial',
      reason: `“${cue.word}” with a dismissive word`,
    }),
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
};

/** "put it to Mr Hession that": those it was put to, then "that". */
const putItTo = /^\s+it\s+to\s+(?:[\p{L}\p{N}.'’-]+\s+){1,5}?that\s+/u;

/** What a source "puts at" a figure: "the number of strikers at fewer than 2,900", "the damage at about 4 million". */
const putAtFigure =
  /^\s+(?!(?:it|them|him|her|us|me|pressure|forward|off|up|on|out|in|down|together|back|aside|an\s+end|a\s+stop)\b)[^.;:!?]{1,160}?\s+at\s+(?:(?:about|around|roughly|some|only|just|more\s+than|fewer\s+than|less\s+than|nearly|almost|over|under|up\s+to|as\s+(?:many|much|high|low)\s+as|at\s+least|between)\s+)?(?:\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|tens\s+of\s+thousands|half|a\s+(?:third|quarter|fifth|tenth|dozen|hundred|thousand|million|billion)|an\s+(?:estimated|average))\b)/iu;

/**
 * "Varkelia Post put the number of strikers at fewer than 2,900": an
 * estimate a source gives, a claim of what it puts at that figure.
 */
const readPut: Rule = (reading, cue) => {
  const { text, bodyEnd } = reading;
  const after = text.slice(cue.end, bodyEnd);
  // Counsel's case put to a witness, as court copy reports it: "put it to Mr Hession that the council had…".
  const putTo = putItTo.exec(after);
  if (!putAtFigure.test(after) && putTo === null) return null;
  const speaker = speakerBefore(reading, cue);
  if (speaker === null) return null;
  const start = cue.end + (putTo?.[0].length ?? 0);
  const reason = putTo === null ? `what “${cue.word}” puts at a figure` : `what “${cue.word} it to” someone says`;
  return {
    statements: [statementAfter(text, { start, end: bodyEnd }, reason)],
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
};

/**
 * A verb with quotations: every quotation of the sentence is a statement (on
 * both sides of a verb that splits one: "“No,” she said, “never.”"), a denial
 * if the verb or its words deny. The speaker stands before the verb, or after
 * it when only punctuation parts it from a quotation before: "…,” said Maria Ortega".
 */
const readQuoted: Rule = (reading, cue) => {
  const { text, quotations, bodyEnd } = reading;
  const before = quotations.filter((quotation) => quotation.outerEnd <= cue.start);
  const after = quotations.filter((quotation) => quotation.outerStart >= cue.end);
  const lastBefore = before[before.length - 1];
  const inverted = lastBefore !== undefined && !letter.test(text.slice(lastBefore.outerEnd, cue.start));
  // A grievance lamented ("“We were not called to any meeting,” she lamented") tells what was done to the speaker: a
  // claim, whatever negation it holds, unless it denies in so many words. (Not what one "complained": "“I never took
  // the money,” he complained" answers an accusation.)
  const grievance = /^(?:lamented|laments)$/iu.test(cue.word);
  const read = (quotation: Quotation) => {
    const statement = quotedStatement(text, quotation, cue.type === 'denial', `quotation with “${cue.word}”`);
    const said = text.slice(statement.start, statement.end);
    return grievance && !containsAny(said, denialWords) && !untrueOfAClaim.test(said)
      ? { ...statement, kind: 'claim' as const }
      : statement;
  };
  return {
    statements: quotations.map(read),
    speaker: inverted ? speakerPhrase(text, { start: cue.end, end: after[0]?.outerStart ?? bodyEnd }) : speakerBefore(reading, cue),
    attribution: null,
    cue: cue.word,
    quoted: true,
  };
};

/** Adverbs of how something was denied, which may follow the verb: "denied categorically", "rejected outright". */
const denyingManner = 'categorically|flatly|firmly|strongly|vehemently|emphatically|vigorously|strenuously|outright';

/** An adverb of how something was denied, after the verb: " categorically", " flatly". */
const mannerAfterDenial = new RegExp(`^\\s+(?:${denyingManner})(?=\\s)`, 'iu');

/**
 * "The ministry denied that…", "The ministry flatly rejected the figures.": a
 * denial of what the verb takes ("the figures"), past a "that".
 */
const readDenial: Rule = (reading, cue) => {
  // "has dismissed 312 dockworkers", "dismissed the coach": dismissing people is sacking them, no denial.
  const dismissedWhat = reading.text.slice(cue.end, reading.bodyEnd);
  if (
    /^dismiss/iu.test(cue.word) &&
    firedWhom.test(dismissedWhat) &&
    !/^\s+(?:him|her|them|it)\s+as\b/iu.test(dismissedWhat) &&
    !/^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:claims?|allegations?|accusations?|reports?|account|accounts|complaints?|criticism|charges?|suggestions?|speculation|rumou?rs?|remarks?|assertions?|statements?)\b/iu.test(
      dismissedWhat,
    )
  )
    return null;
  // Accounts that contradict each other, a witness who contradicted himself, one account against another ("contradicted
  // that of the officer"): no claim denied.
  if (
    /^\s+(?:each\s+other|one\s+another|(?:him|them)(?!\s+as\b)|himself|herself|itself|themselves|myself|ourselves|that\s+of|those\s+of)\b/iu.test(
      dismissedWhat,
    )
  )
    return null;
  const speaker = speakerBefore(reading, cue);
  if (speaker === null) return null;
  // "denied that workers had…" takes a clause after "that"; "rejected that claim" and "disputed that account, saying…"
  // take "that" with its noun.
  // How it was denied, written after the verb, is the cue's: "denied categorically that the works had been paid twice".
  const manner = mannerAfterDenial.exec(reading.text.slice(cue.end, reading.bodyEnd))?.[0].length ?? 0;
  const after = reading.text.slice(cue.end + manner, reading.bodyEnd);
  // A name or a pronoun after it opens a clause: "denied that Ferreira, who joined in 2021, had been paid".
  const determiner = /^\s+that(?:\s+(?!(?:he|she|it|they|we|you|i|there)\b)\p{Ll}[\p{L}'’-]*)?\s*(?:,|$)/u.test(after);
  const that = determiner ? 0 : (/^\s+that\s+(?=(?:\S+\s+){2,}\S)/iu.exec(after)?.[0].length ?? 0);
  const statement = trimmed(reading.text, { start: cue.end + manner + that, end: reading.bodyEnd });
  if (wordCount(reading.text, statement) === 0) return null;
  return {
    statements: withAdded(reading.text, { ...statement, kind: 'denial', reason: `denial cue “${cue.word}”` }),
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
};

/** Those one dismisses from their post: a number of them, pronouns, or people by their work ("the coach", "312 dockworkers"). */
const firedWhom =
  /^\s+(?:\p{N}|(?:him|her|them|all|some|most|several|dozens|hundreds|thousands)\b|(?:(?:the|its|his|her|their|a|an|two|three|four|five|six|seven|eight|nine|ten|[\p{L}'’-]+['’]s?)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:workers?|dockworkers?|staff|employees?|officers?|officials?|teachers?|nurses?|doctors?|players?|coach|manager|director|head|chief|guards?|drivers?|miners?|labourers?|hands|crew|members?)\b)/iu;

/**
 * The noun accusations are called after the word that dismisses them, with what it says of them: "(as baseless)
 * propaganda meant to divide the communities of the county"; up to a clause of its own ("…, and said", "though he
 * admitted…", "since the money was paid", "then ordered", "in a statement that…"), which the denial does not hold.
 */
const nounCalled =
  /^(?:\s+(?!(?:and|but|or|while|after|before|because|saying|adding|when|though|although|even|since|as|then|until|unless|if|whereas|in\s+(?:a|an|his|her|its|their)\s+(?:statement|interview|letter|reply|speech))\b)[\p{Ll}\p{N}'’-]+)+/u;

/**
 * "described the leak as “minor” and said…": what is described and how, as
 * "called" reads it (`the leak as “minor”`), the whole phrase and not the
 * partial quotation alone, with a statement joined on after it.
 */
function describedAs({ text, bodyEnd }: Reading, cue: Cue): Statement[] | null {
  // "denounced the mayor's account as a smear campaign", as copy translated from French dismisses an accusation.
  const denounced = /^denounce[ds]?$/iu.test(cue.word);
  if (!/^describe[ds]?$/iu.test(cue.word) && !denounced) return null;
  const clause = trimmed(text, { start: cue.end, end: bodyEnd });
  const words = text.slice(clause.start, clause.end);
  if (/^that\s/iu.test(words)) return null;
  // …or, in the order of copy translated from Spanish, the dismissing word first: "described as false the claim that
  // mud is dumped near the bank" denies the claim.
  const dismissedFirst = dismissedBefore.exec(words);
  if (dismissedFirst !== null && calledAccusation.test(` ${words.slice(dismissedFirst[0].length)}`)) {
    return withAdded(text, {
      ...trimmed(text, { start: clause.start + dismissedFirst[0].length, end: clause.end }),
      kind: 'denial',
      reason: `what “${cue.word}” describes`,
    });
  }
  // Reports, claims or allegations described as what dismisses them, unquoted: "described reports circulating on
  // social media that the fish had been poisoned as baseless" denies them, up to the word that does.
  const dismissedPlainly = dismissedAs.exec(words);
  if (dismissedPlainly !== null && calledAccusation.test(` ${words}`) && !agreeing.test(` ${dismissedPlainly[0]}`)) {
    const end = dismissedPlainly[0].length + (nounCalled.exec(words.slice(dismissedPlainly[0].length))?.[0].length ?? 0);
    return withAdded(text, {
      ...trimmed(text, { start: clause.start, end: clause.start + end }),
      kind: 'denial',
      reason: `what “${cue.word}” describes`,
    });
  }
  // "as" and a quotation: "describes her first years as a junior doctor" describes no claim.
  const as = /^(?:[\p{L}\p{N}'’-]+\s+){1,8}?as\s+["“]/u.exec(words);
  if (as === null || denounced) return null;
  // An accusation described as "mischievous and politically motivated" is dismissed, as "called" reads it.
  const dismissed = calledAccusation.test(` ${words}`) && containsAny(words, calledWords) && !agreeing.test(` ${words}`);
  return withAdded(text, { ...clause, kind: dismissed ? 'denial' : paraphraseKind(words), reason: `what “${cue.word}” describes` });
}

/**
 * A phrase set off by commas after a source that describes it: "filed at the court", "seen by reporters", "who chairs
 * the board", "a copy of which Kilatpress has seen".
 */
const sourceDescription =
  /^\s*(?:filed|published|issued|released|seen|obtained|dated|signed|written|compiled|prepared|commissioned|sent|submitted|lodged|leaked|who|which|(?:a\s+)?cop(?:y|ies)\s+of\s+which)\s/iu;

/** "The union said the strike would last.", "The agency warned that…", or the statement first: "…, the minister said." */
const readReported: Rule = (reading, cue) => readClause(reading, cue, cue.type === 'reporting');

/**
 * "The company insisted the pumps were “fully serviced”.": a verb that needs
 * "that" takes a clause without it when a partial quotation sits inside the
 * clause, which is then the statement rather than the fragment quoted.
 */
const readEmbedded: Rule = (reading, cue) => (cue.type === 'reporting' ? readClause(reading, cue, false) : null);

/**
 * What a record shows, a thing rather than a clause: "Bank statements of two
 * of the families, seen by Itzalpress, show a single transfer of 8,000
 * orzals" (the record speaks; its apposition is no statement of its own).
 */
function recordShows(reading: Reading, cue: Cue): Report | null {
  if (!recordVerb.test(cue.word)) return null;
  // "lists" and "records" report a record only: its head noun is one ("A register kept by the clinic", not "A clerk who
  // maintains the register"), and another's words in the sentence are theirs to read ("…, though the owner said…").
  if (onlyARecords.test(cue.word)) {
    const subject = reading.text.slice(reading.sentence.start, cue.start);
    const head =
      subject.split(
        /\s+(?:who|which|that|kept|maintained|drawn|compiled|held|published|issued|released|by|of|from|for|seen|in|,)\s*|,/iu,
      )[0] ?? '';
    const last = head.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
    if (!documentWords.includes(last) && !seenByAnOutlet.test(subject)) return null;
    if (/\b(?:said|says|told|added|according\s+to)\b/iu.test(reading.text.slice(cue.end, reading.bodyEnd))) return null;
  }
  // "…showed a speed of 57 km/h, according to two people who have seen the data": they report what it showed; so do
  // those said to say it after ("The map shows 14 villages were flooded, the disaster agency said").
  const rest = reading.text.slice(cue.end, reading.bodyEnd);
  if (/\baccording\s+to\b/iu.test(rest) || sourceClosesAfter(rest)) return null;
  const speaker = speakerBefore(reading, cue);
  if (speaker === null) return null;
  // What a record records may be a clause: "The minutes record that the vote was unanimous" ("shows that" is read as
  // reported speech).
  const recordsThat = onlyARecords.test(cue.word) ? /^\s+that\s+/u.exec(rest) : null;
  const start =
    recordsThat === null ? findingStart(reading.text, cue, speaker, reading.bodyEnd, recordVerb) : cue.end + recordsThat[0].length;
  if (start === null) return null;
  // A clause of another's after it is theirs: "…was paid twice, and the minister said an inquiry would be held".
  // (Not the record's own subject going on: "…knew of the defect in 2018, but told regulators it had no concerns".)
  const anothers = /,\s+(?:and|but)\s+(?!(?:told|said|added|says)\b)(?:[\p{L}'’-]+\s+){1,5}?(?:said|says|told|added)\b/u.exec(
    reading.text.slice(start, reading.bodyEnd),
  );
  const shown = trimmed(reading.text, { start, end: anothers === null ? reading.bodyEnd : start + anothers.index });
  if (wordCount(reading.text, shown) < 3) return null;
  const kind = paraphraseKind(reading.text.slice(shown.start, shown.end));
  return {
    statements: withAdded(reading.text, { ...shown, kind, reason: `what a record “${cue.word}”` }),
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
}

/**
 * Verbs by which a record says what it holds: "show", and "lists" or
 * "records" ("A register kept by the clinic lists 11 groups…", "The minutes
 * record two payments…"), which only a record says this way: "The company lists its shares in Harlby" and "court
 * records show" report nothing.
 */
const recordVerb = /^(?:show(?:s|ed)?|lists?|records?|recorded)$/iu;
const onlyARecords = /^(?:lists?|records?|recorded)$/iu;

function readClause(reading: Reading, cue: Cue, needsThat: boolean): Report | null {
  const shown = recordShows(reading, cue);
  if (shown !== null) return shown;
  if (onlyARecords.test(cue.word)) return null;
  // "He was informed that his post had been abolished": told, not telling.
  if (
    /^informed$/iu.test(cue.word) &&
    /\b(?:was|were|been|being|be|is|are)\s+$/iu.test(reading.text.slice(reading.sentence.start, cue.start))
  )
    return null;
  // A statement around its speaker first: its subject may look like a clause of its own ("Three of the injured, she said,
  // were stewards").
  const first =
    statementAroundSpeaker(reading, cue) ?? statementBeforeSpeaker(reading, cue) ?? statementBeforeInvertedSpeaker(reading, cue);
  if (first !== null) return first;
  const { text, bodyEnd } = reading;
  const speaker = speakerBefore(reading, cue);
  // "told a very different story: the player had been handed…": the account is what follows the colon.
  const story = speaker !== null && /^(?:told|tells)$/iu.test(cue.word) ? differentStory.exec(text.slice(cue.end, bodyEnd)) : null;
  if (story !== null) {
    const account = trimmed(text, { start: cue.end + story[0].length, end: bodyEnd });
    if (wordCount(text, account) >= 3) {
      const kind = paraphraseKind(text.slice(account.start, account.end));
      return {
        statements: withAdded(text, { ...account, kind, reason: `the account “${cue.word}” gives` }),
        speaker,
        attribution: null,
        cue: cue.word,
        quoted: false,
      };
    }
  }
  // "Other clubs had written to the league, said a league official who…": a clause closed by a comma before the verb is
  // a statement whose speaker comes after it, never a speaker (a subject in apposition has no verb of its own:
  // "Maria Ortega, a spokeswoman for the port, said").
  if (
    speaker !== null &&
    /,\s*$/u.test(text.slice(reading.sentence.start, cue.start)) &&
    containsAny(withoutRelativeClause(text.slice(speaker.start, speaker.end).split(',')[0] ?? ''), clauseVerbs)
  )
    return null;
  const described = speaker === null ? null : describedAs(reading, cue);
  if (described !== null) return { statements: described, speaker, attribution: null, cue: cue.word, quoted: false };
  // "The journalist who reported the story has…": a relative clause that picks one out, not a speaker ("The council,
  // which said…" is one, set off by its comma).
  if (speaker !== null && /[^,\s]\s+(?:who|which|that)$/iu.test(text.slice(speaker.start, speaker.end))) return null;
  // "…was fined in 2021 after inspectors found a pipe that…": a thing found led to something else, told by the
  // reporter, and what the thing did is no finding ("after an audit found irregularities", "since a survey found
  // that…" still report one).
  if (
    speaker !== null &&
    /^(?:found|finds)$/iu.test(cue.word) &&
    /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:that|which)\s/iu.test(text.slice(cue.end, bodyEnd)) &&
    leadsToSomethingElse.test(text.slice(reading.sentence.start, speaker.start))
  )
    return null;
  const start = speaker === null ? null : (clauseStart(text, cue, bodyEnd, needsThat) ?? findingStart(text, cue, speaker, bodyEnd));
  if (start === null) return null;
  const clause = trimmed(text, { start, end: relativeEnd(text, reading.sentence.start, cue, start, bodyEnd) });
  if (wordCount(text, clause) < 3) return null;
  const kind = paraphraseKind(text.slice(clause.start, clause.end));
  return {
    statements: withAdded(text, { ...clause, kind, reason: `reported speech after “${cue.word}”` }),
    speaker,
    attribution: null,
    cue: cue.word,
    quoted: false,
  };
}

/** An account told, up to the colon that opens it: "told a very different story in an interview with the daily Kiekkoviesti:". */
const differentStory =
  /^\s+(?:a|an)\s+(?:(?:very|quite|rather|completely|entirely|somewhat)\s+)?(?:different|other)\s+(?:story|account|version)\b[^:.;!?]{0,160}:\s*/iu;

/** Words that open a clause of when, or of what led to something: "after inspectors found…", "Because the car had…". */
const timeOrCauseOpeners = 'after|when|before|because|since|until|once|while';

/** The word opening a clause of what led to something, or of when ("after inspectors found…"), just before its subject. */
const leadsToSomethingElse = new RegExp(`\\b(?:${timeOrCauseOpeners})\\s+(?:the\\s+|its\\s+|their\\s+)?$`, 'iu');

/**
 * What a record or an inquiry found, when it is no clause but a thing: "A 2022
 * inspection report, seen by Tellvane, found corrosion on 11 sections of the
 * pipeline" (the finding is "corrosion on 11 sections…"). Not a person's
 * finding ("she found the keys"), nor "found that", nor "found to be".
 */
/** An aside that says someone has seen the thing speaking, which makes it a record: ", which the Voice has seen,". */
const seenByAnOutlet =
  /,\s+(?:(?:which|that)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:has|have|had)\s+seen|(?:a\s+copy\s+of\s+which\s+was\s+)?seen\s+by\s)/u;

function findingStart(text: string, cue: Cue, speaker: TextSpan, end: number, verb = /^(?:found|finds)$/iu): number | null {
  if (!verb.test(cue.word)) return null;
  const spoken = text.slice(speaker.start, speaker.end);
  const described = spoken.split(',')[0]?.toLowerCase().split(/\s+/u) ?? [];
  // (Orders written down count: "Payment orders of the municipality, seen by…, show the last payment was made…".)
  // …and so does whatever an outlet says it has seen: "A transfer request dated 14 March, which Radio Calvenny has
  // seen, shows…".
  if (
    !described.some((word) => documentWords.includes(word) || inquiryWords.has(word) || /^orders?$/u.test(word)) &&
    !seenByAnOutlet.test(spoken)
  )
    return null;
  // "The documents found in the car included…", "A report found last week shows…": "found" describes, reports nothing.
  // Nor is what shows up, how something shows, or what found its way somewhere: "The requirement found its way into the
  // bill", "The new requirement shows how seriously the council takes safety" (but "shows at least nine flats…" is a
  // figure).
  const after =
    /^\s+(?!(?:that|to|no|nothing|it|him|her|them|himself|herself|itself|themselves|in|on|at(?!\s+(?:least|most)\b)|near|inside|under|beside|behind|during|by|after|before|last|this|yesterday|earlier|among|with|outside|across|along|since|from|up|how|why|what|whether|(?:its|their|his|her|our)\s+way)\b)(?=[\p{L}\p{N}])/iu.exec(
      text.slice(cue.end, end),
    );
  return after === null ? null : cue.end + after[0].length;
}

/**
 * A sentence with no cue that may carry on the report before it, in the
 * tense reported speech shifts back to: "The agency said the samples showed
 * chromium downstream. No chromium had been found upstream." Its subject is
 * a thing or people, not a pronoun (what "he had asked for" tells is more
 * often the reporter's background), and its verb the past perfect, not one
 * inside a relative clause ("Police asked anyone who had filmed it…"). A
 * sentence with a year or a "since" is background of its own ("The plant
 * had opened in 1998"); see `datedBackground`.
 */
const carriesOnReport = new RegExp(
  // No opening that sets it against the report or makes it a clause of time or cause, no subject but a thing or
  // people (a pronoun's "had" is the reporter's background), no verb of its subject's before "had", and none of
  // saying or judging after it (what another said or ruled before is theirs: "Engineers had warned…").
  String.raw`^(?!(?:${timeOrCauseOpeners}|but|yet|however|still|although|though|if|as|unless|meanwhile|earlier|previously|later)\b)(?:(?:by|in|on|at|over|during|within)\s[^,]{1,40},\s*)?(?!(?:he|she|it|they|we|i|there|this|that|his|her|their|its)\s)(?:(?!(?:who|which|that|whom|whose|knew|saw|thought|felt|heard|said|told|found|was|were|is|are)\s|\p{L}+ed\s)(?:\p{N}[\p{N},.]*|[\p{L}'’-]+)(?:\s+|,\s*(?:[^,]|(?<=\p{N}),(?=\p{N})){1,60},\s+)){1,6}?had\s+(?:(?:not|never|already|twice|also|just|repeatedly|only)\s+)?(?!(?:warned|said|claimed|argued|ruled|questioned|criticised|criticized|accused|complained|told|asked|called|demanded|promised|pledged|denied|rejected|convicted|acquitted|sentenced|fined|reported|announced)\b)(?:been|\p{L}{2,}(?:ed|en)|come|gone|run|made|seen|found|left|lost|won|paid|spent|put|set|cut|hit|begun|become|done|got|held|kept|sold|sent|brought|bought|built|fallen|risen|grown|known|shown|given|written|dug|thrown|hung|burst|fled|struck|sunk|sank)\b(?![^,]*\b(?:would|will)\b)`,
  'iu',
);

/**
 * A year, a "since" or "in" a month that dates what a sentence tells: background, not what was just reported ("The men
 * had been arrested in October"). A month that bounds it goes on with the report: "…said the notices had never been
 * posted. The boxes of letters had stayed in the store room until February."
 */
const datedBackground =
  /\b(?:1[89]\d\d|20\d\d|since|in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|decades?|years?\s+(?:ago|before|earlier))\b/u;

/** Which rule reads a sentence by the type of its cue, and whether it has quotations. */
function ruleFor(cue: Cue, quoted: boolean): Rule {
  if (cue.type === 'according') return readAccordingTo;
  if (cue.type === 'called') return readCalled;
  if (cue.type === 'put') return readPut;
  // "lists" and "records" report what a record holds, never a quotation ("to put the records straight, …").
  if (quoted) return onlyARecords.test(cue.word) ? readReported : readQuoted;
  return cue.type === 'denial' ? readDenial : readReported;
}

/**
 * Reads one sentence by the rules: the first cue that reports speech decides
 * who speaks and what they say (see the rules above). A sentence that is only
 * a quotation is reported with no speaker. Headlines report nothing.
 * `inSentence` are the quotations inside the sentence. Opinions, feelings and
 * forecasts are no statements to check, and are left out unless `everything`
 * is asked for (what a claim says, whatever it is, apart from who said it).
 */
export function readSentence(
  text: string,
  whole: Sentence,
  inSentence: readonly Quotation[],
  { everything = false }: { everything?: boolean } = {},
): Report | null {
  // Which statements to keep: all with `everything`, else those that are no opinion (a rule's duty is none).
  const checkable =
    (fromARule = false) =>
    (statement: Statement) =>
      // What a denial verb rejects is the claim rejected, whatever its words: "rejected suggestions the transfer should have
      // been cancelled".
      everything ||
      (/^denial cue/u.test(statement.reason) && statement.joinedBy === undefined) ||
      !isOpinion(text.slice(statement.start, statement.end), fromARule);
  if (!whole.terminated) return null;
  // A dateline ("VELMORA, April 9 (Meridian News Service) - ") opens the story: it is neither speaker nor statement.
  const lead = dateline.exec(text.slice(whole.start, whole.end))?.[0].length ?? 0;
  const sentence = lead === 0 ? whole : { ...whole, start: whole.start + lead };
  // Quotations and titles, marks included, are no cue (titles are not statements either).
  const masked = blankQuotations(text, sentence, inSentence, { withMarks: true, fill: '•' });
  const quotations = inSentence.filter(
    (quotation) => !isTitle(text.slice(quotation.start, quotation.end)) && !isQuotedName(text, quotation),
  );
  let bodyEnd = sentence.end;
  while (bodyEnd > sentence.start && /[.!?…]/u.test(text[bodyEnd - 1] ?? '')) bodyEnd--;
  const quotedAs = quotedAsSaying(text, masked, sentence, bodyEnd, quotations);
  if (quotedAs !== null) return quotedAs;
  const cues = findCues(masked, sentence.start);
  // A sentence that reports nothing of its own may carry on the report before it: whether it does is the sentence
  // before's to say (see the suggestions). "found" in it is no cue ("No chromium had been found upstream").
  const carriedOn = (): Report | null => {
    if (inSentence.length > 0 || !carriesOnReport.test(masked) || datedBackground.test(masked)) return null;
    const statement = statementAfter(text, { start: sentence.start, end: bodyEnd }, 'reported speech carried on');
    return { statements: [statement].filter(checkable()), speaker: null, attribution: null, cue: null, quoted: false };
  };
  if (cues.length === 0) {
    const carried = carriedOn();
    if (carried !== null) return carried;
    if (quotations.length === 0 || quotations.length < inSentence.length || letter.test(masked)) return null;
    return {
      statements: quotations.map((quotation) => quotedStatement(text, quotation, false, 'quotation on its own')).filter(checkable()),
      speaker: null,
      attribution: null,
      cue: null,
      quoted: true,
    };
  }
  const reading: Reading = { text, sentence, quotations, bodyEnd };
  for (const cue of reportInReport(masked, sentence.start, bodyEnd, cues)) {
    // A partial quotation is read as part of its clause, else as the quotation it is.
    const embedded = quotations.length > 0 && allEmbedded(reading, cue);
    // "warned of “serious consequences”", "called for “urgent action”": a quotation that is what the verb is about,
    // not what is said, is no statement; the fragment alone would be a partial quotation.
    const fragment = embedded && prepositionAfterCue.test(text.slice(cue.end, quotations[0]?.outerStart ?? cue.end));
    const report =
      ruleFor(cue, quotations.length > 0 && !embedded)(reading, cue) ??
      (embedded && !fragment ? (readEmbedded(reading, cue) ?? ruleFor(cue, true)(reading, cue)) : null);
    if (report !== null) {
      // Opinions, feelings and advice are not statements to check; the speaker still speaks. A permit or a law saying
      // what must be done is no advice: "The company's permit, issued in June 2023, says the ponds must be in place…".
      const rule = report.speaker !== null && ruleDocument.test(text.slice(report.speaker.start, report.speaker.end).trim());
      const statements = report.statements.filter(checkable(rule));
      return { ...report, statements, attribution: attributionOf(reading, cue, report) };
    }
  }
  return carriedOn();
}

/**
 * A document that lays down rules, as the speaker phrase's head before any
 * apposition: "The company's permit, issued in June 2023", "the 2019 Water
 * Act"; not "a law professor", "the Rules Committee" or "Contract workers".
 */
const ruleDocument =
  /^(?!(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:who|whom)\s)(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:permit|licen[cs]e|law|act|regulations?|rules|rulebook|contract|agreement|treaty|constitution|guidelines|statute|by-?laws?|charter|directive|circular|decree)(?:\s*,|\s+(?:the|that|which|issued|sent|signed|published)\s|$)/iu;

/** The words of an opinion but those of a duty ("must", "should", "ought to"), which a rule lays down. */
const opinionWordsButDuty = opinionWords.filter((word) => !/^(?:must|should|ought to)$/u.test(word));

/**
 * The cues to read a sentence by, first to last, but the closing one alone
 * when what it closes reports in the past perfect: "Guards had warned the
 * department in August that four officers could not control B block, the
 * officers' association said" is the association's account, the earlier
 * warning inside it.
 */
function reportInReport(masked: string, offset: number, bodyEnd: number, cues: readonly Cue[]): readonly Cue[] {
  const closing = cues.at(-1);
  if (closing === undefined || cues.length < 2 || closing.type !== 'plain') return cues;
  // "…, the association said", "…, she told reporters": a comma, a short speaker, the verb, and little after it.
  const before = masked.slice(Math.max(0, closing.start - offset - 90), closing.start - offset);
  const after = masked.slice(closing.end - offset, bodyEnd - offset);
  if (!/,\s+(?:[\p{L}'’.-]+\s+){1,10}$/u.test(before) || (after.match(/\p{L}+/gu) ?? []).length > 5) return cues;
  // Not a denial: "Smith had denied taking the money, his lawyer said" still denies.
  const inPastPerfect = (cue: Cue) =>
    cue.type !== 'denial' && /\bhad\s+(?:\p{L}+\s+)?$/iu.test(masked.slice(Math.max(0, cue.start - offset - 20), cue.start - offset));
  // …nor one inside a clause of time, cause or contrast of what the closing speaker says: "…, four months after its
  // officers told stallholders that rents would be frozen, a group of hawkers said on Tuesday", "…, but the operator
  // told parents only that a stomach bug was going round, parents said on Thursday".
  // A finding told in a relative clause is part of it too: "…a study which found that temperatures passed 35 degrees,
  // an opposition MP told Parliament".
  const inAClauseOfTheirs = (cue: Cue) =>
    cue.type !== 'denial' &&
    /(?:^|[,;]\s*|\s)(?:(?:after|before|when|since|because|although|though|while|until|but)\s+(?:[\p{L}'’-]+\s+){1,4}|(?:which|that)\s+(?:had\s+)?)$/iu.test(
      masked.slice(Math.max(0, cue.start - offset - 50), cue.start - offset),
    );
  return cues.slice(0, -1).every((cue) => inPastPerfect(cue) || inAClauseOfTheirs(cue)) ? [closing] : cues;
}

/** A cue followed by a preposition, then its quotation: "warned of", "called for", "spoke about". */
const prepositionAfterCue = /^\s+(?:of|for|about|against|on)\s+$/iu;

/**
 * True when every quotation of a sentence sits inside a reported clause, a
 * partial quotation ("said the vessel had been “fully certified” and…"): a
 * word other than the cue stands just before it. The statement is then the
 * whole clause, quotation included.
 */
function allEmbedded({ text, sentence, quotations }: Reading, cue: Cue): boolean {
  return quotations.every((quotation) => {
    // A number after the cue is a word of the clause too: "said crews had reported 31 “serious incidents”" (not "In 2019
    // “nobody was hired,” the auditor said").
    const word = quotation.outerStart > cue.end ? /([\p{L}\p{N}]+)\s*$/u : /(\p{L}+)\s*$/u;
    const before = word.exec(text.slice(Math.max(sentence.start, quotation.outerStart - 40), quotation.outerStart));
    if (before === null) return false;
    const wordEnd = quotation.outerStart - (before[0].length - (before[1]?.length ?? 0));
    // Right after the verb, a quotation the clause goes on from is partial too: "confirmed “a small number” of accounts were hit".
    // "said “we will win” and left" goes on with the speaker, not the clause.
    const goesOn = /^\s+(?!(?:and|but|or|as|before|after|when|while|then|because|since|to|on|last|yesterday|today)\b)\p{L}/iu.test(
      text.slice(quotation.outerEnd, sentence.end),
    );
    // "said that “…”" quotes the clause whole, unless the quotation goes on or a clause came before ("…, and that “no
    // party has any role” in choosing…").
    const thatOpens =
      /^that$/iu.test(before[1] ?? '') && !goesOn && !/\band\s+that\s*$/iu.test(text.slice(sentence.start, quotation.outerStart));
    return (wordEnd !== cue.end || goesOn) && !thatOpens;
  });
}

/** Words that may follow a cue as part of the attribution: a time, a channel, the people told. */
const adjunct = /^(?:[\p{L}\p{N}'’-]+\s+){0,11}[\p{L}\p{N}'’-]+$/u;
/** Those told, after "told": a few words, perhaps with one apposition ("the state news agency, TNA"). */
const toldAdjunct =
  /^(?:[\p{L}\p{N}'’-]+\s+){0,11}[\p{L}\p{N}'’-]+(?:,\s+(?!(?:and|but|then|before|after)\b|\p{Ll}+ing\b)(?:a\s|an\s|the\s|\p{Lu})(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+)?$/u;
/**
 * Those told, then the event on whose sidelines they were told, which may take more words than those told alone:
 * "told reporters on the sidelines of a meeting of the provincial party committee on Friday".
 */
const toldOnTheSidelines = /^(?:[\p{L}\p{N}'’-]+\s+){0,3}?on\s+the\s+sidelines\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,14}[\p{L}\p{N}'’-]+$/u;
/**
 * A channel and how the statement reached the public, which may take many words: "in a statement read out by her
 * agent, Tavovan Sallmont, in front of the federation's offices on Thursday afternoon" (see `delivery`).
 */
const deliveredAdjunct = new RegExp(
  String.raw`^(?:in|during)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?${channelNoun}\s+${deliveryWords}[^.;:!?"“”]{0,160}$`,
  'u',
);
/** How a time or a channel after a cue opens: "on Monday", "in a statement", "to reporters", "late on Friday". */
const adjunctOpener = new RegExp(
  String.raw`^(?:on|in|at|to|during|via|through|after|before|late|early|earlier|later|last|this|yesterday|today|tonight|again|also|repeatedly|${denyingManner}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^by\s+(?:tele)?phone\b|^by\s+e-?mail\b|^by\s+text\b`,
  'iu',
);

/**
 * The attribution of a report: its speaker and cue and the words between
 * them, and after them, up to the statement that follows (or the end of the
 * sentence), a short phrase of time or channel ("on Monday", "in a
 * statement", "told reporters"), without a closing "that".
 */
function attributionOf({ text, bodyEnd, quotations }: Reading, cue: Cue, report: Report): TextSpan | null {
  const { speaker } = report;
  if (speaker === null) return null;
  const start = Math.min(speaker.start, cue.start);
  let end = Math.max(speaker.end, cue.end);
  const next = Math.min(
    ...report.statements.filter((statement) => statement.start >= end).map((statement) => statement.start),
    ...quotations.filter((quotation) => quotation.outerStart >= end).map((quotation) => quotation.outerStart),
    bodyEnd,
  );
  // Set off by commas inside the statement it attributes, the attribution keeps when it was said: "The contracts, the
  // judge said as she read the verdict, were…".
  const parenthetical = report.statements.some((statement) => statement.reason.startsWith('statement around'));
  const spoken = text.slice(end, next);
  const tail = (
    parenthetical
      ? spoken
      : // Narration after the time: "told the court on Thursday as his trial opened"; but what the speaker was doing as
        // they spoke is when it was said ("Kilgour said as she read the verdict").
        spoken
          .replace(narrationAfterCue, '')
          // …and a clause of its own joined on: "said on Thursday, though it had taken calls…".
          .replace(/,\s+(?:and|but|though|although|whereas)\s[^]*$/u, '')
  )
    .replace(/\s+that\s*$/iu, '')
    .replace(/[\s,;:—–-]+$/u, '');
  // What the speaker calls what they deny, before it: "described as false the claim that…".
  const calledFirst = /^describe[ds]?$/iu.test(cue.word) ? dismissedBefore.exec(spoken.trimStart()) : null;
  if (calledFirst !== null) return { start, end: end + (spoken.length - spoken.trimStart().length) + calledFirst[0].trimEnd().length };
  const told = /^(?:told|tells)$/iu.test(cue.word);
  // Those told may have an apposition: "told Tarnland's state news agency, TNA"; a story told, where it was told.
  // …and a weekday's date in brackets with it: "said on Tuesday (May 3)".
  const fits = (written: string) => {
    const words = written.replace(bracketedDate, '');
    return told
      ? toldAdjunct.test(words.trim()) || toldOnTheSidelines.test(words.trim()) || differentStory.test(`${words}:`)
      : deliveredAdjunct.test(words.trim()) ||
          (adjunct.test(words.trim()) &&
            (adjunctOpener.test(words.trim()) ||
              // Whom counsel put it to: "put it to Mr Hession".
              (/^puts?$/iu.test(cue.word) && /^it\s+to\s/u.test(words.trim())) ||
              whenMet.test(` ${words.trim()}`) ||
              (parenthetical && /^as\s/u.test(words.trim())) ||
              /^as\s+(?:he|she|they|we)\s/u.test(words.trim())));
  };
  // A phrase of its own after a comma is no part of it: "…, he told reporters on the steps of the court, his wife beside him".
  const lastComma = tail.lastIndexOf(',');
  // …nor is what happened just before, when it runs long: "said on Monday after six suspects were arrested in dawn raids
  // on four houses in the Tizatal district" (but "said on Wednesday night after councillors voted to shut them").
  const beforeEvent = tail.replace(eventAfterCue, '');
  const kept =
    fits(tail) || parenthetical
      ? tail
      : beforeEvent !== tail && fits(beforeEvent)
        ? beforeEvent
        : lastComma === -1
          ? tail
          : tail.slice(0, lastComma);
  if (kept.trim() !== '' && /^\s/u.test(kept) && fits(kept)) end += kept.length;
  return { start, end };
}

/**
 * Whether what follows "saying" denies in its own words ("saying no crew had
 * been in the area", "…had never…"), judges what was denied ("saying they were
 * politically motivated", "saying the survey was flawed", "saying the video had
 * been doctored"), or calls it what a denier calls it.
 */
function negatedSaying(words: string): boolean {
  return (
    /\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['’]t\b/iu.test(words) ||
    whatWasDenied.test(words) ||
    containsAny(words, calledWords) ||
    containsAny(words, denierJudgements)
  );
}

/** What a denier's reason may open on that stands for what was denied: "they", "the claims", "the report". */
const whatWasDenied =
  /^["“]?(?:they|these|those|the\s+(?:[\p{L}-]+\s+)?(?:claims?|reports?|allegations?|accusations?|charges?|figures|findings|numbers|data|survey|study|poll|video|footage|photos?|pictures?|images?|documents?|story|stories|article|accounts?|rumou?rs|evidence|complaints?|statistics))\b/iu;

/** Judgements a denier passes on what is said of them, besides `calledWords`: "slanderous", "one-sided", "hearsay". */
const denierJudgements: readonly string[] = [
  'slanderous',
  'flawed',
  'doctored',
  'unsubstantiated',
  'biased',
  'one-sided',
  'rumours',
  'rumors',
  'hearsay',
  'conspiracy',
  'distorted',
  'distorts',
  'misrepresented',
  'misrepresents',
  'an attempt to',
];
