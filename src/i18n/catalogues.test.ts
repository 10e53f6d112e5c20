// Every language's catalogue is complete: the same keys as English, each plural in exactly the
// forms its language needs (from Intl.PluralRules, as i18next chooses them), the same placeholders,
// nothing empty, and no catalogue for a language the app does not offer.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseKey,
  CATALOGUE_DIR,
  PLURAL_SUFFIX,
  readCatalogue as read,
  type Messages,
} from '../../tests/unit/catalogues';
import { LANGS, LANGUAGES } from './languages';

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*([^}]*?)\s*}}/g)].map((m) => m[1]!.replace(/\s+/g, ' ')).sort();

/** The keys a language must have: each plural of English in its language's forms. */
function expectedKeys(english: Messages, locale: string): Set<string> {
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (PLURAL_SUFFIX.test(key)) for (const form of forms) keys.add(`${baseKey(key)}_${form}`);
    else keys.add(key);
  }
  return keys;
}

/** A message's placeholders, plural forms taken together ({{count}} may be left out of "one"). */
function placeholdersByBase(messages: Messages): Map<string, Set<string>> {
  const byBase = new Map<string, Set<string>>();
  for (const [key, text] of messages) {
    const set = byBase.get(baseKey(key)) ?? new Set<string>();
    for (const name of placeholders(text)) set.add(name);
    byBase.set(baseKey(key), set);
  }
  return byBase;
}

const english = read('en');

describe('message catalogues', () => {
  it('has one catalogue for each language the app offers, and no other', () => {
    const files = readdirSync(CATALOGUE_DIR)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s has every message, in every plural form it needs', (lang) => {
    const messages = read(lang);
    const expected = expectedKeys(english, LANGUAGES[lang].locale);
    expect({ missing: [...expected].filter((key) => !messages.has(key)) }).toEqual({ missing: [] });
    expect({ unknown: [...messages.keys()].filter((key) => !expected.has(key)) }).toEqual({ unknown: [] });
    expect({ empty: [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key) }).toEqual({
      empty: [],
    });
  });

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s keeps the placeholders of English', (lang) => {
    const ours = placeholdersByBase(read(lang));
    const mismatched = [...placeholdersByBase(english)]
      .filter(([base, names]) => {
        const theirs = ours.get(base);
        return theirs && [...theirs].sort().join() !== [...names].sort().join();
      })
      .map(([base]) => base);
    expect({ mismatched }).toEqual({ mismatched: [] });
  });

  it('has English in the forms English needs', () => {
    expect([...english.keys()].filter((key) => !expectedKeys(english, 'en').has(key))).toEqual([]);
  });
});
