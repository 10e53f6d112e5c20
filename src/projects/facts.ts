// Small pure readers over facts, shared by filters, lists and detail panels.
import type { DateFact, Money, Project } from './schema';

export type BudgetMeasure = 'total' | 'eu';

export function yearOf(date: DateFact | null): number | null {
  return date ? Number(date.value.slice(0, 4)) : null;
}

/** The figure in euros for a budget measure, or null when the sources give none in EUR. */
export function budgetInEuro(project: Project, measure: BudgetMeasure): number | null {
  const money: Money | null = project.budget[measure];
  if (!money) return null;
  if (money.currency === 'EUR') return money.amount;
  return money.alsoStated?.find((m) => m.currency === 'EUR')?.amount ?? null;
}

export function leadPartnerIds(project: Project): string[] {
  return project.partners.filter((p) => p.role === 'lead').map((p) => p.partner);
}


/** Lower-case, accent-free text for search: "Zöld" matches "zold". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

type LocalizedText = { original: string; lang: string; en?: string | undefined };

/** The text in the reader's language where we have it: the original, else the English version. */
export function textFor(text: LocalizedText, lang: string): string {
  return text.lang === lang ? text.original : (text.en ?? text.original);
}
