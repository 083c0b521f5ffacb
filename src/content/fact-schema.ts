/** Schemas of the project's registry of policy facts (`content/facts/`). */
import { z } from 'astro/zod';

/** Where a fact comes from: the course brief, the marketplace's help pages, or the SP-API report schema. */
const factSourceSchema = z.enum(['course', 'help', 'report']);

/** One section of the registry (`content/facts/sections.yaml`). */
export const factSectionSchema = z.object({
  number: z.number().int().positive().describe('Order of the section on the facts page'),
  title: z.string().min(1).describe('Section heading'),
});

/** A regular expression that must compile, written as a string in YAML. */
const pattern = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { error: (issue) => `not a valid regular expression: ${String(issue.input)}` },
  );

/**
 * One clause of a fact marked `~` upstream: plausible but unconfirmed. It may be taught with its
 * caveat (a lesson lists it in `caveats`), but no quiz question or rubric item may rest on it:
 * citing it there fails the build, and `tests/content/unconfirmed.test.ts` looks for it in what
 * is graded (see README, "Writing content").
 */
const unconfirmedClauseSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Kebab-case id, unique in the fact; cited as FACT-ID~id, e.g. CB-WHO~odr-scope'),
  text: z.string().min(1).describe('The unconfirmed clause in one short sentence'),
  field: z
    .enum(['text', 'help'])
    .describe("Which reading of the fact holds the clause: `text` (the course's) or `help`"),
  metric: z
    .enum(['odr', 'idr', 'lateResponse'])
    .optional()
    .describe(
      "The engine metric whose target is this figure: no rubric may check that metric's status",
    ),
  signals: z
    .array(z.array(pattern).min(1))
    .min(1)
    .describe(
      'Word sets (regular expressions, case-insensitive): a graded text that matches every pattern of one set rests on the clause',
    ),
});

/** One policy fact (`content/facts/facts.yaml`); its `id` is the fact ID everything cites. */
export const factSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(60)
    .describe(
      'A short plain label ("Reply within 24 hours"), shown before the ID wherever a fact is cited',
    ),
  section: z.string().describe('Id of the section in content/facts/sections.yaml'),
  text: z.string().min(1).describe("The fact as the course teaches it (profile 'course')"),
  help: z
    .string()
    .min(1)
    .optional()
    .describe(
      "What the marketplace's help pages said when checked in 2026-11, where it differs (profile 'amazon-2026')",
    ),
  sources: z.array(factSourceSchema).min(1).describe('Where the fact comes from'),
  unconfirmed: z
    .array(unconfirmedClauseSchema)
    .default([])
    .describe('The clauses marked ~ upstream, one entry per ~: taught with a caveat, never graded'),
});

/** A fact as validated. */
export type Fact = z.infer<typeof factSchema>;
/** An unconfirmed clause as validated. */
export type UnconfirmedClause = z.infer<typeof unconfirmedClauseSchema>;
/** A registry section as validated (@public: the inferred type beside its schema). */
export type FactSection = z.infer<typeof factSectionSchema>;
