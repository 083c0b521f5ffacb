/** Schemas of the project's registry of policy facts (`content/facts/`). */
import { z } from 'astro/zod';

/** Where a fact comes from: the course brief, the marketplace's help pages, or the SP-API report schema. */
export const factSourceSchema = z.enum(['course', 'help', 'report']);

/** One section of the registry (`content/facts/sections.yaml`). */
export const factSectionSchema = z.object({
  number: z.number().int().positive().describe('Order of the section on the facts page'),
  title: z.string().min(1).describe('Section heading'),
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
    .boolean()
    .default(false)
    .describe('A figure marked ~ upstream: plausible but unconfirmed, kept as a parameter'),
});

/** A fact as validated. */
export type Fact = z.infer<typeof factSchema>;
/** A registry section as validated. */
export type FactSection = z.infer<typeof factSectionSchema>;
