// Small pure readers over facts, shared by filters, lists and detail panels.
import type { DateFact, Money, Programme, Project } from './schema';

export type BudgetMeasure = 'total' | 'eu';

export function yearOf(date: DateFact | null): number | null {
  return date ? Number(date.value.slice(0, 4)) : null;
}

/** The amount in euros (with its marks), or null when the sources give none in EUR. */
export function inEuro(money: Money | null | undefined): Money | null {
  if (!money) return null;
  if (money.currency === 'EUR') return money;
  const euro = money.alsoStated?.find((m) => m.currency === 'EUR');
  return euro ? { ...money, amount: euro.amount, currency: 'EUR' } : null;
}

/** The figure for a budget measure in euros (with its marks), or null when none is given in EUR. */
export function budgetFact(project: Project, measure: BudgetMeasure): Money | null {
  return inEuro(project.budget[measure]);
}

export function budgetInEuro(project: Project, measure: BudgetMeasure): number | null {
  return budgetFact(project, measure)?.amount ?? null;
}

type LocalizedText = { original: string; lang?: string | undefined; en?: string | undefined };

/** The text in the reader's language where we have it: the original, else the English version. */
export function textFor(text: LocalizedText, lang: string): string {
  return text.lang === lang ? text.original : (text.en ?? text.original);
}

/** The language of what textFor shows: the original's (perhaps not known), or English. */
export function shownTextLang(text: LocalizedText, lang: string): string | undefined {
  return textFor(text, lang) === text.original ? text.lang : 'en';
}

/** A programme's name as the programme writes it in the reader's language, else in English. */
export function programmeName(programme: Pick<Programme, 'name' | 'ownNames'>, lang: string): string {
  return programme.ownNames?.find((own) => own.lang === lang)?.name ?? programme.name;
}
