// The app's data model. Every fact carries the ids of the sources it comes from; a fact the
// sources don't give is `null` (unknown), never a made-up default.
import { z } from '../zod';

/**
 * The forms our text values must have. A reader is told `dataError.rule.<name>` in their own
 * language (problems.ts finds the rule by its pattern); the English message is for the tools
 * (the import report).
 */
export const TEXT_RULES = {
  slug: { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'must be a lower-case slug' },
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a partial date stays partial. */
  partialDate: {
    pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    message: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  },
  currency: { pattern: /^[A-Z]{3}$/, message: 'must be an ISO 4217 code' },
  country: { pattern: /^[A-Z]{2}$/, message: 'must be an ISO 3166-1 alpha-2 code' },
  nuts2: { pattern: /^[A-Z]{2}[0-9A-Z]{2}$/, message: 'must be a NUTS 2 code' },
  nuts3: { pattern: /^[A-Z]{2}[0-9A-Z]{3}$/, message: 'must be a NUTS 3 code' },
  nuts: { pattern: /^[A-Z]{2}[0-9A-Z]{2,3}$/, message: 'must be a NUTS 2 or NUTS 3 code' },
  period: { pattern: /^(\d{4}-\d{4}|unknown)$/, message: 'must be YYYY-YYYY or unknown' },
  colour: { pattern: /^#[0-9a-fA-F]{6}$/, message: 'must be a colour written #rrggbb' },
  /** A file beside the app's own (`sources/<file>`): a plain name, so it cannot climb out of that
   * folder or carry a query into the app. */
  fileName: {
    pattern: /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
    message: 'must be a file name: letters, digits, ".", "-" and "_"',
  },
} as const satisfies Record<string, { pattern: RegExp; message: string }>;

export type TextRule = keyof typeof TEXT_RULES;

const stringMatching = (rule: TextRule) =>
  z.string().check(z.regex(TEXT_RULES[rule].pattern, TEXT_RULES[rule].message));

const slug = stringMatching('slug');
const sourceIds = z.array(slug).check(z.minLength(1, 'a fact needs at least one source'));
/** Whether a date of the right form exists: 2019-02-29 and 2020-04-31 do not. */
function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const partialDate = stringMatching('partialDate').check(
  z.refine(isRealDate, { message: 'is a day that does not exist', params: { problem: 'noSuchDay' } }),
);
const currency = stringMatching('currency');
export const httpUrl = z.url({ protocol: /^https?$/ });

const sourceKinds = ['seed', 'web', 'reference', 'dataset', 'import'] as const;
/** Sources whose `file` is a copy the app serves and links to (`sources/<file>`); the other kinds
 * only name the file they were read from (`export.xlsx#projects`). */
export const SERVED_SOURCE_KINDS: readonly (typeof sourceKinds)[number][] = ['seed', 'reference'];

const nonEmpty = () => z.string().check(z.minLength(1));
const language = () => z.string().check(z.minLength(2));
const nonNegative = () => z.number().check(z.nonnegative());
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

export const sourceSchema = z
  .object({
    id: slug,
    kind: z.enum(sourceKinds),
    title: nonEmpty(),
    lang: language(),
    /** The web page, or for a served document the address it was copied from. */
    url: z.optional(httpUrl),
    file: z.optional(z.string()),
    /** Who published it, when and when it was last changed: each only where the document says. */
    publisher: z.optional(nonEmpty()),
    published: z.optional(partialDate),
    updated: z.optional(partialDate),
  })
  .check(
    z.superRefine((source, context) => {
      const { pattern, message } = TEXT_RULES.fileName;
      if (source.file === undefined || !SERVED_SOURCE_KINDS.includes(source.kind) || pattern.test(source.file)) return;
      context.addIssue({
        code: 'invalid_format',
        format: 'regex',
        pattern: String(pattern),
        message,
        input: source.file,
        path: ['file'],
      });
    }),
  );

const conflictSchema = z.object({
  value: z.string(),
  sources: sourceIds,
  note: z.optional(z.string()),
});

/** A sourced value; `conflicts` keeps what other sources say when they disagree. */
const fact = <T extends z.ZodMiniType>(value: T) =>
  z.object({
    value,
    sources: sourceIds,
    approximate: z.optional(z.boolean()),
    note: z.optional(z.string()),
    conflicts: z.optional(z.array(conflictSchema)),
  });

export const dateFactSchema = fact(partialDate);

export const moneySchema = z.object({
  amount: nonNegative(),
  currency,
  sources: sourceIds,
  /** The figure as the source wrote it, where its notation is unusual. */
  stated: z.optional(z.string()),
  /** Set when the figure is computed from other facts: says how. */
  derived: z.optional(z.string()),
  approximate: z.optional(z.boolean()),
  fund: z.optional(z.string()),
  alsoStated: z.optional(z.array(z.object({ amount: nonNegative(), currency }))),
  note: z.optional(z.string()),
});

const localizedText = z.object({
  original: nonEmpty(),
  /** Absent when the source does not say which language the text is in. */
  lang: z.optional(language()),
  en: z.optional(z.string()),
  /** Where the English version comes from: a source id, or `translation` (ours). */
  enSource: z.optional(z.string()),
  /** The original is quoted word for word but not in full: paragraphs chosen from the source. */
  excerpt: z.optional(z.boolean()),
  sources: sourceIds,
});

const locationFields = {
  lon: between(-180, 180),
  lat: between(-90, 90),
  geonamesId: z.nullable(z.number().check(z.int())),
  sources: sourceIds,
  note: z.optional(z.string()),
};

export const partnerSchema = z.object({
  id: slug,
  name: nonEmpty(),
  nameEn: z.optional(z.string()),
  /** Null when the sources give no country. */
  country: z.nullable(stringMatching('country')),
  sources: sourceIds,
  seat: z.object({
    /** Null when the sources name no town. */
    town: z.nullable(nonEmpty()),
    /** How sure the seat is; `unchecked` for seats taken as given by an imported dataset. */
    confidence: z.enum(['high', 'medium-high', 'medium', 'low', 'unchecked']),
    sources: sourceIds,
    note: z.optional(z.string()),
  }),
  nuts: z.nullable(
    z.object({
      nuts2: stringMatching('nuts2'),
      nuts3: stringMatching('nuts3'),
      version: z.string(),
      sources: sourceIds,
      /** Set when no source gives the codes: they are the regions the position lies in. The
       * boundaries are 1:20 million, so near one (`nearBoundary`) the region may be the neighbour. */
      derived: z.optional(z.object({ from: z.literal('location'), nearBoundary: z.boolean() })),
    }),
  ),
  /** Filled by `npm run data:partners` or the import; null when the seat could not be placed. */
  location: z.nullable(
    z.discriminatedUnion('method', [
      z.object({ ...locationFields, method: z.enum(['gazetteer', 'override']) }),
      /** No placeable town: the representative point of the partner's NUTS region. */
      z.object({
        ...locationFields,
        method: z.literal('region-centre'),
        region: stringMatching('nuts'),
        approximate: z.literal(true),
      }),
    ]),
  ),
});

export const participationSchema = z.object({
  partner: slug,
  role: z.enum(['lead', 'partner']),
  sources: sourceIds,
  note: z.optional(z.string()),
  /** The partner's own budget in this project (its share, not the project's); absent when the
   * sources give neither figure. */
  budget: z.optional(z.object({ total: z.nullable(moneySchema), eu: z.nullable(moneySchema) })),
});

export const projectSchema = z.object({
  id: slug,
  acronym: nonEmpty(),
  title: localizedText,
  programme: slug,
  period: stringMatching('period'),
  area: z.optional(slug),
  subArea: z.optional(slug),
  programmeSources: sourceIds,
  start: z.nullable(dateFactSchema),
  end: z.nullable(dateFactSchema),
  budget: z.object({
    total: z.nullable(moneySchema),
    eu: z.nullable(moneySchema),
    euRate: z.nullable(fact(between(0, 1))),
  }),
  description: z.nullable(localizedText),
  website: z.nullable(fact(httpUrl)),
  partners: z.array(participationSchema).check(z.minLength(1)),
  notes: z._default(z.array(z.object({ en: nonEmpty(), sources: sourceIds })), []),
});

export const programmeSchema = z.object({
  id: slug,
  /** The name the programme gives itself in English (most write only that). */
  name: nonEmpty(),
  /** The programme's own names in other languages, where it writes one ("Interreg Sverige–Norge"). */
  ownNames: z.optional(z.array(z.object({ lang: language(), name: nonEmpty(), sources: sourceIds }))),
  colour: stringMatching('colour'),
  sources: sourceIds,
});

export const datasetSchema = z.object({
  format: z.literal('interreg-map-dataset'),
  version: z.literal(1),
  /** What the data is, in a few words, for the reader ("keep.eu export of …"). */
  name: z.optional(nonEmpty()),
  /** The day the data describes: when it was compiled or exported. */
  asOf: z.optional(partialDate),
  sources: z.array(sourceSchema),
  programmes: z.array(programmeSchema),
  partners: z.array(partnerSchema),
  projects: z.array(projectSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type DateFact = z.infer<typeof dateFactSchema>;
export type Money = z.infer<typeof moneySchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Participation = z.infer<typeof participationSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type LocalizedText = Project['title'];
