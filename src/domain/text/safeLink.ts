// Addresses from data become links that cannot deceive: only http(s) addresses are links, and a
// link's text is the address as the browser will open it, so it shows the real host.

export type SafeLink = {
  /** The address as the browser serialises it: ASCII, with anything else percent-encoded. */
  href: string;
  /** What the link shows: the host it opens (in punycode where that is not plain ASCII:
   * "xn--80ak6aa92e.com") and the rest of its address, shortened. */
  text: string;
};

/** Longest link text; the href stays whole. */
const MAX_TEXT = 72;

/**
 * Characters a reader cannot see or that reorder what follows: controls, format characters
 * (direction overrides and isolates, zero-width spaces and joiners, the soft hyphen, the BOM),
 * line and paragraph separators, and the fillers that render as nothing.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;

/** The text without the characters that hide or reorder what it says. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}

/** A link for an address from data, or null when it is not an http(s) address. */
export function safeLink(address: string): SafeLink | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The URL API percent-encodes every character of the path, query and fragment that is not
  // printable ASCII, and gives the host in punycode: its serialisation hides and reorders nothing.
  const host = url.host.replace(/^www\./, '');
  const rest = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  const text = host + rest;
  return {
    href: url.href,
    text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
  };
}
