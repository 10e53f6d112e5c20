// What the app tells the reader, as catalogue keys with parameters: the text itself is looked up
// in the reader's language where it is shown.

/** A message for the reader, e.g. a URL parameter that was ignored. */
export type Message = { key: string; params?: Record<string, string> };

/** A message on screen, until the reader dismisses it. */
export type Notice = Message & { id: number };

/** One thing wrong with a data file that could not be used. */
export type DataError = string;
