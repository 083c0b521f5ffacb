/**
 * The question bank as a static file (`/practise/question-bank.json`, built with the site), for
 * the pages that draw from all of it (the final, the review): they fetch it instead of carrying
 * every question in their HTML.
 */
import type { QuestionSet } from './playable-question.ts';

/** Where the built bank is served. */
export const QUESTION_BANK_URL = '/practise/question-bank.json';

/** Fetches the bank; rejects with a message a trainee can act on. */
export async function loadQuestionBank(url = QUESTION_BANK_URL): Promise<QuestionSet> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('The questions could not be loaded: check your connection, then reload.');
  }
  if (!response.ok)
    throw new Error(
      `The questions could not be loaded (error ${response.status}). Reload to try again.`,
    );
  // The file is this site's own build output, written from validated content.
  return (await response.json()) as QuestionSet;
}
