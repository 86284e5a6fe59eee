/**
 * What must follow a currency written as one letter ("R", "P", "N") for it to be money, as a lookahead pattern: an
 * amount with a scale ("R41-billion", "N15bn"), thousands ("P100,000") or decimals ("P1.2"), or for rand and pesos bare
 * digits not after "the" ("R350", not "the R445"). A road's or a form's name ("the N7", "P45s", "N95 masks") is none.
 */
export const amountAfterCurrencyLetter = String.raw`(?=\d+(?:\.\d+)?(?:[\s-]?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)|\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d|(?<!\b[Tt]he\s+[RPN])(?<=[RP])\d+(?![\d\p{L}]))`;
