// The one way texts are compared: the search, the gazetteer and the import all fold with it, so
// "Biala", "BIAŁA" and "Biała" are the same word everywhere.

/**
 * Letters that Unicode decomposition leaves whole, as they are typed without that language's
 * keyboard. Lower case only: the text is lower-cased first. Letters with accents, cedillas, carons
 * or rings (č, ş, ő, å, ė…) need no entry: decomposition splits their marks off.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', // Polish
  ø: 'o', // Danish, Norwegian, Faroese
  æ: 'ae', // Danish, Norwegian, Icelandic
  œ: 'oe', // French
  ß: 'ss', // German
  đ: 'd', // Croatian, Sami
  ð: 'd', // Icelandic, Faroese
  þ: 'th', // Icelandic
  ħ: 'h', // Maltese
  ı: 'i', // Turkish (Cyprus)
  ŧ: 't', // Northern Sami (Norway, Sweden, Finland)
  ŋ: 'n', // Sami
  ς: 'σ', // Greek: the final sigma is the same letter
};

const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/**
 * Lower-case text without accents, for comparing: "Bielsko-Biała" → "bielsko-biala",
 * "Trøndelag" → "trondelag", "Straße" → "strasse". Compatibility decomposition (NFKD) also
 * splits ligatures (ĳ, ﬁ) and turns no-break and full-width spaces into plain ones.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LETTER, (letter) => LETTERS[letter] ?? letter);
}

/**
 * The folded words of a text: punctuation and spacing between them count as one space, so
 * "Sokolov vychod" finds "Sokolov-východ" and "S.A." finds "S. A.".
 */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
