// What is wrong with a dataset, as messages the reader gets in their own language: one catalogue
// text per kind of problem, the place in the file kept as data.
import type { z } from 'zod';
import type { DataProblem } from '../messages';
import { TEXT_RULES, type TextRule } from './schema';

/** Enough to act on without a wall of text; the rest is counted. */
export const MAX_PROBLEMS = 20;

/** The types a value can be expected to have, as the catalogue names them. */
const EXPECTED = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;
type Expected = (typeof EXPECTED)[number];
const isExpected = (value: string): value is Expected => (EXPECTED as readonly string[]).includes(value);

const ruleByPattern = new Map<string, TextRule>(
  (Object.keys(TEXT_RULES) as TextRule[]).map((rule) => [String(TEXT_RULES[rule].pattern), rule]),
);

/** Where in the file: "projects.0.id"; empty for the file as a whole. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** A zod issue as a message. Needs the input (`reportInput`) to tell a missing value from a wrong one. */
export function issueProblem(issue: z.core.$ZodIssue): DataProblem {
  const path = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { key: 'dataError.missing', path };
      return isExpected(issue.expected)
        ? { key: `dataError.expected.${issue.expected}`, path }
        : { key: 'dataError.invalid', path };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'number')
        return { key: issue.inclusive ? 'dataError.atLeast' : 'dataError.moreThan', params: { minimum }, path };
      if (minimum === 1) return { key: 'dataError.empty', path };
      if (issue.origin === 'string') return { key: 'dataError.tooShort', params: { count: minimum }, path };
      if (issue.origin === 'array') return { key: 'dataError.tooFew', params: { count: minimum }, path };
      return { key: 'dataError.invalid', path };
    }
    case 'too_big':
      if (issue.origin !== 'number') return { key: 'dataError.invalid', path };
      return {
        key: issue.inclusive ? 'dataError.atMost' : 'dataError.lessThan',
        params: { maximum: Number(issue.maximum) },
        path,
      };
    case 'invalid_format': {
      const rule = issue.pattern === undefined ? undefined : ruleByPattern.get(issue.pattern);
      if (rule) return { key: `dataError.rule.${rule}`, path };
      return { key: issue.format === 'url' ? 'dataError.url' : 'dataError.invalidFormat', path };
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return { key: issue.values.length === 1 ? 'dataError.mustBe' : 'dataError.oneOf', params: { values }, path };
    }
    case 'custom':
      // The schema's own checks beyond a pattern (a date that does not exist) name their message.
      return issue.params?.['problem'] === 'noSuchDay'
        ? { key: 'dataError.noSuchDay', path }
        : { key: 'dataError.invalid', path };
    default:
      return { key: 'dataError.invalid', path };
  }
}

/** The first problems, and how many more there are. */
export function capped(problems: readonly DataProblem[]): DataProblem[] {
  const more = problems.length - MAX_PROBLEMS;
  return more > 0
    ? [...problems.slice(0, MAX_PROBLEMS), { key: 'dataError.more', params: { count: more }, path: '' }]
    : [...problems];
}
