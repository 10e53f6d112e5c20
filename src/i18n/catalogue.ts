// The catalogues' keys as types: i18next checks every `t('…')` against the English catalogue, so
// a key that does not exist is a type error, and messages made outside React name their key the same way.
import type { ParseKeys } from 'i18next';
import type en from './catalogues/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** A key of the message catalogues (plural forms by their base key: `dataError.more`). */
export type CatalogueKey = ParseKeys;
