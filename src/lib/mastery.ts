/** Mastery of each fact, from the trainee's answers to the questions that test it. */
import { compareText } from '../engine/index.ts';

/** Right and wrong answers to questions on one fact. */
export interface FactMastery {
  fact: string;
  right: number;
  wrong: number;
  /** right ÷ (right + wrong); null before any answer. */
  share: number | null;
}

/** Mastery per fact: every answer to a question counts for each fact the question tests. */
export function masteryByFact(
  answers: Readonly<Record<string, { right: number; wrong: number }>>,
  factsOfQuestion: Readonly<Record<string, readonly string[]>>,
): Map<string, FactMastery> {
  const mastery = new Map<string, FactMastery>();
  for (const [key, tally] of Object.entries(answers)) {
    for (const fact of factsOfQuestion[key] ?? []) {
      const entry = mastery.get(fact) ?? { fact, right: 0, wrong: 0, share: null };
      entry.right += tally.right;
      entry.wrong += tally.wrong;
      entry.share = entry.right / (entry.right + entry.wrong);
      mastery.set(fact, entry);
    }
  }
  return mastery;
}

/** The facts answered worst, weakest first (only facts with at least one wrong answer). */
export function weakestFacts(
  mastery: ReadonlyMap<string, FactMastery>,
  limit: number,
): FactMastery[] {
  return [...mastery.values()]
    .filter((entry) => entry.wrong > 0)
    .sort(
      (a, b) => (a.share ?? 0) - (b.share ?? 0) || b.wrong - a.wrong || compareText(a.fact, b.fact),
    )
    .slice(0, limit);
}
