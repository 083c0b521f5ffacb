/**
 * Finds contact and payment details in a draft: e-mail addresses and links, phone numbers, IBANs,
 * card numbers and postal addresses. Whether each one breaks a rule is decided in
 * `contact-rules.ts`; this module only says what is there.
 *
 * linkify-it finds links and e-mail addresses: the link finder of markdown-it, it knows the TLD
 * list and the edge cases of schemeless links (`shop.de/help`), which hand-written patterns miss.
 * Phone numbers and IBANs are confirmed by the readers in `checker-data.ts` (libphonenumber-js,
 * ibantools).
 */
import { LinkifyIt } from 'linkify-it';
import type { ReplyCheckerData } from './types.ts';

/** What a detail is. */
export type ContactType = 'email' | 'link' | 'phone' | 'iban' | 'card' | 'address';

/** One contact or payment detail in the draft. */
export interface ContactDetail {
  type: ContactType;
  start: number;
  end: number;
  /** For links: the host (`gadgetshop.de`). */
  host?: string;
}

/** Extra top-level domains worth finding in schemeless links (the defaults are 2-letter ccTLDs and com/net/org…). */
const EXTRA_TLDS = [
  'store',
  'online',
  'site',
  'app',
  'shop',
  'blog',
  'email',
  'xyz',
  'club',
  'page',
  'link',
  'live',
  'eu',
  'io',
  'co',
];

let linkFinder: LinkifyIt | null = null;
function links(): LinkifyIt {
  linkFinder ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false }).tlds(
    EXTRA_TLDS,
    true,
  );
  return linkFinder;
}

/** Amazon's own hosts and short links: allowed in buyer messages. @see MSG-CONTACT */
const AMAZON_HOST =
  /(?:^|\.)(?:amazon\.(?:com|de|fr|it|es|nl|pl|se|ie|ca|in|sg|sa|ae|eg|cn|co\.uk|co\.jp|com\.be|com\.tr|com\.mx|com\.au|com\.br)|amzn\.(?:to|eu|com|de)|a\.co)$/i;

/** True if a link's host is Amazon's. */
export function isAmazonHost(host: string): boolean {
  return AMAZON_HOST.test(host);
}

/** The host of a URL found by linkify-it. */
function hostOf(url: string): string {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^mailto:/i, '');
  return (withoutScheme.split(/[/?#:]/)[0] ?? '').replace(/^www\./i, '').toLowerCase();
}

/** E-mail addresses written to dodge filters: `anna.smith(at)gmail.com`, `info [at] shop [dot] de`. */
const DISGUISED_EMAIL =
  /[\p{L}\d._%+-]+\s?(?:\(at\)|\[at\]|\{at\}|\(@\)|\[@\])\s?[\p{L}\d-]+(?:\s?(?:\.|\(dot\)|\[dot\]|\(punkt\)|\[punkt\]|\(point\))\s?[\p{L}\d-]+)+/giu;

/** E-mail addresses and links, in text order. */
export function findLinks(text: string): ContactDetail[] {
  // Disguised addresses first: linkify-it would see only the "shop.de" of "info(at)shop.de".
  const found: ContactDetail[] = [...text.matchAll(DISGUISED_EMAIL)].map((match) => ({
    type: 'email',
    start: match.index,
    end: match.index + match[0].length,
  }));
  for (const match of links().match(text) ?? []) {
    const start = match.index;
    const end = match.lastIndex;
    if (found.some((item) => item.start < end && start < item.end)) continue;
    const isEmail = match.schema === 'mailto:' || (match.schema === '' && match.raw.includes('@'));
    if (isEmail) {
      found.push({ type: 'email', start, end });
      continue;
    }
    if (match.schema === '' && !/^www\./i.test(match.raw)) {
      // "today.It was…": a missing space after a full stop is not a link.
      const tld =
        match.raw
          .split(/[/?#:]/)[0]!
          .split('.')
          .pop() ?? '';
      if (/\p{Lu}/u.test(tld)) continue;
    }
    found.push({ type: 'link', start, end, host: hostOf(match.url) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The home region of phone numbers per marketplace (national numbers are read in it first). */
const MARKETPLACE_REGION: Readonly<Record<string, string>> = {
  'amazon.de': 'DE',
  'amazon.fr': 'FR',
  'amazon.it': 'IT',
  'amazon.es': 'ES',
  'amazon.co.uk': 'GB',
  'amazon.com': 'US',
  'amazon.ca': 'CA',
  'amazon.nl': 'NL',
  'amazon.pl': 'PL',
  'amazon.se': 'SE',
  'amazon.com.be': 'BE',
  'amazon.com.tr': 'TR',
  'amazon.ie': 'IE',
};
/** Regions tried after the marketplace's, for a national number (buyers and sellers cross borders). */
const FALLBACK_REGIONS: readonly string[] = ['DE', 'FR', 'GB', 'IT', 'ES', 'AT', 'CH', 'NL', 'BE'];

/** A run of digits with the separators people put in phone numbers. */
const DIGIT_RUN = /(?<![\p{L}\d+])(?:\+\s?)?\(?\d[\d \u00a0()./-]{4,26}\d(?![\p{L}\d])/gu;
/** Shapes that are never phone numbers. */
const NOT_A_PHONE = [
  /^\d{3}-\d{7}-\d{7}$/, // Amazon order number
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/, // a date
  /^\d{1,2}[.:]\d{2}(?:\s?-\s?\d{1,2}[.:]\d{2})?$/, // a time or time range
  /^\d{1,3}(?:[. \u00a0]\d{3})+(?:,\d{2})?$/, // a price or count with thousands separators
];
/** National numbers as people format them, with a separator after the area code. */
const NATIONAL_SHAPES = [
  /^0[1-9](?:[ .\u00a0-]\d{2}){4}$/, // French: 01 23 45 67 89
  /^0\d{2,5}(?:\s?[/-]\s?|[ \u00a0])\d{3,9}$/, // German, Austrian, Swiss: 030 1234567, 089/123456
  /^0\d{2,5}[ \u00a0]\d{2,4}[ \u00a0]\d{2,5}$/, // 040 123 4567, 0161 496 0123
  /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/, // North American: (555) 123-4567
  /^0\d{1,4}\s?\(\d+\)\s?\d{3,}$/,
];

/** What the words before a digit run say about it. */
export type PhoneContext = 'cue' | 'identifier' | 'none';

/**
 * Phone numbers in the draft. A digit run counts when it starts with `+` or `00` and is a
 * possible number, or when the text around it names a phone (`contextOf`) and it is possible,
 * or when it has a national phone shape and is valid in the marketplace's or a neighbour's plan.
 * Order and tracking numbers, dates, times and prices are not phones; nor is a run glued to a
 * code (`AA1 01 2345 6784` is the tail of a UPS tracking number).
 */
export function findPhones(
  text: string,
  marketplace: string,
  contextOf: (start: number, end: number) => PhoneContext,
  taken: readonly ContactDetail[],
  readPhone: ReplyCheckerData['readPhone'],
): ContactDetail[] {
  const home = MARKETPLACE_REGION[marketplace] ?? 'DE';
  const regions = [home, ...FALLBACK_REGIONS.filter((region) => region !== home)];
  const found: ContactDetail[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    let candidate = match[0].replace(/[\s()./-]+$/, '');
    let start = match.index;
    if (candidate.startsWith('(') && !candidate.includes(')')) {
      candidate = candidate.slice(1);
      start++;
    }
    const end = start + candidate.length;
    if (taken.some((item) => item.start < end && start < item.end)) continue;
    if (NOT_A_PHONE.some((shape) => shape.test(candidate))) continue;
    const digits = candidate.replace(/\D/g, '');
    // "AA1 01 2345 6784", "6A 123 456": the run continues a code that holds digits.
    const before = text.slice(Math.max(0, start - 12), start);
    if (
      /[\p{L}\d]*\d[\p{L}\d]*[ \u00a0]$/u.test(before) &&
      /\p{L}/u.test(before.trim().split(/\s/).pop() ?? '')
    )
      continue;
    const context = contextOf(start, end);
    if (context === 'identifier') continue;
    const international =
      candidate.startsWith('+') || (/^00[1-9]/.test(candidate) && /[\s./-]/.test(candidate));
    let isPhone = false;
    if (international) {
      const normalised = candidate.startsWith('+') ? candidate : `+${candidate.slice(2)}`;
      const number = readPhone(normalised);
      const significant = digits.length - (candidate.startsWith('+') ? 0 : 2);
      // A country code the metadata does not know: a "+" and 8 to 15 digits is a phone anyway.
      isPhone = number !== null ? number.possible : significant >= 8 && significant <= 15;
    } else if (digits.length >= 6 && digits.length <= 13) {
      if (context === 'cue') {
        isPhone = regions.some((region) => readPhone(candidate, region)?.possible === true);
      } else if (NATIONAL_SHAPES.some((shape) => shape.test(candidate))) {
        isPhone = regions.some((region) => readPhone(candidate, region)?.valid === true);
      }
    }
    if (isPhone) found.push({ type: 'phone', start, end });
  }
  return found;
}

/** Candidate IBANs: two letters, two check digits, then groups of capitals and digits. */
const IBAN_RUN = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,32}/g;

/** IBANs whose checksum holds (the longest valid prefix of each candidate run). */
export function findIbans(
  text: string,
  isValidIban: ReplyCheckerData['isValidIban'],
): ContactDetail[] {
  const found: ContactDetail[] = [];
  for (const match of text.matchAll(IBAN_RUN)) {
    const raw = match[0];
    // Map each kept character back to its offset, so the span excludes trailing words.
    const offsets: number[] = [];
    for (let i = 0; i < raw.length; i++) if (!/\s/.test(raw[i]!)) offsets.push(i);
    const compact = raw.replace(/\s/g, '');
    for (let length = compact.length; length >= 15; length--) {
      if (isValidIban(compact.slice(0, length))) {
        found.push({
          type: 'iban',
          start: match.index,
          end: match.index + offsets[length - 1]! + 1,
        });
        break;
      }
    }
  }
  return found;
}

/** Luhn checksum of a digit string. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Card numbers: 13 to 19 digits in groups, with a valid Luhn checksum. */
export function findCards(text: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  for (const match of text.matchAll(
    /(?<![\d\p{L}])\d{4}(?:[ \u00a0-]?\d{2,4}){2,4}(?![\d\p{L}])/gu,
  )) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) {
      found.push({ type: 'card', start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

const CAPITALISED = "\\p{Lu}[\\p{L}'’.-]*";
/** Street addresses and post boxes as German, French and English drafts write them. */
const ADDRESS_SHAPES = [
  // German: Hauptstraße 12, Lindenweg 5a, Am Ring 3 (optionally ", 10115 Berlin")
  new RegExp(
    `(?:${CAPITALISED}[ \\u00a0])?\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad)[ \\u00a0]\\d{1,4}[ \\u00a0]?[a-zA-Z]?(?![\\p{L}\\d])(?:,?[ \\u00a0]\\d{4,5}[ \\u00a0]${CAPITALISED})?`,
    'gu',
  ),
  // French: 12 rue de la Paix, 8 bis avenue Victor Hugo (optionally ", 75002 Paris")
  new RegExp(
    `(?<![\\p{L}\\d])\\d{1,4}(?:[ \\u00a0]?(?:bis|ter))?,?[ \\u00a0](?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square)[ \\u00a0](?:(?:de|du|des|la|le|d'|l')[ \\u00a0']?)*${CAPITALISED}(?:[ \\u00a0-]${CAPITALISED})*(?:,?[ \\u00a0]\\d{5}[ \\u00a0]${CAPITALISED})?`,
    'giu',
  ),
  // English: 221B Baker Street, 14 Mill Lane (optionally ", London NW1 6XE")
  new RegExp(
    `(?<![\\p{L}\\d])\\d{1,5}[A-Za-z]?[ \\u00a0](?:${CAPITALISED}[ \\u00a0]){1,3}(?:Street|St\\.|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Boulevard|Blvd\\.?|Way|Close|Court|Place|Terrace|Crescent|Square|Gardens|Row|Mews|Hill)(?![\\p{L}])(?:,?[ \\u00a0]${CAPITALISED})?(?:,?[ \\u00a0][A-Z]{1,2}\\d[A-Z\\d]?[ \\u00a0]?\\d[A-Z]{2})?`,
    'gu',
  ),
  // Post boxes
  /\b(?:PO Box|P\.O\. Box|Postfach|BP|Boîte postale)[ \u00a0]\d[\d ]{1,8}\d?/gu,
];

/** Postal addresses (street and number, or a post box), in text order. */
export function findAddresses(text: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  for (const shape of ADDRESS_SHAPES) {
    for (const match of text.matchAll(shape)) {
      const start = match.index;
      const end = start + match[0].replace(/[\s,]+$/, '').length;
      if (!found.some((item) => item.start < end && start < item.end)) {
        found.push({ type: 'address', start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
