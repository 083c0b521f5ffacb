/**
 * The certificate's verification code: a short digest of what the certificate states (the name,
 * the date the final was passed, every module's best quiz score and the final's), so `/verify/`
 * can recompute it from the trainee's progress file and tell whether the two match.
 *
 * There is no server and no secret: the code shows that a printed certificate and a progress
 * file say the same thing, so an edit to either after printing is caught. Anyone can compute a
 * code for a file they made up, so it proves nothing about who did the work.
 */
import { parseInstant } from '../engine/index.ts';

/** What a certificate states, as the code covers it. */
export interface CertificateFacts {
  /** The name as typed, trimmed. */
  name: string;
  /** The day the best final was passed, `YYYY-MM-DD` (UTC, as the certificate prints it). */
  passedOn: string;
  /** Best whole-attempt score per module with a quiz, as whole percents, in course order. */
  modules: { id: string; title: string; percent: number }[];
  /** The final's best score as a whole percent. */
  finalPercent: number;
}

/** What the certificate and progress pages know of a completed course (from `progressView`). */
export interface CompletedCourse {
  modules: { id: string; title: string; bestQuiz: { score: number } | null }[];
  bestFinal: { score: number; at: string } | null;
  certified: boolean;
}

/** The facts a certificate states for a completed course, or null when the course is not complete. */
export function certificateFacts(view: CompletedCourse, name: string): CertificateFacts | null {
  if (!view.certified || !view.bestFinal) return null;
  return {
    name: name.trim().normalize('NFC'),
    passedOn: new Date(parseInstant(view.bestFinal.at)).toISOString().slice(0, 10),
    modules: view.modules.flatMap((module) =>
      module.bestQuiz
        ? [{ id: module.id, title: module.title, percent: Math.round(module.bestQuiz.score * 100) }]
        : [],
    ),
    finalPercent: Math.round(view.bestFinal.score * 100),
  };
}

/** The text the code digests: one fact per line, a version first so the scheme can change. */
export function canonicalText(facts: CertificateFacts): string {
  return [
    'sda-certificate-1',
    `name=${facts.name}`,
    `passed=${facts.passedOn}`,
    ...facts.modules.map((module) => `module:${module.id}=${module.percent}`),
    `final=${facts.finalPercent}`,
  ].join('\n');
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 10-character code (`XXXXX-XXXXX`): the first 50 bits of the SHA-256 of the canonical text. */
export async function certificateCode(facts: CertificateFacts): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalText(facts))),
  );
  let bits = '';
  for (const byte of digest.slice(0, 7)) bits += byte.toString(2).padStart(8, '0');
  let code = '';
  for (let at = 0; at < 50; at += 5) code += ALPHABET[Number.parseInt(bits.slice(at, at + 5), 2)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A code as typed (any case, spaces or dashes, O for 0, I or L for 1) in its printed form, or null. */
export function normaliseCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(plain)) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}
