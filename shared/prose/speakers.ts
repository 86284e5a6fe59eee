import {
  auxiliaries,
  determiners,
  documentWords,
  pronouns,
  sentenceOpeners,
  unnamedSources,
  unnamedSourceVerbs,
  wordsPattern,
} from './cues.js';
import type { TextSpan } from './span.js';

/*
 * Who speaks: what a person's name looks like, the title of office or the
 * article around it, and the speaker phrase beside a reporting verb.
 */

/** Honorifics that stand before a name and belong to it: "Dr Amira Nassar", "Mr. Okafor". */
/** Honorifics before a name, written with or without their full stop ("Dr Ada Folk", "Ms. Ortega"). */
// Malaysian honours go before the name as honorifics do: "Datuk Seri Tarmizi Sulong", "Tan Sri Loh Chee Wah".
// Fijian chiefly titles go before the given name, as "Sir" does: "Ratu Isikeli Naiqamavesi", "Adi Mereoni Vuniwaqa"
// ("Adi" only before two names: alone before a surname it is a given name, "Adi Saputra"; so "Ato", an Ethiopian "Mr"
// and a Ghanaian given name, "Ato Boldon"). "W/ro" and "W/rt" are an Ethiopian "Mrs" and "Miss".
export const honorificWords = String.raw`(?:(?:His|Her)\s+Excellency(?:\s+(?:Engineer|Eng\.?|Dr\.?|Sheikh|Sheikha))?|Engineer|Eng|Mr|Mrs|Ms|Mx|Dr|Prof|Adv|Ntate|Mme|Sir|Dame|Shri|Smt|Thiru|Tmt|(?:The\s+)?(?:Most\s+|Right\s+|Rt\.?\s+)?Hon(?:ourable)?|Ven(?:erable)?|Alhaji|Alhaja|Comrade|Cde|Datuk\s+Seri|Datuk|Dato['’]?\s+Sri|Dato['’]?\s+Paduka|Dato['’]?|Datin\s+Paduka|Datin|Pehin|Tan\s+Sri|Puan\s+Sri|Tun(?!\s+Tun\b)|Ratu|(?:Khun|Daw|U|Ko|Ma|Mg|Saw|Naw|Ap|Aum|Dasho)(?=\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu})|Adi(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|Ato(?=\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu})|W/r[ot]|Weyzero|Weyzerit|HRH|(?:Awang|Dayang)(?=\s+(?:(?:Haji|Hajah)\s+)?\p{Lu}\p{Ll}+\s+(?:bin|binti|bint|a/[lp])\b)|Haji(?=\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}|bin\b|binti\b|a/[lp]\b))|Hajah(?=\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}|bin\b|binti\b|a/[lp]\b)))(?:\s+(?:Dr\.?|Haji|Hajah)(?=\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}|bin\b|binti\b|a/[lp]\b))|\s+(?:Awang|Dayang)(?=\s+(?:(?:Haji|Hajah)\s+)?\p{Lu}\p{Ll}+\s+(?:bin|binti|bint|a/[lp])\b))*`;
const honorificPattern = String.raw`${honorificWords}\.?`;
/**
 * A word that is an honorific written before a surname alone ("Ms Ortega", "Dr. Ortega", an advocate's "Adv. Rapapa",
 * Sesotho "Ntate" and "Mme"); "Sir" and "Dame" go before a first name.
 */
export const surnameHonorific = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Adv|Ntate|Mme|Shri|Smt|Thiru|Tmt)\.?$/u;
/**
 * A word that is an honorific written before a given name, as Thai, Myanmar and Bhutanese copy write them: "Khun
 * Kesorn Inkaew" (later "Khun Kesorn"), "U Tin Maung Aye", "Daw Thuzar Htwe", "Ko Zaw Lin", "Ma Thuzar Htwe", "Ap
 * Wangdi Rabten", "Aum Chimi Rabten". No given name of its own: two people of one family it stands before are told
 * apart by the word after it.
 */
export const asianGivenNameHonorific = /^(?:Khun|U|Daw|Ko|Ma|Mg|Saw|Naw|Ap|Aum|Dasho)$/u;

/** A capitalised word of a name, two letters or more: "Okafor", "O’Neill", "Jean-Luc", "Tomás" (initials are "J.", with a stop). */
// …after an Irish particle, it may open on the letter the particle puts before it: "Ó hEochaidh", "Mac an tSaoi" (not
// "na hÉireann" of a body's name).
export const nameWordPattern = String.raw`(?:(?<=(?:^|\s)(?:Ó|Ní|Uí|Ua|an)\s+)[hnt](?=\p{Lu}))?\p{Lu}[\p{L}\p{M}'’-]+`;

/** A ministry's or a department's name that opens on its first portfolio: "Ministry of Works", "the Department of Trade". */
export const portfolioOpening =
  /(?:^|\s)(?:Ministry|Department|Minister|Secretary|Bureau|Office|Directorate)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*$/u;
/** A portfolio, or the last two joined by "and": "Trade", "Highways and Human Settlement". */
export const portfolio = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*$/u;

/** The words ministries' portfolios are named with: "Trade", "Highways", "Human Settlement", "Grain Reserves". */
const portfolioWords = new Set(
  (
    'trade industry industries tourism culture sport sports youth women gender children family families health labour labor ' +
    'welfare education skills employment science technology innovation research energy mines mining minerals water ' +
    'environment forestry forests fisheries agriculture food livestock lands land housing works transport highways roads ' +
    'infrastructure communications information finance planning development economy economic justice security defence ' +
    'home interior foreign affairs cooperation integration settlement settlements rural urban local government public ' +
    'service services administration heritage arts religious commerce investment enterprise reserves grain resources ' +
    'natural climate change disaster management relief rehabilitation reconstruction sanitation irrigation cooperatives ' +
    'marketing digital telecommunications posts aviation maritime ports shipping railways human social protection ' +
    'equality veterans pensions statistics borders immigration citizenship parliamentary constitutional legal petroleum ' +
    'gas oil power electricity wildlife parks wellbeing care consumer regional national unity reform reforms marine ' +
    'hygiene disability disabilities recreation publicity broadcasting population hospital hospitals resettlement media ' +
    'training vocational higher further tertiary primary secondary basic early childhood elderly seniors persons people ' +
    'diaspora overseas external internal emergency emergencies fire safety occupational standards quality competition ' +
    'consumers customs excise revenue taxation budget treasury procurement audit accountability transparency ethics ' +
    'governance decentralisation decentralization traditional chieftaincy religion faith language languages hospitality ' +
    'entertainment creative small medium enterprises micro survey surveys mapping geology meteorology space nuclear ' +
    'renewable renewables green blue ocean oceans coastal inland waterways airports logistics postal ict gaeltacht ' +
    'sustainable sustainability conservation tenure reclamation cities towns villages municipalities provinces ' +
    'regions territories northern southern eastern western indigenous minority minorities refugees migration migrants ' +
    'poverty alleviation empowerment solidarity dialogue peace reconciliation cohesion territorial decentralised'
  ).split(' '),
);

/** Whether capitalised words are all portfolios' words: "Territorial Administration", "Home Affairs". */
const namesAPortfolio = (words: string) => words.split(/\s+/u).every((word) => portfolioWords.has(word.toLowerCase()));

/**
 * Whether the capitalised words after an office of something (see `officeOfSomething`) name a person: not a body
 * ("Secretary of State Department") nor a portfolio of two words ("Minister of State for Territorial Administration").
 */
const namesAPersonAfterOffice = (words: string) => !bodyAfterTitle(words) && !namesAPortfolio(words);

/**
 * Whether parts after a ministry's first portfolio list its further portfolios, the last after "and" ("Trade", "Grain
 * Reserves"): words portfolios are named with, as a list of people ("Ana Ruiz and Tom Lee") or of bodies is not.
 */
export function listsPortfolios(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1] ?? '';
  return (
    parts.every((part) => portfolio.test(part.trim())) &&
    /\sand\s/u.test(last) &&
    // Portfolios' words, not other bodies' names ("the Ministry of Defence, Nato and the Pentagon").
    parts
      .flatMap((part) => part.trim().split(/\s+/u))
      .filter((word) => !/^(?:and|the)$/u.test(word))
      .every((word) => portfolioWords.has(word.toLowerCase()))
  );
}

/**
 * An initial before a name: a capital with a full stop ("J."), or the consonants a Mongolian patronymic is written
 * short with ("Ts. Urantsetseg", "Lkh. Baasanjav"; as `mongolianInitial` lists them).
 */
export const initialPattern = String.raw`(?:\p{Lu}|Ts|Ch|Sh|Kh|Lkh|Zh|Dz)\.`;

/** Small words inside a name: "Ludwig van Beethoven", "Omar bin Said", Irish "Ó", "Ní", "Uí" ("Tomsie Ó Ceallaigh", "Mac an tSaoi"). */
/** The word before a father's name in Malay and Tamil names: "Idrus bin Haji Seman", "Kesavan a/l Thangavelu". */
export const patronymParticle = String.raw`(?:bin|binti|bint|a/l|a/p|anak)`;
export const particles = String.raw`(?:de|van|von|der|da|di|la|le|bin|binti|bint|a/l|a/p|anak|al|Ó|Ní|Uí|Ua|(?<=(?:Mac|Nic)\s+)an|an(?=\s+[hnt]\p{Lu}))`;

const properName = new RegExp(
  String.raw`^(?:${honorificPattern}\s+)?(?:${initialPattern}\s*)*${nameWordPattern}(?:\s+(?:${particles}\s+)?${nameWordPattern})*$`,
  'u',
);

/**
 * True if a phrase is written as a name: capitalised words, perhaps with an
 * honorific or initials before them and particles between them. Whether it names a
 * person ("Officials" at the start of a sentence does not) is the caller's
 * to judge.
 */
export function looksLikeName(phrase: string): boolean {
  // A company's legal form written with full stops ends its name: "Constructora Yanavilca S.A.".
  return properName.test(phrase.trim().replace(trailingLegalForm, ''));
}

/** A company's legal form written with full stops, which ends its name: "S.A.", "S.R.L.", "N.V.". */
export const legalForm = String.raw`(?:S\.A\.(?:C\.|S\.)?|S\.R\.L\.|S\.p\.A\.|N\.V\.|B\.V\.)`;
const trailingLegalForm = new RegExp(String.raw`\s+${legalForm}$`, 'u');

/**
 * Posts written as their letters alone, which other things' names share too ("MP Materials", "PS Group"): an Irish
 * TD, a South African MEC or MMC, an Indian MLA, a Pakistani MPA, a member of the Scottish Parliament (MSP), an
 * Australian MLC, a Canadian province's MPP or MNA (not "MS", which names a disease's charities: "MS Society";
 * nor "MHA", India's home ministry).
 */
const postLetterTitles = [
  'MCA',
  'MP',
  'MSP',
  'MLC',
  'OCPD',
  'OCS',
  'PS',
  'CS',
  'CEC',
  'TD',
  'MEC',
  'MMC',
  'MLA',
  'MPA',
  'MPP',
  'MNA',
] as const;

/** Titles of office written before a name ("Mayor Tom Okafor"), longest first so "Deputy Mayor" wins over "Mayor". */
export const titlesOfOffice: readonly string[] = [
  // An Australian state's head of government and a finance minister: "Victorian Premier Jacinta Allan", "Treasurer Jim
  // Chalmers"; churchmen and a chief judge, as news writes them before a name.
  'Premier',
  'Treasurer',
  // A Canadian rural municipality's head, as its mayor is: "Reeve Halldor Sigurdson".
  'Deputy Reeve',
  'Reeve',
  'Archbishop',
  'Cardinal',
  'Pastor',
  'Imam',
  'Rabbi',
  'Chief Justice',
  // The head of an authority or an international body, as official copy writes it before a name: "MFRA Director-General
  // Dr. Laith Al-Qudah".
  'Deputy Director-General',
  'Director-General',
  'Secretary-General',
  // A company's head and Hong Kong's, in capitals before a name: "Chief Executive Gary Chan Ka-wai".
  'Chief Executive Officer',
  'Chief Executive',
  'Attorney-General',
  'Auditor-General',
  'Opposition Leader',
  // A legislature's presiding officer, and a Malaysian state's chief minister: "State assembly Speaker Datuk Yeap".
  'Deputy Speaker',
  'Speaker',
  'Menteri Besar',
  'Chief Minister',
  'Deputy Mayor',
  'Mayor',
  'Vice President',
  'President',
  'Governor',
  'Gov.',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Councillor',
  // …as Irish and British copy writes it short: "Cllr Clíona Madigan".
  'Cllr',
  'Cllr.',
  'Councilor',
  'Council member',
  'Councilwoman',
  'Councilman',
  'Alderman',
  'Prime Minister',
  'Minister',
  'Chancellor',
  'Judge',
  // Two-word titles before the shorter ones they start with: "Director General Hana Ito" is not "General Hana Ito".
  'Director General',
  'Prosecutor General',
  'Attorney General',
  'Inspector General',
  'Auditor General',
  'Secretary General',
  'Solicitor General',
  'Surgeon General',
  'Prosecutor',
  'Chief Prosecutor',
  // Prosecutors as Caribbean, East African, South Asian and Egyptian courts title them: "Crown Counsel Andrea Whitmore",
  // "State Attorney Rukia Kalemba", "Counsellor Talaat Abu Khatwa".
  'Senior State Counsel',
  'Crown Counsel',
  'State Counsel',
  'Principal State Attorney',
  'Senior State Attorney',
  'State Attorney',
  'Counsellor',
  'Public Prosecutor',
  'State Prosecutor',
  'Director',
  'Coroner',
  'Ombudsman',
  'Police Chief',
  'Fire Chief',
  // The ranks of a Latin American police, translated: "Sub-commissioner Nelbin Funezco", "Sub-inspector Ana Lobo".
  'Sub-commissioner',
  'Sub-Commissioner',
  'Sub-inspector',
  'Sub-Inspector',
  'Commissioner',
  // A detective's or a senior rank before the rank it opens with: "Detective Superintendent Kirrily Hennessy".
  'Detective Chief Superintendent',
  'Detective Superintendent',
  'Detective Chief Inspector',
  'Detective Inspector',
  'Detective Senior Sergeant',
  'Detective Sergeant',
  'Detective Senior Constable',
  'Detective Constable',
  // …and written short, as Irish copy writes a garda's rank: "Det Supt Aoife Brannock", "Chief Supt Lughaidh Noonan".
  'Det Chief Supt',
  'Det Supt',
  'Det Insp',
  'Det Sgt',
  'Det Garda',
  'Chief Supt',
  'Supt',
  'Insp',
  'Chief Superintendent',
  'Acting Superintendent',
  'Senior Sergeant',
  'Senior Constable',
  'Superintendent',
  'Professor',
  'Ambassador',
  'Secretary',
  'Chief Inspector',
  'Inspector',
  'Detective',
  'Captain',
  'Capt.',
  'Commander',
  'Cmdr.',
  // An army's and a police service's general ranks before the ranks they open with: "Brigadier Nqobile Mhlongo".
  'Brigadier General',
  'Major General',
  'Lieutenant General',
  'Lieutenant Colonel',
  // …written with a hyphen or short: "Lieutenant-General Ana Kovac", "Maj. Gen. Ana Kovac".
  'Brigadier-General',
  'Major-General',
  'Lieutenant-General',
  'Lieutenant-Colonel',
  'Brig. Gen.',
  'Maj. Gen.',
  'Lt. Gen.',
  'Lt. Col.',
  'Brigadier',
  'Brig.',
  'Warrant Officer',
  'Colonel',
  'Col.',
  'General',
  'Gen.',
  'Admiral',
  'Adm.',
  'Major',
  'Lieutenant',
  'Lt.',
  // A sergeant's grades, and the ranks of a Canadian constabulary: "Staff Sgt. Colette Doucet", "Const. Ray Kinsella".
  'Staff Sergeant',
  'Staff Sgt.',
  'Sergeant',
  'Sgt.',
  'Constable',
  'Const.',
  'Corporal',
  'Cpl.',
  // Philippine copy's titles: "Atty. Erwin Tanchoco", "Engr. Melchor Tiongson", "Brgy. Capt. Eduardo Macabenta".
  'Atty.',
  'Engr.',
  'Brgy. Capt.',
  // Ranks written short without their stop, and a police rank's prefix: "Pol Col Worawit", "Pol. Lt. Gen.". "Gen",
  // "Col", "Maj" and "Pol" alone are given names too (Gen Nakatani, Pol Espargaro): only in a rank of two words.
  'Lt',
  'Maj.',
  'Capt',
  'Sgt',
  'Supt.',
  'Insp.',
  'Chief Insp.',
  'Police Supt.',
  'Lt Col',
  'Lt Gen',
  'Maj Gen',
  'Brig Gen',
  'Pol.',
  'Pol Col',
  'Pol Gen',
  'Pol Maj Gen',
  'Pol Lt Gen',
  'Pol Lt Col',
  'Pol Capt',
  'Pol Maj',
  'Pol Lt',
  'Bishop',
  'Father',
  'Fr.',
  // A monk's titles: "Phra Ajarn Wisut" ("Phra" alone opens places and temples too: Phra Nakhon, Wat Phra Kaew).
  'Phra Ajarn',
  'Phra Khru',
  'Coach',
  'Headmistress',
  'Headmaster',
  // Posts of South Asian administration and police, and the short words that rank them: "Addl. Collector R. Kannan",
  // "Dy. SP K. Murugan".
  'District Collector',
  'Collector',
  'Tahsildar',
  'SP',
  'DSP',
  // Posts written short in East African copy: "Galbaru Ward MCA Hon Abdikadir Hassan", "Sogorwet OCPD Hellen Rotich",
  // "Health CEC Hesbon Nyangau", "Arid Lands PS Eliud Wario".
  ...postLetterTitles,
  // A party's officers in a house: "Majority Whip Japheth Kaberia".
  // Posts named by their last word, with whose they are in capitals before it: "Chief Electoral Officer Grantley
  // Hinkson", "Provincial Warden Jonathan Divinagracia", "Lawmaker Rosanna Chiu Oi-lin".
  'Officer',
  'Warden',
  'Lawmaker',
  // …and one who chairs a body: "Election Commission Chairman R. M. Wimalasena", "Board Chair Ines Alvar".
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'Majority Whip',
  'Minority Whip',
  'Chief Whip',
  'Majority Leader',
  'Minority Leader',
];

/**
 * Nouns that describe a company or body when written before its name
 * ("Drugmaker Halvorsen Pharma", "Consumer group FairPlug", "Carrier Nordair").
 */
export const bodyDescriptors: readonly string[] = [
  'drugmaker',
  'carmaker',
  'chipmaker',
  'automaker',
  'company',
  'firm',
  'group',
  'operator',
  'carrier',
  'airline',
  'lender',
  'bank',
  'insurer',
  'retailer',
  'broadcaster',
  'union',
  'association',
  'agency',
  'regulator',
  'utility',
  'watchdog',
  'charity',
  'miner',
  'developer',
  'supplier',
  'manufacturer',
  'shipper',
  'maker',
  'producer',
  // "The drug wholesaler Bophelo Pharma Distributors", "Pharmaceutical distributor Emeka Distributors".
  'distributor',
  'wholesaler',
  'supplier',
  'partner',
  'publisher',
  'chain',
  'newspaper',
  'organisation',
  'organization',
];

/**
 * Trades a firm is named by ("Velmar Dredging", "Orsk Marine Works", "Norvik
 * Stores", "Castellan Freight"), which are also surnames now and then ("coach
 * Jack Leather"): a name ending in one is a person when a title says so.
 */
export const tradeNameWords: readonly string[] = [
  'dredging',
  'works',
  // "Sevrenne Roadworks", "Harlby Ironworks": a works of one kind.
  'roadworks',
  'ironworks',
  'steelworks',
  'contractors',
  // Traders: "Bophelo Pharma Distributors", "Letlapa Water Carriers", "Kasane Fuel Suppliers".
  'distributors',
  'carriers',
  'suppliers',
  'wholesalers',
  'stores',
  'freight',
  'leather',
  'transit',
  'haulage',
  'textiles',
  'aviation',
  'shipbuilding',
  'metals',
  'farms',
  'supermarkets',
  'healthcare',
  'electronics',
  'software',
  'robotics',
  'therapeutics',
  'automotive',
  'fisheries',
  'seafood',
  'plastics',
  'packaging',
  'cement',
  'marine',
  // A francophone estate agent or developer: "Sindora Immobilier".
  'immobilier',
  // A resort's or a hotel group's operator: "Lhaviru Hospitality", "Kandu Resorts".
  'hospitality',
  'resorts',
];

/** Last words of a name that make it a body, not a person: "Halvorsen Pharma", "Casmir Sea Lines". */
export const bodyNameWords: readonly string[] = [
  'pharma',
  // A housebuilder: "Copplestone Homes", "Lomax Homes".
  'homes',
  // "The Naroleng Land Rights Forum", "the Rail Users' Forum".
  'forum',
  // A monitoring group: "Kamlang Labour Watch" (only its last word: "Watch Tan" is a person).
  'watch',
  // A firm by what it does: "Bellusa Waste Services".
  'services',
  'lines',
  'line',
  'bank',
  'ministry',
  'agency',
  'institute',
  'association',
  'federation',
  'confederation',
  'consortium',
  'union',
  'group',
  'council',
  'authority',
  'airlines',
  'airways',
  'energy',
  'holdings',
  'holding',
  'corp',
  'corporation',
  // "Minakuma Electric Power Co.", "Akanomi Fisheries Cooperative".
  'co.',
  'cooperative',
  'co-operative',
  'inc',
  'ltd',
  'limited',
  'company',
  'party',
  'police',
  'service',
  'office',
  'court',
  'commission',
  'university',
  'hospital',
  'unit',
  // "The Marravel Constabulary Force", "the Kenya Defence Forces".
  'force',
  'forces',
  'bureau',
  'command',
  'staff',
  'assembly',
  'department',
  'directorate',
  'secretariat',
  'treasury',
  'governorate',
  'inspectorate',
  'foundation',
  'trust',
  'network',
  'motors',
  'systems',
  'shipping',
  'maritime',
  'partners',
  'fund',
  'league',
  'committee',
  'board',
  'army',
  'navy',
  'government',
  'reuters',
  'press',
  'news',
  'times',
  'post',
  // The endings of company names: "Stenholt Dynamics", "Brenner Construction", "Tarn Hydro".
  'dynamics',
  'industries',
  'logistics',
  'technologies',
  'solutions',
  'foods',
  'mining',
  'resources',
  'chemicals',
  'media',
  'telecom',
  'hydro',
  'power',
  'electric',
  'capital',
  'insurance',
  'pharmaceuticals',
  'laboratories',
  'labs',
  'construction',
  'builders',
  'engineering',
  'petroleum',
  'railways',
  'ferries',
  // "Officer Training Corps", "Warden Park School": a title word opening a body's name.
  'corps',
  'school',
  'college',
  'dairies',
  'dairy',
  'waterworks',
  // Gulf and much Commonwealth copy: "Nakhlan Municipality", "Mizna Building Contracting", "Khor General Trading".
  'municipality',
  'contracting',
  'trading',
  'contractors',
  'recycling',
  'utilities',
  'analytics',
  'securities',
  'brewery',
  'breweries',
  'shipyards',
  'enterprises',
  'ventures',
  'water',
  'rail',
  'air',
  'oil',
  'plc',
  'llc',
  'gmbh',
  // Malaysian companies: "Permai Gloves Sdn Bhd", "Kenwah Construction Berhad".
  'bhd',
  'berhad',
  'minerals',
  'metals',
  'aviation',
  'aerospace',
  'software',
  'pharmacy',
  'pharmacies',
  'clinic',
  'hotels',
  // Clubs: "Bressamoor Athletic", "Tarn Rovers", "Harlby United", "Selmarsh Harriers", "Kostrel Mariners".
  'athletic',
  'mariners',
  'albion',
  'dynamo',
  'sporting',
  'rovers',
  'wanderers',
  'harriers',
  'rangers',
  'united',
  'fc',
  ...tradeNameWords,
];

/** A pattern matching any title of office, longest first (for building larger patterns). */
const titlePattern = [...titlesOfOffice]
  .sort((a, b) => b.length - a.length)
  .map((title) => title.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

// Titles may follow each other: "Lt. Col. Ruben Aster", "Deputy Police Chief".
// The name may open on initials: "Headmistress J. Rosaline Mary".
const leadingTitle = new RegExp(
  // A rank may say it was held before: "Gen. (ret.) Epifanio Barrenechea".
  String.raw`^((?:${titlePattern})(?:\s+(?:${titlePattern}))*(?:\s+\((?:ret|retd|Ret|Retd)\.?\))?)\s+(?=(?:${initialPattern}\s*)*${nameWordPattern})`,
  'u',
);

/** A name at the end of a phrase: capitalised words (acronyms too: "KNA"), with an honorific or initials. */
const trailingName = new RegExp(
  String.raw`(?:^|\s)((?:${honorificPattern}\s+)?(?:${initialPattern}\s*)*(?:${nameWordPattern}|\p{Lu}{2,})(?:\s+(?:${particles}\s+)?(?:${nameWordPattern}|\p{Lu}{2,}))*)$`,
  'u',
);

/** An honorific opening a name: "Dr Anne Lim", "Tan Sri Razarudin Husain". */
const leadingHonorific = new RegExp(String.raw`^${honorificPattern}\s+`, 'u');

/** Whether a name opens with an honorific, a person's mark: "Ratu Isikeli Naiqamavesi", "Hon. Siosaia Fakatoumea". */
export const opensWithHonorific = (name: string): boolean => leadingHonorific.test(name.trim());

/** A name without the honorifics that open it, however many: "Fauziah binti Haji Suhaili" of "Dr Hajah Fauziah binti Haji Suhaili". */
export function withoutHonorifics(name: string): string {
  let bare = name.trim();
  for (let stripped = bare.replace(leadingHonorific, ''); stripped !== bare; stripped = bare.replace(leadingHonorific, '')) bare = stripped;
  return bare;
}

/** Letters a person writes after their name: "Peter Mills KC", "Sarah Jones MP", "Pauric Dineen TD", "John Smith MBE". */
const postNominal = /\s(?:KC|QC|SC|SAN|MP|MLA|TD|JP|MBE|OBE|CBE|KBE|DBE)$/u;
/** A club's name before "SC": a plural ("Young Africans SC", "Bidvest Wits SC"), where a senior counsel's is a surname. */
const clubBeforeSC = /\p{Ll}s\s+SC$/u;

/** A name at the start of a phrase, then "of", "at" or "from" and who they are with: "Karl Ness of the patients' association". */
const nameThenBody = new RegExp(
  String.raw`^((?:${honorificPattern}\s+)?(?:${initialPattern}\s*)*${nameWordPattern}(?:\s+(?:${particles}\s+)?${nameWordPattern})+)\s+((?:of|at|from)\s+.+)$`,
  'u',
);

/**
 * A name with its title taken off the front: a title of office ("Mayor Tom
 * Okafor" is Tom Okafor, Mayor), a rank ("Captain"), a description in any case
 * before the name ("interior minister Dario Vukan", "Iran's foreign ministry
 * spokesman Nasser Kanani", "Drugmaker Halvorsen Pharma"), or after it with
 * "of" ("Karl Ness of the patients' association"). A phrase with no name in
 * it comes back whole as the name, with no title.
 */
export function splitTitle(phrase: string): { title: string; name: string } {
  const trimmed = phrase.trim();
  const match = leadingTitle.exec(trimmed);
  const afterTitle = match === null ? '' : trimmed.slice(match[0].length);
  // "General Motors", "Major League Baseball": a title word opening a body's name is no title; nor are a post's letters
  // with nothing before them to say whose post it is ("MP Materials", "PS Group").
  if (match !== null && !bodyAfterTitle(afterTitle) && !postLetters.test((match[1] ?? '').trim()) && !rankGoesOn.test(afterTitle))
    return { title: match[1] ?? '', name: afterTitle };
  // A rank before a name, then whom they serve with ("Sgt. Maria Lopez of the Los Angeles County Sheriff's
  // Department"): the rank and the body are the title.
  const rankedThenBody = match === null ? null : nameThenBody.exec(afterTitle);
  if (match !== null && rankedThenBody !== null && !isBodyName(rankedThenBody[1] ?? '') && looksLikeName(rankedThenBody[1] ?? ''))
    return { title: `${(match[1] ?? '').trim()} ${rankedThenBody[2] ?? ''}`, name: rankedThenBody[1] ?? '' };
  const after = nameThenBody.exec(trimmed);
  // Not a body's name or an office before "of" ("Temenang Department of Environment director Roslan Ariffin", "Senior
  // Superintendent of Police Conroy Rattray"): the person is named after it.
  // …nor a post in capitals ("Ward Chair of Kaphalbot-4"): no one is named.
  // (Not a post that is a surname too, "Julie Bishop of the Liberal Party", nor a post's letters, "Ravi Kumar MLA".)
  // (A surname-like post after a word that ranks it is the post: "Lord Mayor of London", "Chief Constable of…"; letters
  // after other letters are a post's: "BJP MLA of Bihar".)
  const endsOnPost = (words: string) => {
    const run = words.split(/\s+/u);
    const [last = '', before = ''] = [run.at(-1), run.at(-2)];
    if (!singleWordTitles.has(last.toLowerCase())) return false;
    if (/^\p{Lu}+$/u.test(last)) return run.length === 1 || /^\p{Lu}{2,}$/u.test(before);
    return !titlesThatAreSurnames.test(last) || run.length === 1 || postRankingWord.test(before);
  };
  if (
    after !== null &&
    (!isBodyName(after[1] ?? '') || postNominal.test(after[1] ?? '')) &&
    !officeOfSomething.test(trimmed) &&
    !endsOnPost(after[1] ?? '')
  )
    return { title: after[2] ?? '', name: after[1] ?? '' };
  const words = trimmed.split(/\s+/u);
  const inRun = officeInRun(trimmed);
  if (inRun !== null) return inRun;
  // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Penny Wong": the office's own "of" or "for".
  const officeOf = officeOfSomething.exec(trimmed);
  // The name without the honorific the office puts before it: "Director of Public Health Dr Anne Lim" is Anne Lim, whom
  // "Dr Lim" names later.
  if (officeOf !== null && namesAPersonAfterOffice(officeOf[2] ?? ''))
    return { title: officeOf[1]?.trim() ?? '', name: (officeOf[2] ?? '').replace(leadingHonorific, '') };
  // A describing noun opening a sentence is capitalised as names are: "Drugmaker Halvorsen Pharma".
  const descriptor = words.findIndex((word, index) => index < words.length - 1 && bodyDescriptors.includes(word.toLowerCase()));
  if (descriptor !== -1 && looksLikeName(words.slice(descriptor + 1).join(' '))) {
    const [described, rest] = [words.slice(0, descriptor + 1).join(' '), words.slice(descriptor + 1).join(' ')];
    // "the union General Secretary Jo Wade": the title of office is title too.
    const office = titledPerson(rest);
    return office === null ? { title: described, name: rest } : { title: `${described} ${office.title}`, name: office.name };
  }
  const name = trailingName.exec(trimmed);
  const before = name === null ? '' : trimmed.slice(0, name.index).trim();
  // The words before must describe (some lower-case word, not an article alone or a preposition at the end), and end
  // on no day of a month ("A worker dismissed on 24 July" names no July).
  if (
    name === null ||
    before === '' ||
    !/(?:^|\s)\p{Ll}/u.test(before) ||
    /(?:^|\s)(?:a|an|the|of|for|at|from|by|to|and|or|with|in|on|until|till|since|before|after|during|last|next|this|early|late|\d{1,2}(?:st|nd|rd|th)?)$/iu.test(
      before,
    ) ||
    frenchPostBeforeParticle.some((pattern) => pattern.test(before))
  )
    return { title: '', name: trimmed };
  // A title of office between the description and the name is title too: "The police Chief Inspector Hal Dorn".
  const written = name[1] ?? '';
  // A post alone in capitals after whose it is names no one: "The hospital's Director".
  if (!written.includes(' ') && endsOnPost(written) && !titlesThatAreSurnames.test(written)) return { title: '', name: trimmed };
  const office = titledPerson(written) ?? officeInRun(written);
  if (office !== null) return { title: `${before} ${office.title}`, name: office.name };
  return { title: before, name: written };
}

/**
 * A French post and its particle, before what it is of: "the procureur de la République" names no one called
 * "République". The post is in small letters, or in capitals after an article ("The Procureur de la République, Laure
 * Beccuau"); "Faf du Plessis" and "Fernando de la Rúa" are names.
 */
const frenchParticle = String.raw`\s+(?:de|du|des)(?:\s+(?:la|le)|\s+l['’])?$`;
const frenchPostBeforeParticle = [
  new RegExp(String.raw`(?:^|\s)\p{Ll}[\p{L}'’-]*${frenchParticle}`, 'u'),
  new RegExp(String.raw`^(?:the|a|an)\s+\p{Lu}[\p{L}'’-]*${frenchParticle}`, 'iu'),
];

/**
 * A family name of a few letters written first, before two given names ("Koh Boon Huat", "Ng Eng Hen"), as Chinese
 * names are; not a short word of what an office is of ("Head of Tax Sam Jones", "Minister for Home Affairs").
 */
const shortFamilyName = String.raw`(?!(?:Tax|Home|Arts|Law|Oil|Gas|Army|Navy|Air|Work|Land|Food|Data|Port|Rail|Road|Sea|Aid|Jobs|Farm|Fire|Post|Mail|Care|Youth|Sport|Town|City|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Brig|Supt|Insp|Hon|Sri|Seri|Tun|Dato|Tan(?=\s+Sri))\b)\p{Lu}\p{Ll}{1,3}`;

/** Whether a word is such a family name written first (see `shortFamilyName`): "Koh" of "Koh Boon Huat". */
export function isShortFamilyName(word: string): boolean {
  return shortFamilyNameAlone.test(word);
}
const shortFamilyNameAlone = new RegExp(String.raw`^${shortFamilyName}$`, 'u');

/**
 * An office named with what it is of or for, in capitals, then a person's
 * two-word name: "Chief of Staff Ron Klain", "Secretary of State for Defence
 * John Healey", "Director of Public Prosecutions Max Hill", "MEC for Health Dr Zibuyile Ngubane".
 */
export const officeOf = String.raw`(?:(?:Deputy|Acting|Vice|Assistant|Under|Senior|Lord|Grand|Chief|Principal|Head|First|Second)\s+)?(?:Constable|Imam|Judge|Coach|Pastor|Secretary|Minister|Chief|Director|Head|Governor|Commissioner|Chair|Chairman|Chairwoman|President|Leader|Speaker|Attorney|Solicitor|Chancellor|Commander|Inspector|Superintendent|Mayor|Ambassador|Bishop|Archbishop|Dean|Rector|Provost|Principal|Editor|Clerk|Registrar|MEC|MMC|Supervisor|Controller|Comptroller|Auditor|Administrator|Coordinator|Prosecutor|Ombudsman|Keeper|Treasurer)(?:\s+General)?\s+(?:of|for)\s+(?:the\s+)?`;

/** Whether a phrase opens on an office named with what it is of or for (see {@link officeOf}): "Deputy Secretary of …". */
export function opensWithOfficeOf(phrase: string): boolean {
  return officeOpening.test(phrase);
}
const officeOpening = new RegExp(`^${officeOf}`, 'u');

/** An English given name before a Cantonese name written family name first: "Elaine" of "Elaine Siu Shuk-fan". */
const englishBeforeCantonese = String.raw`\p{Lu}\p{Ll}+\s+(?=${shortFamilyName}\s+\p{Lu}\p{Ll}+-\p{Ll}+$)`;

const officeOfSomething = new RegExp(
  String.raw`^(${officeOf}(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the)\s+)*)+?)((?:${honorificPattern}\s+)?(?:${englishBeforeCantonese})?(?:${shortFamilyName}\s+)?\p{Lu}[\p{L}'’-]+\s+(?:${patronymParticle}\s+(?:(?:Haji|Hajah)\s+)?)?\p{Lu}[\p{L}'’-]+)$`,
  'u',
);

/** One of {@link postLetterTitles}, written alone. */
const postLetters = new RegExp(`^(?:${postLetterTitles.join('|')})$`, 'u');

/** Whether a word is a post written as its letters alone ("MP", "TD", "MEC"). */
export function isPostLetters(word: string): boolean {
  return postLetters.test(word);
}

/** A person's name alone: capitalised words, an honorific perhaps first, no word of a title among them. */
const personsName =
  /^(?:(?:Hon|Dr|Mr|Mrs|Ms|Eng|Prof)\.?\s+)?(?!(?:Chief|Minister|Deputy|Secretary|Director|Governor|Commissioner|President)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)+$/u;

/** Single words that are titles of office: "Secretary", "General", "Director". */
const singleWordTitles = new Set(titlesOfOffice.filter((title) => !title.includes(' ')).map((title) => title.toLowerCase()));

/**
 * A title of office then a person's name ("Chief Inspector Hal Dorn"), split;
 * null when what follows the title is a body ("General Staff", "Major Crimes
 * Unit") or another title ("General Secretary").
 */
function titledPerson(phrase: string): { title: string; name: string } | null {
  const office = leadingTitle.exec(phrase.trim());
  if (office === null) return null;
  const name = phrase.trim().slice(office[0].length);
  if (bodyAfterTitle(name) || singleWordTitles.has((name.split(/\s+/u)[0] ?? '').toLowerCase()) || rankGoesOn.test(name)) return null;
  // A post's letters title only a person's name after them: not "MP Chief Minister Kamal Nath" (Madhya Pradesh's).
  if (postLetters.test((office[1] ?? '').trim()) && !personsName.test(name)) return null;
  return { title: office[1] ?? '', name };
}

/**
 * Words that go on with a rank a title word opens, not a name: "Officer Commanding Station", "Officer Cadet", "Petty
 * Officer Second Class".
 */
const rankGoesOn = /^(?:Commanding|Cadet|Candidate|Second|First|Third|Class|Grade)\b/u;

/** Words that rank a post before it: "Lord Mayor", "Chief Constable", "Grand Imam", "Deputy Speaker". */
const postRankingWord = /^(?:Lord|Lady|Chief|Grand|Deputy|Vice|Acting|High|Senior|Assistant|Prime|Under|Head|Principal)$/u;

/** Titles that are surnames too: "Julie Bishop", "John Major", "Paul Judge", "Ed Pastor". */
const titlesThatAreSurnames =
  /^(?:Bishop|Major|Judge|Chancellor|Pastor|Dean|Cardinal|Constable|Marshal|Sheriff|Warden|Reeve|Alderman|Imam|Coach|Mayor|Speaker|Sergeant|Captain|Provost|Rector)$/u;

/** Whether what follows a title word is a body's name ("Motors", "Crimes Unit"), not a person's: a trade is a surname too ("Coach Jack Leather"). */
function bodyAfterTitle(name: string): boolean {
  const last = (name.split(/\s+/u).pop() ?? '').toLowerCase();
  return (isBodyName(name) && !tradeNameWords.includes(last)) || namesBody(name);
}

/** Words a person's name does not hold but a body's may anywhere in its own: "Major League Baseball", "Police Scotland". */
const bodyWordsInName = new Set(['league', 'union', 'association', 'federation', 'ministry', 'agency', 'council', 'party', 'police']);

/** Whether a name holds a word only a body's name holds ({@link bodyWordsInName}). */
export function namesBody(name: string): boolean {
  return name.split(/\s+/u).some((word) => bodyWordsInName.has(word.toLowerCase()));
}

/**
 * A title of office after capitalised words that say whose office it is, then
 * a person's name: "Metropolitan Police Commissioner Mark Rowley", "Deputy
 * Fire Chief Lena Ortiz", "Bank of England Governor Andrew Bailey"; null if
 * the run holds none.
 */
function officeInRun(run: string): { title: string; name: string } | null {
  const words = run.trim().split(/\s+/u);
  const whose = (word: string) => /^\p{Lu}/u.test(word) || /^(?:of|for|and|the)$/u.test(word);
  for (let at = 1; at < words.length - 1 && whose(words[at - 1] ?? ''); at++) {
    const office = titledPerson(words.slice(at).join(' '));
    if (office !== null) return { title: `${words.slice(0, at).join(' ')} ${office.title}`, name: office.name };
    // …or an office named with what it is for: "KwaZulu-Natal MEC for Health Nomagugu Simelane".
    const officeFor = officeOfSomething.exec(words.slice(at).join(' '));
    if (officeFor !== null && namesAPersonAfterOffice(officeFor[2] ?? ''))
      return {
        title: `${words.slice(0, at).join(' ')} ${officeFor[1]?.trim() ?? ''}`,
        name: (officeFor[2] ?? '').replace(leadingHonorific, ''),
      };
  }
  return null;
}

/** True if a phrase opens on a title of office before a name: "Chief Inspector Hal Dorn". */
export function opensWithTitle(phrase: string): boolean {
  return titledPerson(phrase) !== null;
}

/** True if a name names a body rather than a person: "Halvorsen Pharma", "Casmir Sea Lines", "KNA". */
export function isBodyName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return (
    // ("Harlby Water Ltd.", with its full stop, is "Ltd"; "Co." is a company only with it, "Michael Co" a person.)
    bodyNameWords.includes(last) ||
    bodyNameWords.includes(last.replace(/\.$/u, '')) ||
    // An acronym ends a body's name ("Harlby Port Authority HPA"), a regnal number a chief's ("Nana Efia Kyerewaa II");
    // …but letters a person writes after their name are theirs ("Peter Mills KC", "Pauric Dineen TD").
    (/^\p{Lu}{2,}$/u.test(words[words.length - 1] ?? '') &&
      !(words.length > 1 && /^[IVXL]{2,6}$/u.test(words[words.length - 1] ?? '')) &&
      !(
        words.length > 2 &&
        postNominal.test(name.trim()) &&
        !clubBeforeSC.test(name.trim()) &&
        looksLikeName(words.slice(0, -1).join(' ')) &&
        !namesBody(name)
      )) ||
    (tradeEndings.includes(last) && (last !== 'steel' || words.length >= 3) && !surnameHonorific.test(words[0] ?? '')) ||
    (words.length >= 2 && bodyOpeningWords.includes((words[0] ?? '').toLowerCase())) ||
    (words.length >= 2 && legalFormOpening.test(words[0] ?? '')) ||
    // "PT" and "TOO" are also a person's initials ("PT Usha"): a company's only before a name of two words or more
    // ("PT Bumi Raya"). ("AS" and "AO" open as many Indian names as companies: "AS Kiran Kumar".)
    (words.length >= 3 && /^(?:PT|TOO)$/u.test(words[0] ?? '')) ||
    // "Co" ends a company's name after what it makes or does ("Ford Motor Co", "Lungfa Recycling Co"); it is a surname
    // too ("Zaldy Co", "Maria Cristina Co").
    companyBeforeCo.test(name.trim()) ||
    // A council by the place it governs: "the Town of Lunenfeld", "the Regional Municipality of Halden".
    /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:Town|City|County|Municipality|Village|Shire|Borough|Township|Province)\s+of\s+\p{Lu}/u.test(
      name.trim(),
    )
  );
}

const companyBeforeCo =
  /\s(?:Motor|Motors|Power|Electric|Trading|Recycling|Steel|Oil|Gas|Mining|Shipping|Insurance|Chemical|Construction|Engineering|Industries|Manufacturing|Tobacco|Brewing|Paper|Cement|Textile|Rubber|Glass|Timber|Sugar|Transport|Coal|Iron|Railway|Telephone|Gold|Copper|Land|Property|Development|Investment|Finance|Securities|Trust|&)\s+Co\.?$/u;

/**
 * A company's legal form, written before its name in Baltic, Russian and Central Asian copy: "UAB Kelmeda", "OÜ Kaskna
 * Metsatööd", "SIA Dzelzs", "JSC Temir" (not "AS" nor "AO", which are people's initials too: "AS Dulat").
 */
const legalFormOpening = /^(?:UAB|OÜ|SIA|OOO|ZAO|OAO|JSC|PJSC|LLP)$/u;

/**
 * What a company is, opening its name in Spanish, Portuguese, French or Italian copy: "Constructora Yanavilca S.A.",
 * "Minera Tiznado", "Empresa Petrolera Ventalunense".
 */
const bodyOpeningWords: readonly string[] = [
  'constructora',
  'construtora',
  'minera',
  'mineradora',
  'empresa',
  'compañía',
  'companhia',
  'compagnie',
  'corporación',
  'naviera',
  'petrolera',
  'distribuidora',
  'inversiones',
  'transportes',
  'industrias',
  'cooperativa',
  'sociedad',
  'société',
  'società',
];

/**
 * Trades that end a company's name ("Kim Thach Steel", "Ngan Giang Sand Transport"); "Steel" ends some people's
 * too ("Helen Steel"), so it ends a body's only in a name of three words or more.
 */
const tradeEndings: readonly string[] = [
  'steel',
  'transport',
  'printing',
  'textiles',
  'garments',
  'footwear',
  'cement',
  'plastics',
  'electronics',
];

/** A role without the article it is written with: "a spokeswoman for the port" is "spokeswoman for the port". */
export function withoutArticle(role: string): string {
  return role.replace(/^(?:a|an|the)\s+/iu, '').trim();
}

/** Openers of a sentence before its speaker (see `sentenceOpeners`), each with its first letter in either case. */
const openerWords = wordsPattern(sentenceOpeners).replace(
  /(^|\|)(\p{Ll})/gu,
  (_whole, bar: string, letter: string) => `${bar}[${letter}${letter.toUpperCase()}]`,
);
const openers = new RegExp(`^(?:${openerWords})\\b[^,]*,\\s*`, 'u');
/**
 * The same, for a speaker whose apposition closes with a comma before the verb: there a name that opens like a
 * place ("Outside the Lines, a campaign group, said") is the name, where "Outside the White House, a protester
 * said" opens on a place.
 */
const openersBeforeApposition = new RegExp(
  `^(?!(?:[Oo]utside|[Ii]nside)\\s+the\\s+\\p{Lu}[^,]*,\\s*(?:a|an)\\s)(?:${openerWords})\\b[^,]*,\\s*`,
  'u',
);
/** What an opener's place or time was, after it: "In the town, where the main road was cut for two days, its mayor said". */
const openerRelative = /^(?:where|when)\s+[^,]*,\s*(?=[^,]*\p{Lu})/u;
/**
 * A place before the speaker with what it is: "In Tovin, one of the two villages, mayor Elena Marsk said", "At Nsombela,
 * about 40 kilometres from the boma, residents said".
 */
const placeWithApposition = new RegExp(
  String.raw`^(?:[Ii]n|[Aa]t|[Ff]rom)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s*[^,\p{Lu}]+,\s*(?=[^,]*\p{Lu}|(?:${wordsPattern(unnamedSources)})\s*$)`,
  'u',
);
/** A dateline before the first sentence of a story: "NORVIK (Reuters) - ", "CASMIR, Veldra (AP) — ", "VELMORA, April 9 (Meridian News Service) - ", "BRELLIN, Sorvania, Nov 14 (Linden Wire) - "., "DILBARABAD, Sep 10 (RPS): " */
// At most three parts after the place, each starting with its first letter: a long list ("US, Canada, France, …") must not take
// exponential time.
// A place in small letters is one only with an agency's name in brackets, then a dash and a sentence: "Sufayra, April 12
// (Raqim) -- ", "Nairobi (Reuters) - " (not "Tesco (TSCO.L) - Britain's biggest retailer - said", "Ahmed Hassan (left) —
// a farmer — said", "Amnesty International (AI): The rights group said").
// A place in small letters with a colon is the Gulf papers' dateline: "Khor Sabeel: The landlord of a building has told…".
export const dateline =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s*[\p{L}\p{N}.][\p{L}\p{N}\s.]*){0,3}(?:\s*\([^)]*\))?|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*[\p{L}\p{N}.][\p{L}\p{N}\s.]*){0,3}\s*\(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}\)(?=\s*[–—-]+\s*\p{Lu})|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?=:\s+\p{Lu}))(?:\s*[–—]+\s*|\s+-+\s+|:\s+)/u;
const trailingAuxiliary = new RegExp(`\\s+(?:${wordsPattern(auxiliaries)})$`, 'iu');
/** How a speaker says it, between them and the verb: "has always denied", "flatly rejected". */
const trailingManner =
  /\s+(?:always|repeatedly|consistently|long|strongly|flatly|firmly|categorically|vehemently|publicly|angrily|swiftly|quickly)$/iu;
/** When, written after a speaker: "on Monday", "yesterday", "last week". */
export const trailingTime =
  /\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|morning))$/iu;

/** Narrows a span by dropping what matches at its start or end, until nothing does. */
function strip(text: string, span: TextSpan, atStart: RegExp[], atEnd: RegExp[]): TextSpan {
  let { start, end } = span;
  for (let changed = true; changed && start < end;) {
    changed = false;
    const slice = text.slice(start, end);
    for (const pattern of atStart) {
      const match = pattern.exec(slice);
      if (match !== null && match.index === 0 && match[0].length > 0 && match[0].length < slice.length) {
        start += match[0].length;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const pattern of atEnd) {
      const match = pattern.exec(slice);
      if (match !== null && match[0].length > 0 && match[0].length < slice.length) {
        end -= match[0].length;
        changed = true;
        break;
      }
    }
  }
  return { start, end };
}

/**
 * The speaker phrase inside a stretch of text around a reporting verb:
 * without punctuation and spaces at the edges, a sentence opener ("On
 * Monday,"), auxiliaries before the verb ("have") or a time after an inverted
 * verb ("on Tuesday"). Null if what is left does not look like a speaker: no
 * letter, longer than 16 words, or a clause of its own.
 */
export function speakerPhrase(text: string, span: TextSpan): TextSpan | null {
  // "But a former engineer, who…, said": a conjunction goes alone, not with what follows it up to a comma as an opener does.
  const closedApposition = /,\s*$/u.test(text.slice(span.start, span.end)) || /^\s*,/u.test(text.slice(span.end));
  const opener = closedApposition ? openersBeforeApposition : openers;
  const opened = strip(
    text,
    span,
    [/^[\s,;:—–-]+/u, dateline, /^(?:but|and|yet)\s+/iu, placeWithApposition, opener, openerRelative],
    [/[\s,;:.!?—–-]+$/u],
  );
  // Letters after a name an opener ends on are the opener's ("by defence attorney Glendon Reckord, KC, Dyce agreed"),
  // not a speaker's own name ("KC, who is on his 21st hunger strike, said").
  const openerWent = text.slice(span.start, opened.start).trim() !== '';
  const edges = openerWent ? strip(text, opened, [/^(?:KC|QC|SC|SAN)\s*,\s*/u], []) : opened;
  // "It was said…", "There is…": no speaker; "it" alone is one ("it said").
  const before = text.slice(edges.start, edges.end).split(/\s+/u);
  if (/^(?:what|who|how|why|when|where|there|this)$/iu.test(before[0] ?? '')) return null;
  // …and so is "it" with an adverb ("It also found…", "It later said…").
  const itWithAdverb = before.length === 2 && /^(?:also|later|earlier|previously|then|again|further|separately)$/iu.test(before[1] ?? '');
  if (/^it$/iu.test(before[0] ?? '') && before.length > 1 && !itWithAdverb) return null;
  const stripped = strip(text, edges, [], [/[\s,;:.!?—–-]+$/u, trailingAuxiliary, trailingManner, trailingTime]);
  // "The case was brought by then-U.S. Attorney Preet Bharara, who said": the speaker is whom the relative clause is of,
  // named after the narration's last preposition.
  const ofWhom = relativeOfWhom.exec(text.slice(stripped.start, stripped.end));
  const phrase = ofWhom === null ? stripped : { start: stripped.start + (ofWhom[1]?.length ?? 0), end: stripped.end };
  const written = text.slice(phrase.start, phrase.end);
  // A short name in brackets adds no length: "the Ilavar Fire and Rescue Services Department (IFRSD)"; nor does an
  // aside on how it was said: "…, Mr Abdoulaye Kodiébé, in a statement read on state television on Monday night,".
  const words = written
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(howItWasSaid, ',')
    .split(/\s+/u);
  // A long apposition ("A senior officer, who spoke on condition of anonymity because…,") does not make a speaker a clause.
  // So does one that goes on from a relative clause ("A guard who was inside when it began, and who spoke on condition…").
  // An age may come first: "Marta Ilvey, 54, a baker in the village of Dunmere, who spent the night on the roof…", with
  // an address in British copy: "Hedley Pendlebury, 64, of Cowslip Rise, Teaselby, who sat on the planning committee…".
  // A title with no article may too: "Osvaldo Ruspantini, head of the hoteliers' association, which had asked…".
  // And a document's making: "A report by a government mediator, written after talks broke down on Friday and seen by…".
  // …or its date, or how it came out: "An inspection report by the ministry's coastal engineers, dated 3 September and
  // seen by…", "A stock list the clinic sent to the capital on 4 July, read out by Selumo on the programme,".
  const apposition =
    /^([^,]+),\s*(?:\d{1,3},\s*(?:of\s+[^,]+,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s*)?)?)?(?:and\s+)?(?:who|whose|which|speaking|published|writing|citing|dated|a|an|the|\p{Ll}+\s+(?:of|for|at)|(?:\p{Ll}{2,}(?:ed|en)|read|sent|kept|drawn|made|held|shown)\s+(?:out\s+|up\s+)?(?:by|after|before|during|on|in|at|last|this|from|to)(?=\s))\s[^,]*(?:,|$)/iu.exec(
      written,
    );
  const opening = (apposition?.[1] ?? '').split(/\s+/u).length;
  // …as may a speaker who asked not to be named, and why: "An official who asked not to be named because she was not…".
  // …and what they do may come first: "a miner who worked on the morning shift and asked not to be named because…".
  const unnamed = unnamedSourceClause.test(written);
  // …and a document described at length, then seen: "A list of beneficiaries compiled by the ward's committee, a copy of
  // which was seen by The Mulilo,".
  const seenAside = /,\s*(?:a\s+)?cop(?:y|ies)\s+of\s+which\s/iu.test(written);
  // …or named by a word for a document in its first three words, then told how it came out: "A stock list the clinic
  // sent to the capital on 4 July, read out by Selumo on the programme,".
  const documentAside =
    apposition !== null &&
    (apposition[1] ?? '')
      .split(/\s+/u)
      .slice(0, 3)
      .some((word) => documentWords.includes(word.toLowerCase()));
  const appositionLimit =
    apposition === null
      ? 16
      : opening <= 8
        ? 30
        : opening <= 15 && (/\swho\s/iu.test(apposition[1] ?? '') || seenAside || documentAside)
          ? 36
          : 16;
  const limit = unnamed ? Math.max(30, appositionLimit) : appositionLimit;
  if (!/\p{L}/u.test(written) || words.length > limit) return null;
  return phrase;
}

/** An aside between a speaker and the cue on how they spoke: ", in a statement read on state television," ", speaking to reporters,". */
const howItWasSaid =
  /,\s*(?:in\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|post|message|interview|communiqué|release|speech|address|broadcast|video|note)\b|in\s+(?:dialogue|conversation)\s+with\s|speaking\s|writing\s)[^,]*(?:,|$)/iu;

/** Narration, a preposition, then a person and ", who" before the cue: what comes before the person (group 1). */
const relativeOfWhom =
  /^(.*\s(?:by|to|with|from|against|for)\s+)((?:\p{Ll}[\p{L}.-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]*,\s*who)$/u;

/** A relative clause saying why a speaker is unnamed, what they do perhaps first: "who worked the night shift and asked not to be named". */
const unnamedSourceClause = new RegExp(String.raw`\swho\s+(?:[^,]{0,60}?\s+and\s+)?${unnamedSourceVerbs}\b`, 'iu');

/**
 * True for a proper name: capitalised words, not led by a determiner ("Helen
 * Brandt", "Dr Amira Nassar"), and not a plural noun for unnamed sources
 * capitalised because it opens a sentence ("Officials").
 */
export function isProperName(phrase: string): boolean {
  // "His Excellency Mattar Al Tunaiji" is a name with its honorific, not "his" someone.
  // …and "The Most Hon. Desmond Arlow", "The Hon. Marcia Tull" are names with theirs, not "the" something.
  const first = leadingHonorific.test(phrase) ? 'honorific' : (phrase.split(/\s+/u)[0] ?? '').toLowerCase();
  // "Customers said" are people unnamed; "Customers First" is a name.
  const crowd = unnamedSources.includes(first) && !/^\S+\s+\p{Lu}/u.test(phrase.trim());
  return looksLikeName(phrase) && !determiners.includes(first) && !pronouns.includes(first) && !crowd;
}
