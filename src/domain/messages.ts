// What the app tells the reader, as catalogue keys with parameters: the text itself is looked up
// in the reader's language where it is shown.
import type { CatalogueKey } from '../i18n/catalogue';

/** A message for the reader, e.g. a URL parameter that was ignored. A `count` picks the plural form. */
export type Message = { key: CatalogueKey; params?: Record<string, string | number> };

/** A message on screen, until the reader dismisses it. */
export type Notice = Message & { id: number };

/**
 * One thing wrong with a data file, or how many more there are: what (a message) and where in the
 * file (`projects.0.id`; empty for the file as a whole). The path is data, shown as it is in every
 * language.
 */
export type DataProblem = Message & { path: string };

/** A problem of a data file that could not be used, with the file: its address or name. */
export type DataError = DataProblem & { file: string };
