/**
 * Content collections: everything trainers write lives in `content/` and is validated here.
 * Links between files (fact IDs, glossary terms, modules, lesson sections) are checked against
 * the files on disk, so a broken link fails the build naming the file, the field and the target.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { factSchema, factSectionSchema } from './content/fact-schema.ts';
import { glossaryEntrySchema, lessonSchema, moduleSchema } from './content/course-schema.ts';
import { quizSchema } from './content/quiz-schema.ts';
import { scenarioSchema } from './content/scenario-schema.ts';
import { escalationContactSchema, escalationRuleSchema } from './content/escalation-schema.ts';
import { writingSituationSchema } from './content/writing-schema.ts';
import { lessonIdFromPath, readContentIndex } from './content/registry.ts';

const index = readContentIndex();

/** Strips the numeric ordering prefixes from an entry's path to make its id. */
const idFromPath = ({ entry }: { entry: string }) =>
  lessonIdFromPath(entry.replace(/\.(ya?ml|json)$/, ''));

export const collections = {
  factSections: defineCollection({
    loader: file('content/facts/sections.yaml'),
    schema: factSectionSchema,
  }),
  facts: defineCollection({ loader: file('content/facts/facts.yaml'), schema: factSchema }),
  modules: defineCollection({ loader: file('content/modules.yaml'), schema: moduleSchema }),
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: glossaryEntrySchema(index),
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/lessons', generateId: idFromPath }),
    schema: lessonSchema(index),
  }),
  quizzes: defineCollection({
    loader: glob({
      pattern: '**/*.{yaml,yml,json}',
      base: './content/quizzes',
      generateId: idFromPath,
    }),
    schema: quizSchema(index),
  }),
  escalationContacts: defineCollection({
    loader: file('content/escalation-contacts.yaml'),
    schema: escalationContactSchema,
  }),
  escalation: defineCollection({
    loader: file('content/escalation.yaml'),
    schema: escalationRuleSchema(index),
  }),
  scenarios: defineCollection({
    loader: glob({
      pattern: '**/*.{yaml,yml,json}',
      base: './content/scenarios',
      generateId: idFromPath,
    }),
    schema: scenarioSchema(index),
  }),
  writing: defineCollection({
    loader: glob({
      pattern: '**/*.{yaml,yml,json}',
      base: './content/writing',
      generateId: idFromPath,
    }),
    schema: writingSituationSchema(index),
  }),
};
