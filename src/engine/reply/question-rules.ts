/**
 * Questions in a public reply: the buyer cannot answer one, so a question or an invitation to
 * write back starts a dialogue that cannot happen. In a message, questions are fine.
 * @see PR-RULES
 */
import { QUESTION_MESSAGE, QUESTION_SUGGESTION } from './messages.ts';
import { findingOver, isNegated, type Finding, type Reading } from './reading.ts';

/** Findings for questions and invitations to answer in a public reply. @see PR-RULES */
export function questionFindings(reading: Reading): Finding[] {
  if (reading.kind !== 'public-reply') return [];
  const { tags, draft } = reading;
  const findings: Finding[] = [];
  for (const sentence of draft.sentences) {
    const { first, end } = sentence;
    const marks = draft.tokens
      .slice(first, end)
      .some((token) => token.raw === '?' || token.raw === '¿');
    let opening = first;
    while (opening < end && tags.has(opening, 'request') && !tags.has(opening, 'askStart'))
      opening++;
    if (marks || tags.has(opening, 'askStart')) {
      findings.push(
        findingOver(
          reading,
          first,
          end - 1,
          'PR-RULES',
          'question',
          QUESTION_MESSAGE,
          QUESTION_SUGGESTION[reading.tongue],
        ),
      );
      continue;
    }
    const invite = tags
      .hitsIn('invite', first, end)
      .find((hit) => !isNegated(reading, hit.first, 4, 0, hit.first, hit.last));
    if (invite !== undefined) {
      findings.push(
        findingOver(
          reading,
          invite.first,
          invite.last,
          'PR-RULES',
          'question',
          QUESTION_MESSAGE,
          QUESTION_SUGGESTION[reading.tongue],
        ),
      );
    }
  }
  return findings;
}
