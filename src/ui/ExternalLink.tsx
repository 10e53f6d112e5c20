import { safeLink, withoutHiddenCharacters } from '../domain/text';

/** An address from data: a link showing where it really leads, or plain text when it is no
 * http(s) address. */
export function ExternalLink({ address }: { address: string }) {
  const link = safeLink(address);
  if (!link) return <span>{withoutHiddenCharacters(address)}</span>;
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer">
      {link.text}
    </a>
  );
}
