export { abbreviations, endsAbbreviation, titlesWrittenShort } from './abbreviations.js';
export { splitParagraphs } from './paragraphs.js';
export type { Paragraph } from './paragraphs.js';
export { blankQuotations, findQuotations, nicknameInName, nicknamesIn, quotationWordCount } from './quotations.js';
export type { Quotation } from './quotations.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export {
  looksLikeName,
  isProperName,
  isBodyName,
  surnameHonorific,
  asianGivenNameHonorific,
  tradeNameWords,
  bodyDescriptors,
  dateline,
  speakerPhrase,
  titlesOfOffice,
  opensWithTitle,
  listsPortfolios,
  portfolio,
  portfolioOpening,
  isPostLetters,
  namesBody,
  splitTitle,
  withoutArticle,
  officeOf,
  opensWithOfficeOf,
  opensWithHonorific,
  withoutHonorifics,
} from './speakers.js';
export { clauseAfterCue, givesATimeToCheck, mayReportSpeech, readSentence, withoutRelativeNegations } from './reportedSpeech.js';
export type { Report, Statement } from './reportedSpeech.js';
export { trimSpan } from './span.js';
export type { TextSpan } from './span.js';
export { bracketedShortName, findBodies, goesByAcronym, shortNamesOfBodies } from './bodies.js';
export type { NamedBody } from './bodies.js';
export {
  calledBySurnameAlone,
  describesNoPost,
  findPeople,
  isRoleNoun,
  isMalayHonorific,
  patronymicGivenName,
  wordAfterMalayHonorifics,
  fathersName,
  isTitleClause,
  surnameOf,
  familyNameOf,
  givenNameAfterFamilyName,
} from './people.js';
export type { NamedPerson, TitleMention } from './people.js';
