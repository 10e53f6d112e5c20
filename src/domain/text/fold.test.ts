// The one text folding: what a reader types without the letters of the language finds the text.
import { describe, expect, it } from 'vitest';
import { foldText, foldWords } from './fold';

describe('foldText', () => {
  it.each([
    ['Bielsko-Biała', 'bielsko-biala'], // Polish ł
    ['Trøndelag', 'trondelag'], // Norwegian ø
    ['Sokolov-východ', 'sokolov-vychod'], // Czech: decomposition
    ['Zala Zöld Szíve', 'zala zold szive'], // Hungarian
    ['Škofja Loka, Črnomelj, Žalec', 'skofja loka, crnomelj, zalec'], // Slovenian č, š, ž
    ['Straße, GROẞ', 'strasse, gross'], // German ß and capital ẞ
    ['Færøerne, Æbeltoft', 'faeroerne, aebeltoft'], // Danish æ
    ['Œuvre, cœur', 'oeuvre, coeur'], // French œ
    ['Đakovo', 'dakovo'], // Croatian đ
    ['Þórshöfn, Reyðarfjörður', 'thorshofn, reydarfjordur'], // Icelandic þ, ð
    ['Ħal Għaxaq', 'hal ghaxaq'], // Maltese ħ
    ['Kıbrıs, İstanbul', 'kibris, istanbul'], // Turkish dotless and dotted i
    ['Čáhcesuolu, Ŧ, Ŋ', 'cahcesuolu, t, n'], // Northern Sami
    ['ΑΘΗΝΑΣ, Αθήνας', 'αθηνασ, αθηνασ'], // Greek: accents and the final sigma
    ['Ĳsselmonde', 'ijsselmonde'], // Dutch ĳ ligature
    ['Târgu Mureș, Timişoara', 'targu mures, timisoara'], // Romanian comma and cedilla
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('makes a no-break space a plain one', () => {
    expect(foldText('S.A.\u00a0Bielsko')).toBe('s.a. bielsko');
  });
});

describe('foldWords', () => {
  it('counts punctuation and spacing between words as one space', () => {
    expect(foldWords('  Mikroregion Sokolov-východ ')).toBe('mikroregion sokolov vychod');
    expect(foldWords('Agencja Rozwoju Regionalnego S.A. Bielsko-Biała')).toBe(
      'agencja rozwoju regionalnego s a bielsko biala',
    );
    expect(foldWords('Sokolov vychod')).toBe(foldWords('Sokolov–Východ'));
  });
});
