// How a source from data is named to the reader: a title is the dataset's text and may claim any
// address, so the host a link really opens is shown from its URL.

/** The host a source's link opens, as readers know it: "ec.europa.eu" for https://www.ec.europa.eu/x. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A web address or a bare domain name somewhere in a text ("https://ec.europa.eu (official)",
 * "see www.interreg.eu", "keep.eu"). */
const ADDRESS = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;

/** Whether a title reads as an address, so that the real host must be shown beside it. */
export function looksLikeAddress(title: string): boolean {
  return ADDRESS.test(title);
}
