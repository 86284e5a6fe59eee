/** An amount written with a scale ("3.4mn", "2 billion"), thousands ("40,000") or decimals ("1.5"), as pattern alternatives. */
const amountWithScaleOrSeparators = String.raw`\d+(?:\.\d+)?(?:[\s-]?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)|\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d`;

/**
 * Currencies written as one capital letter before the digits, as a pattern: rand, pesos, naira, kwacha, maloti and
 * dalasi. (Not an "E" for emalangeni: "E10 billion" is as often euros with their sign lost.)
 */
export const loneCurrencyLetters = 'R|P|N|K|M|D';

/** Of those, the letters that are money only with a scale or thousands after them: kwacha, maloti and dalasi. */
const lettersNeedingScale = 'KMD';

/**
 * What must follow a currency written as one letter ("R", "P", "N", "K", "M", "D") for it to be money, as a lookahead
 * pattern: an amount with a scale ("R41-billion", "N15bn", "K45 million", "M42 million"), thousands ("P100,000",
 * "D2,150") or decimals ("P1.2"), or for rand and pesos bare digits not after "the" ("R350", not "the R445"); kwacha,
 * maloti and dalasi with a scale or thousands only. A road's, a form's, a grade's or a dog unit's name ("the N7",
 * "P45s", "N95 masks", "K9", "Grade K1.5", "the M4") is none.
 */
export const amountAfterCurrencyLetter = String.raw`(?=${amountWithScaleOrSeparators}|(?<!\b[Tt]he\s+[${loneCurrencyLetters.replace(/\|/gu, '')}])(?<=[RP])\d+(?![\d\p{L}]))(?<![${lettersNeedingScale}](?=\d+\.\d(?![\d.]*\s?(?:million|billion|trillion|bn|m)\b)))`;

/**
 * Codes of currencies that also name flights, helicopters, routes, grades and papers ("QR 701", "SAR 2", "Route KD 12",
 * "Grade BD 4", "told DH 48 hours before"): money only before an amount written as money is ("QR40,000", "BD12,000", "RO
 * 2.5 million", "DH 2,800").
 */
// (…and "COP" is also the climate conference: "COP28", "at COP 29"; "PEN" the writers' association.)
// (…and "SDG" the Sustainable Development Goals: "SDG 4 targets education".)
const codesAlsoForOtherThings = new Set([
  'SR',
  'QR',
  'QAR',
  'SAR',
  'RO',
  'OMR',
  'BD',
  'BHD',
  'KD',
  'KWD',
  'JD',
  'DH',
  'MAD',
  'COP',
  'PEN',
  'SDG',
  'ID',
  'FC',
]);

/**
 * Currencies written as letters (or a sign of its own) before the digits, and the currency each names: "KSh 300,000",
 * "GH¢1.2 billion", "Rs 500", "RM2.3 billion", "USD1.6 million", "EUR 68,000", "PHP2.4 billion", "R$3.2 billion", "Tk 1,200 crore", "Dh2.5 million", "QR40,000", "R41-billion", "₦4.5 trillion".
 */
export const currencyLetters: ReadonlyMap<string, string> = new Map([
  // (…and by their codes: "UGX 450 million", "KES 2,000", "TZS 1.2 billion".)
  ...['KSh', 'Ksh', 'KShs', 'Sh', 'Shs', 'TSh', 'USh', 'Ush', 'UShs', 'UGX', 'KES', 'TZS'].map((code) => [code, 'shilling'] as const),
  // (The letter P is also Botswana's pula, read as the letter is: "P15.25" and "BWP 15.25" are one price.)
  ...['PHP', 'Php', 'P', 'BWP'].map((code) => [code, 'peso'] as const),
  ...['N', '₦'].map((code) => [code, 'naira'] as const),
  ...['GH¢', 'GH₵', 'GHS'].map((code) => [code, 'cedi'] as const),
  // Rupees, and by their codes: "LKR 4.5 billion", "NPR 450 million", "PKR 4.5bn", "INR 2,000".
  ...['Rs', 'LKR', 'NPR', 'PKR', 'INR'].map((code) => [code, 'rupee'] as const),
  ['Rp', 'rupiah'],
  // Ethiopian birr: "Br 4,800", "Br9,400", "ETB 450 million".
  ...['Br', 'ETB'].map((code) => [code, 'birr'] as const),
  ['RM', 'ringgit'],
  ['MYR', 'ringgit'],
  ...['USD', 'SGD', 'AUD', 'NZD', 'JMD', 'TTD'].map((code) => [code, 'dollar'] as const),
  ['R$', 'reais'],
  // Currencies a dollar sign stands in, with the letters that tell them from dollars: "RD$5,000" (Dominican pesos),
  // "MOP$500" (patacas), "T$40" (pa'anga).
  ['RD$', 'peso'],
  // …and Mexican pesos as Mexico City desks write them: "MX$4.5 billion", "Mex$350", "MXN 2,100".
  ...['MX$', 'Mex$', 'MXN'].map((code) => [code, 'peso'] as const),
  // …and Colombian pesos as Bogota desks write them: "COP 4.5 trillion", "COP$68,000", "Col$350".
  ...['COP$', 'COP', 'Col$'].map((code) => [code, 'peso'] as const),
  ['MOP$', 'pataca'],
  ['T$', 'paanga'],
  // The codes European copy writes before an amount: "EUR 68,000", "GBP 1.2 million".
  ['EUR', 'euro'],
  ['VND', 'dong'],
  ['GBP', 'pound'],
  // Egyptian pounds as Cairo desks write them: "LE8.75", "EGP 350", "E£15".
  ...['LE', 'EGP', 'E£'].map((code) => [code, 'pound'] as const),
  // Dollars written with their country's letters: "US$6.8 billion", "SBD 650,000".
  ...['US$', 'SBD'].map((code) => [code, 'dollar'] as const),
  // Dirhams: "Dh2.5 million" (Emirati), "DH 2,800" and "MAD 104 billion" (Moroccan).
  ...['Dh', 'Dhs', 'AED', 'DH', 'MAD'].map((code) => [code, 'dirham'] as const),
  ...['QR', 'QAR', 'SAR'].map((code) => [code, 'riyal'] as const),
  ...['RO', 'OMR'].map((code) => [code, 'rial'] as const),
  ...['BD', 'BHD', 'KD', 'KWD', 'JD', 'JOD'].map((code) => [code, 'dinar'] as const),
  ['Tk', 'taka'],
  ['R', 'rand'],
  // Zambian and Malawian kwacha: "K45 million", "ZMW 1.2 billion", "MWK 500,000" (not "MK", a car's mark or a postcode).
  // (Myanmar's kyats are written with a K too, read as the letter is: "Ks 450,000", "MMK 2,500".)
  ...['K', 'ZMW', 'MWK', 'Ks', 'MMK'].map((code) => [code, 'kwacha'] as const),
  // Lesotho's maloti and Eswatini's emalangeni: "M42 million", "LSL 1,200", "SZL 2.5 billion".
  ...['M', 'LSL'].map((code) => [code, 'loti'] as const),
  ['SZL', 'lilangeni'],
  // Israeli shekels by their sign and code: "₪1.38 billion", "NIS 4.2 billion" (not "ILS", also a landing system).
  ...['₪', 'NIS'].map((code) => [code, 'shekel'] as const),
  // Gambian dalasi: "D28 million", "D2,150", "GMD 1.2 billion".
  ...['D', 'GMD'].map((code) => [code, 'dalasi'] as const),
  // Afghanis: "AFN 4.5 billion", "Af 500".
  ...['AFN', 'Af'].map((code) => [code, 'afghani'] as const),
  // Zimbabwe Gold, the currency: "ZiG14.6 million", "ZWG 2 billion".
  ...['ZiG', 'ZWG'].map((code) => [code, 'zig'] as const),
  // Saudi riyals as Riyadh desks write them: "SR71.3 billion".
  ['SR', 'riyal'],
  // Thai baht as Bangkok desks write them: "Bt1,200", "THB 84.6 billion".
  ...['Bt', 'THB'].map((code) => [code, 'baht'] as const),
  // Peruvian soles by their sign and code: "S/ 1,200", "S/1.2 million", "PEN 450 million".
  ...['S/', 'PEN'].map((code) => [code, 'sols'] as const),
  // Kazakh tenge by their sign and code: "₸310 million", "KZT 3,900 million".
  ...['₸', 'KZT'].map((code) => [code, 'tenge'] as const),
  // Tunisian dinars by their code: "TND 2.34 billion".
  ['TND', 'dinar'],
  // Sudanese pounds by their code: "SDG 45 billion".
  ['SDG', 'pound'],
  // Iraqi dinars by their code and initials: "IQD 4.5 trillion", "ID 250,000" (not an identity card).
  ...['IQD', 'ID'].map((code) => [code, 'dinar'] as const),
  // Congolese francs by their code and initials: "CDF 2,800 billion", "FC 45,000" (not a football club).
  ...['CDF', 'FC'].map((code) => [code, 'franc'] as const),
]);

/**
 * The codes of {@link currencyLetters} that any digits may follow, as a pattern, longest first ("PHP" is not "P"); a
 * lone "R", "P" or "N" is money only before an amount (see {@link amountAfterCurrencyLetter}).
 */
export const currencyCodesBeforeDigits = [...currencyLetters.keys()]
  .filter((code) => code.length > 1 || !/^[A-Z]$/u.test(code))
  .sort((a, b) => b.length - a.length)
  .map((code) => code.replace(/[$]/gu, String.raw`\$`))
  .map((code) => (codesAlsoForOtherThings.has(code) ? String.raw`${code}(?=\s?(?:${amountWithScaleOrSeparators}))` : code))
  // "LE" is Egyptian pounds written against the digits ("LE8.75", "LE15"), not a model's letters ("Camry LE 2018").
  // (…or before an amount in pounds and piastres or with its scale: "LE 1.25", "LE 350 million".)
  // "Bt" is baht before an amount with a scale or separators, or of three digits or more ("Bt600"), not a maize's
  // letters ("Bt11 maize").
  .map((code) => (code === 'Bt' ? String.raw`Bt(?=\s?(?:${amountWithScaleOrSeparators}|\d{3,}(?![\d\p{L}])))` : code))
  .map((code) => (code === 'LE' ? String.raw`LE(?=\d|\s\d{1,3}(?:\.\d{2}(?![\d,])|(?:\.\d+)?\s?(?:million|billion|bn|mn)\b))` : code))
  .join('|');
