/**
 * Content collections: everything trainers write lives in `content/` and is validated here.
 * Links between files (fact IDs, glossary terms, modules, lesson sections) are checked against
 * the files on disk, so a broken link fails the build naming the file, the field and the target.
 * Each loader is wrapped by `checked` (src/content/checks/loader.ts): a problem stops the build
 * with the same lines as `npm run check-content`, which loads this file to find the collections.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { factSchema, factSectionSchema } from './content/fact-schema.ts';
import { glossaryEntrySchema, lessonSchema, moduleSchema } from './content/course-schema.ts';
import { quizSchema } from './content/quiz-schema.ts';
import { scenarioSchema } from './content/scenario-schema.ts';
import { escalationContactSchema, escalationRuleSchema } from './content/escalation-schema.ts';
import { writingSituationSchema } from './content/writing-schema.ts';
import { lessonIdFromPath, readContentIndex } from './content/registry.ts';
import { checkedLoader, type CheckedOptions } from './content/checks/loader.ts';

const index = readContentIndex();

/** A collection whose entries are checked as `npm run check-content` checks them. */
function checked<S extends z.ZodType>(loader: Loader, schema: S, options?: CheckedOptions) {
  return defineCollection({ loader: checkedLoader(loader, schema, options), schema });
}

/** Strips the numeric ordering prefixes from an entry's path to make its id. */
const idFromPath = ({ entry }: { entry: string }) =>
  lessonIdFromPath(entry.replace(/\.(ya?ml|json)$/, ''));

export const collections = {
  factSections: checked(file('content/facts/sections.yaml'), factSectionSchema),
  facts: checked(file('content/facts/facts.yaml'), factSchema),
  modules: checked(file('content/modules.yaml'), moduleSchema),
  glossary: checked(file('content/glossary.yaml'), glossaryEntrySchema(index)),
  lessons: checked(
    glob({ pattern: '**/*.mdx', base: './content/lessons', generateId: idFromPath }),
    lessonSchema(index),
    { lessonText: index },
  ),
  quizzes: checked(
    glob({ pattern: '**/*.{yaml,yml,json}', base: './content/quizzes', generateId: idFromPath }),
    quizSchema(index),
  ),
  escalationContacts: checked(file('content/escalation-contacts.yaml'), escalationContactSchema),
  escalation: checked(file('content/escalation.yaml'), escalationRuleSchema(index)),
  scenarios: checked(
    glob({ pattern: '**/*.{yaml,yml,json}', base: './content/scenarios', generateId: idFromPath }),
    scenarioSchema(index),
  ),
  writing: checked(
    glob({ pattern: '**/*.{yaml,yml,json}', base: './content/writing', generateId: idFromPath }),
    writingSituationSchema(index),
  ),
};
