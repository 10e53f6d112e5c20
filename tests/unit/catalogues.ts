// The message catalogues as flat key → text maps, for the tests that check what they hold.
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/i18n/languages';

export const CATALOGUE_DIR = new URL('../../src/i18n/catalogues/', import.meta.url);
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export type Messages = Map<string, string>;

function flatten(value: unknown, prefix = '', into: Messages = new Map()): Messages {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (typeof child === 'string') into.set(prefix + key, child);
    else flatten(child, `${prefix}${key}.`, into);
  }
  return into;
}

/** A catalogue's messages by their full keys ("summary.partners_one"). */
export const readCatalogue = (lang: Lang): Messages =>
  flatten(JSON.parse(readFileSync(new URL(`${lang}.json`, CATALOGUE_DIR), 'utf8')));

/** A key without its plural suffix: "summary.partners_one" → "summary.partners". */
export const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
