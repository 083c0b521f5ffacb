/**
 * The checker's data and data-heavy helpers: language detection, phone numbering plans and IBAN
 * checks. Together they are two thirds of the checker's weight, so the browser loads this module
 * lazily (`loadReplyCheckerData` in index.ts); the command line and the tests import it directly.
 *
 * Library choices:
 * - tinyld ("light" build) detects languages: no dependencies, reliable on short, chat-sized
 *   texts, knows the marketplaces' languages. @see FBM-LOCAL
 * - libphonenumber-js (core, with the metadata subset in phone-metadata.ts): Google's numbering
 *   plans, so `030 1234567` is a Berlin number and `+33 6 12 34 56 78` a French mobile. Almost
 *   every digit run is a possible German number, so `contacts.ts` only asks about runs that look
 *   like phones in context. @see MSG-CONTACT
 * - ibantools: the IBAN checksum and per-country lengths; `DE89 3704 …` is an account only if
 *   they hold. @see TIP-8 @see PR-RULES
 */
import { isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { detect } from 'tinyld/light';
import { phoneMetadata } from './phone-metadata.ts';
import type { LanguageDetector, PhoneReading, ReplyCheckerData } from './types.ts';

/** Detects the language among `candidates`; null when tinyld is unsure. */
const detectLanguage: LanguageDetector = (text, candidates) => {
  const code = detect(text, { only: [...candidates] });
  return code === '' ? null : code;
};

/** Reads a phone number, international (`+…`) or national in `region`; null if it is none. */
function readPhone(text: string, region?: string): PhoneReading | null {
  const number =
    region === undefined
      ? parsePhoneNumberFromString(text, phoneMetadata)
      : parsePhoneNumberFromString(text, region as CountryCode, phoneMetadata);
  return number === undefined ? null : { possible: number.isPossible(), valid: number.isValid() };
}

/** Everything checkReply needs besides the draft. */
export const replyCheckerData: ReplyCheckerData = {
  detectLanguage,
  readPhone,
  isValidIban: (compact) => isValidIBAN(compact),
};
