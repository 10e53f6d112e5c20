// Reading the loose values of spreadsheets: dates (full or partial), amounts, rates. Pure.
import { foldText } from '../../src/domain/text';

export type Parsed<T> = { value: T | null; problem?: string; changed?: string };

/**
 * Dates as keep.eu writes them (dd/mm/yyyy), ISO dates (a time part is dropped), and partial
 * dates (mm/yyyy, yyyy). A partial date stays partial: no day or month is made up.
 */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  const pad = (n: string) => n.padStart(2, '0');
  let match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (match) return checked(match[3]!, pad(match[2]!), pad(match[1]!));
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) {
    const result = checked(match[1]!, match[2]!, match[3]!);
    return text.length > 10 && result.value ? { ...result, changed: 'time of day dropped' } : result;
  }
  match = /^(\d{1,2})[./](\d{4})$/.exec(text);
  if (match) return checked(match[2]!, pad(match[1]!));
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return checked(match[1]!, match[2]!);
  if (/^\d{4}$/.test(text)) return checked(text);
  return { value: null, problem: 'not a date (dd/mm/yyyy, yyyy-mm-dd, mm/yyyy or yyyy)' };
}

function checked(year: string, month?: string, day?: string): Parsed<string> {
  const y = Number(year);
  if (y < 1950 || y > 2100) return { value: null, problem: `year ${year} out of range` };
  if (month === undefined) return { value: year };
  const m = Number(month);
  if (m < 1 || m > 12) return { value: null, problem: `month ${month} does not exist` };
  if (day === undefined) return { value: `${year}-${month}` };
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return { value: null, problem: `day ${day} does not exist in ${year}-${month}` };
  return { value: `${year}-${month}-${day}` };
}

/** Whether partial date `a` is certainly after `b`: "2021-05" is after "2020", not after "2021". */
export function isAfter(a: string, b: string): boolean {
  const precision = Math.min(a.length, b.length);
  return a.slice(0, precision) > b.slice(0, precision);
}

/**
 * An amount of money as spreadsheets write it: "1234567.89", "1,234,567.89", "1.234.567,89",
 * "€ 1 234 567". The last separator followed by one or two digits is the decimal point.
 */
export function parseAmount(raw: string): Parsed<number> {
  const text = raw.replace(/[\s\u00a0]|EUR|€/gi, '');
  if (text === '') return { value: null };
  if (!/^-?[\d.,']+$/.test(text) || !/\d/.test(text)) return { value: null, problem: 'not an amount' };
  // A plain decimal number (as spreadsheets store numbers) is read as it is, whatever its decimals.
  const plain = /^-?\d+\.\d+$/.test(text) && !/^-?\d{1,3}\.\d{3}$/.test(text);
  const decimal = plain ? null : /[.,](\d{1,2})$/.exec(text);
  const integerPart = decimal ? text.slice(0, decimal.index) : text;
  const value = plain ? Number(text) : Number(`${integerPart.replace(/[.,']/g, '')}${decimal ? `.${decimal[1]}` : ''}`);
  if (!Number.isFinite(value)) return { value: null, problem: 'not an amount' };
  if (value < 0) return { value: null, problem: 'negative amount' };
  return { value };
}

/** A co-financing rate: "85%", "85", "85,00" or "0.85", as a share from 0 to 1. */
export function parseRate(raw: string): Parsed<number> {
  const percent = raw.includes('%');
  const text = raw.replace(/[\s%]/g, '').replace(',', '.');
  if (text === '') return { value: null };
  const number = Number(text);
  if (!Number.isFinite(number) || number < 0 || number > 100)
    return { value: null, problem: 'not a rate between 0 and 100 %' };
  // "85%" and "85" are percentages; "0.85" is a share. With a % sign it is always a percentage.
  return { value: percent || number > 1 ? Math.round(number * 100) / 10000 : number };
}

/** A stable id from any text: "Zöld Szíve (HU)" → "zold-szive-hu". */
export function slugify(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 80)
      // Trimmed after the cut, so a long name cut at a dash still gives a valid slug.
      .replace(/^-+|-+$/g, '') || 'x'
  );
}
