/** Answers quiz questions through the page, rightly or wrongly, using the quiz files as the key. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Question } from '../../src/content/quiz-schema.ts';

/** The questions of a quiz file, by question id (raw YAML: fields left to their defaults are absent). */
export function quizQuestions(quizId: string): Map<string, Question> {
  const file = resolve(import.meta.dirname, `../../content/quizzes/${quizId}.yaml`);
  const quiz = parse(readFileSync(file, 'utf8')) as { questions: Question[] };
  return new Map(quiz.questions.map((question) => [question.id, question]));
}

/** A local date-time (`YYYY-MM-DDTHH:mm`) of an instant in a time zone. */
function localDateTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/** Finds the question on screen by its prompt. */
export function questionOnScreen(page: Page, questions: Map<string, Question>): Promise<Question> {
  return (async () => {
    const main = page.getByRole('main');
    for (const question of questions.values()) {
      if ((await main.getByText(question.prompt, { exact: false }).count()) > 0) return question;
    }
    throw new Error('The question on screen is not in the quiz file');
  })();
}

/** Gives a right or a wrong answer to the question on screen. */
export async function answer(page: Page, question: Question, right: boolean): Promise<void> {
  const main = page.getByRole('main');
  switch (question.type) {
    case 'single': {
      const option = question.options.find((candidate) => Boolean(candidate.correct) === right);
      await main.getByRole('radio', { name: option?.text ?? '', exact: true }).check();
      return;
    }
    case 'multiple': {
      const chosen = right
        ? question.options.filter((option) => option.correct)
        : [question.options.find((option) => !option.correct) ?? question.options[0]];
      for (const option of chosen)
        await main.getByRole('checkbox', { name: option?.text ?? '', exact: true }).check();
      return;
    }
    case 'true-false':
      await main
        .getByRole('radio', { name: right === question.answer ? 'True' : 'False', exact: true })
        .check();
      return;
    case 'numeric':
      await main
        .getByRole('textbox', { name: question.prompt })
        .fill(String(right ? question.answer : question.answer + 100));
      return;
    case 'datetime': {
      const instant = right
        ? question.answer
        : new Date(Date.parse(question.answer) + 86_400_000).toISOString();
      await main.getByLabel(question.prompt).fill(localDateTime(instant, question.timeZone));
      return;
    }
    case 'ordering': {
      if (!right) {
        // The steps start scrambled; move one step to record a (still wrong) response.
        const order = await main.getByRole('listitem').allTextContents();
        const movable = question.steps.findIndex((step) => !order[0]?.includes(step));
        await main.getByRole('button', { name: `Move up: ${question.steps[movable]}` }).click();
        if (
          (await main.getByRole('listitem').allTextContents()).every((text, index) =>
            text.includes(question.steps[index] ?? '\u0000'),
          )
        ) {
          await main.getByRole('button', { name: `Move down: ${question.steps[0]}` }).click();
        }
        return;
      }
      // Selection sort with the Move up buttons, as a keyboard user would.
      for (let target = 0; target < question.steps.length; target += 1) {
        const step = question.steps[target] ?? '';
        for (;;) {
          const order = await main.getByRole('listitem').allTextContents();
          const at = order.findIndex((text) => text.includes(step));
          if (at <= target) break;
          await main.getByRole('button', { name: `Move up: ${step}` }).click();
        }
      }
      return;
    }
    case 'spot-the-problem': {
      const breaking = question.sentences.filter((sentence) => (sentence.breaks ?? []).length > 0);
      const fine = question.sentences.filter((sentence) => (sentence.breaks ?? []).length === 0);
      const chosen = right ? breaking : fine.length > 0 ? [fine[0]] : breaking.slice(0, 1);
      if (!right && fine.length === 0 && breaking.length < 2)
        throw new Error(`cannot answer ${question.id} wrongly`);
      for (const sentence of chosen)
        await main.getByRole('checkbox', { name: sentence?.text ?? '', exact: true }).check();
      return;
    }
  }
}

/** Waits until every island on the page is interactive. */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
