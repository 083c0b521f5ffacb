/** Schemas of the course: modules, lessons and the glossary. */
import { z } from 'astro/zod';
import type { ContentIndex } from './registry.ts';
import { clauseId, factId, glossaryId, moduleId } from './links.ts';

/** A module of the course (`content/modules.yaml`). */
export const moduleSchema = z.object({
  number: z.number().int().positive().describe('Position of the module in the course'),
  title: z.string().min(1).describe('Module title'),
  summary: z.string().min(1).describe('One sentence on what the module covers'),
});

/** A lesson's frontmatter (`content/lessons/NN-module/NN-lesson.mdx`). */
export function lessonSchema(index: ContentIndex) {
  return z.object({
    title: z.string().min(1).describe('Lesson title'),
    module: moduleId(index).describe('The module the lesson belongs to'),
    summary: z.string().min(1).describe('One sentence shown on the course map'),
    minutes: z.number().int().positive().max(60).describe('Honest reading time in minutes'),
    objectives: z
      .array(
        z.object({
          id: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .describe('Stable kebab-case id; quiz questions cite it as lesson-id#objective-id'),
          text: z.string().min(1).describe('What the trainee can do afterwards, as shown'),
        }),
      )
      .min(1)
      .superRefine((objectives, ctx) => {
        const seen = new Set<string>();
        objectives.forEach((objective, position) => {
          if (seen.has(objective.id))
            ctx.addIssue({
              code: 'custom',
              path: [position, 'id'],
              message: `duplicate objective id "${objective.id}"`,
            });
          seen.add(objective.id);
        });
      })
      .describe('What the trainee can do afterwards; every objective is assessed by a question'),
    facts: z.array(factId(index)).min(1).describe('Every fact ID the lesson teaches'),
    caveats: z
      .array(clauseId(index))
      .default([])
      .describe(
        'Unconfirmed clauses (FACT-ID~clause-id) the lesson teaches, each with its caveat in a Policy check',
      ),
    terms: z.array(glossaryId(index)).default([]).describe('Glossary terms the lesson uses'),
  });
}

/** A glossary entry (`content/glossary.yaml`). */
export function glossaryEntrySchema(index: ContentIndex) {
  return z.object({
    term: z.string().min(1).describe('The term in full'),
    abbr: z.string().min(1).optional().describe('Its abbreviation, if any'),
    definition: z.string().min(1).describe('A plain-English definition'),
    names: z
      .object({
        de: z.string().min(1).describe('The German name, as German buyers and amazon.de say it'),
        fr: z.string().min(1).describe('The French name, as French buyers and amazon.fr say it'),
      })
      .describe(
        "Translation aids for buyers' messages and the marketplaces' own pages; not official wording",
      ),
    facts: z.array(factId(index)).default([]).describe('Fact IDs behind the term'),
    seeAlso: z.array(glossaryId(index)).default([]).describe('Related glossary ids'),
  });
}

/** A module as validated (@public: the inferred type beside its schema). */
export type Module = z.infer<typeof moduleSchema>;
/** A lesson's frontmatter as validated (@public). */
export type Lesson = z.infer<ReturnType<typeof lessonSchema>>;
/** A glossary entry as validated (@public). */
export type GlossaryEntry = z.infer<ReturnType<typeof glossaryEntrySchema>>;
