// Recognising programme names in their usual variants and mapping them to the app's ids. Pure.
import { foldText } from '../../src/domain/text';
import { slugify } from './parse';

/** `name` is the programme's name in the project's period; `allPeriods` its name for projects of several. */
export type ProgrammeMatch = { id: string; period: string | null; known: boolean; name: string; allPeriods: string };

/** Both countries of a cross-border programme, in either order ("Hungary-Slovenia" too). */
function both(name: string, a: RegExp, b: RegExp): boolean {
  return a.test(name) && b.test(name);
}

/** The colours of the app's programmes (as in data/dataset.json), for imported and synthetic data. */
export const KNOWN_PROGRAMME_COLOURS: Readonly<Record<string, string>> = {
  'alpine-space': '#0072B2',
  'central-europe': '#D55E00',
  'sweden-norway': '#009E73',
  'slovenia-hungary': '#B0407F',
  'interreg-europe': '#8A6D00',
};

/** A programme's colour: the app's own for a known programme, else one made from its id. */
export function programmeColour(id: string): string {
  return KNOWN_PROGRAMME_COLOURS[id] ?? generatedColour(id);
}

/** The app's programmes, with what their names look like once normalised; `byPeriod` where the
 * name changes with the period. */
const KNOWN: {
  id: string;
  name: string;
  byPeriod?: Readonly<Record<string, string>>;
  test: (name: string) => boolean;
}[] = [
  { id: 'alpine-space', name: 'Interreg Alpine Space', test: (n) => /\balpine space\b/.test(n) },
  { id: 'central-europe', name: 'Interreg Central Europe', test: (n) => /\bcentral europe\b/.test(n) },
  {
    id: 'sweden-norway',
    name: 'Interreg Sweden–Norway',
    test: (n) => both(n, /\b(sweden|sverige)\b/, /\b(norway|norge)\b/),
  },
  {
    id: 'slovenia-hungary',
    name: 'Interreg Slovenia–Hungary',
    byPeriod: { '2014-2020': 'Interreg V-A Slovenia–Hungary', '2021-2027': 'Interreg VI-A Slovenia–Hungary' },
    test: (n) => both(n, /\b(slovenia|slovenija)\b/, /\b(hungary|madzarska|magyarorszag)\b/),
  },
  { id: 'interreg-europe', name: 'Interreg Europe', test: (n) => n === 'europe' },
];

/** Programme generations and the periods they stand for, when the name gives no years. */
const GENERATIONS: Record<string, string> = { iv: '2007-2013', v: '2014-2020', vi: '2021-2027' };

/** Lower case, no accents, no "Interreg", no generation (V-A, VI-B…), no years, single spaces. */
export function normaliseProgrammeName(name: string): string {
  return foldText(name)
    .replace(/\b\d{4}\s*[-–/]\s*\d{4}\b/g, ' ')
    .replace(/\binterreg\b/g, ' ')
    .replace(/\b(iv|v|vi)(\s*-?\s*[abc])?\b/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

export function periodOf(name: string, periodColumn = ''): string | null {
  for (const text of [periodColumn, name]) {
    const years = /\b(\d{4})\s*[-–/]\s*(\d{4})\b/.exec(text);
    if (years) return `${years[1]}-${years[2]}`;
  }
  const generation = /\binterreg\s+(iv|v|vi)\b/i.exec(name);
  return generation ? (GENERATIONS[generation[1]!.toLowerCase()] ?? null) : null;
}

export function matchProgramme(name: string, periodColumn = ''): ProgrammeMatch {
  const normalised = normaliseProgrammeName(name);
  const known = KNOWN.find((programme) => programme.test(normalised));
  const period = periodOf(name, periodColumn);
  if (known) {
    const name = (period && known.byPeriod?.[period]) || known.name;
    return { id: known.id, period, known: true, name, allPeriods: known.name };
  }
  const cleanName = name
    .replace(/\b\d{4}\s*[-–]\s*\d{4}\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    id: slugify(normalised || name),
    period,
    known: false,
    name: cleanName || name,
    allPeriods: cleanName || name,
  };
}

/** A distinct, stable colour for a programme the app does not know (from its id). */
export function generatedColour(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return hslToHex(hue, 0.55, 0.38);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] =
    hue < 60
      ? [chroma, x, 0]
      : hue < 120
        ? [x, chroma, 0]
        : hue < 180
          ? [0, chroma, x]
          : hue < 240
            ? [0, x, chroma]
            : hue < 300
              ? [x, 0, chroma]
              : [chroma, 0, x];
  return `#${[r, g, b]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
