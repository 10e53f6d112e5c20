import { SERVED_SOURCE_KINDS, type Source } from '../domain/dataset/schema';
import { safeLink } from '../domain/text';

/** The address of a source document the app serves beside itself (public/sources). */
export function servedSourceUrl(file: string): string {
  return `${import.meta.env.BASE_URL}sources/${file}`;
}

/** Where a source can be read: its web page, or the copy of a source document the app serves. */
export function sourceHref(source: Source): string | null {
  if (source.url) return safeLink(source.url)?.href ?? null;
  return source.file && SERVED_SOURCE_KINDS.includes(source.kind) ? servedSourceUrl(source.file) : null;
}
