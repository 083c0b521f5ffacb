/**
 * The language detector: tinyld's "light" build, chosen because it has no dependencies, is
 * reliable on short texts (chat-sized messages) and knows the marketplaces' languages; its data
 * weighs about 34 kB gzipped, so the browser loads this module lazily
 * (`loadLanguageDetector` in index.ts) while the command line imports it directly.
 * @see FBM-LOCAL
 */
import { detect } from 'tinyld/light';
import type { LanguageDetector } from './types.ts';

/** Detects the language among `candidates`; null when tinyld is unsure. */
export const detectLanguage: LanguageDetector = (text, candidates) => {
  const code = detect(text, { only: [...candidates] });
  return code === '' ? null : code;
};
