/**
 * Validation of the reply-check input at the edge: unknown JSON in, a ReplyInput out, or every
 * problem with its place (`kind: expected "message" or "public-reply"`). Unknown extra fields
 * are allowed, as in the order-history contract.
 */
import type { ReplyInput } from './types.ts';

/** One problem in the input, with its place (`text`, `kind`, `(root)`). */
export interface ReplyInputError {
  path: string;
  message: string;
}

/** A valid input (defaults applied) or every problem found. */
export type ReplyInputResult =
  { ok: true; input: ReplyInput } | { ok: false; errors: ReplyInputError[] };

/** The longest draft the contract accepts, in UTF-16 characters. */
export const MAX_DRAFT_LENGTH = 10_000;
/** The marketplace used when the input names none. */
export const DEFAULT_REPLY_MARKETPLACE = 'amazon.de';

/** An Amazon marketplace host: `amazon.de`, `amazon.co.uk`, `amazon.com.be`. */
const MARKETPLACE = /^amazon(?:\.[a-z]{2,3}){1,2}$/;
/** An ISO 639-1 code (either case). */
const LANGUAGE_CODE = /^[a-z]{2}$/i;

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Checks an optional string field; pushes a problem unless it is absent, null or a string. */
function optionalString(
  record: Record<string, unknown>,
  field: string,
  errors: ReplyInputError[],
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  errors.push({ path: field, message: `expected a string, got ${quote(value)}` });
  return undefined;
}

/** Validates untrusted input (parsed JSON) against the reply-check contract. */
export function validateReplyInput(value: unknown): ReplyInputResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ path: '(root)', message: 'expected an object' }] };
  }
  const record = value as Record<string, unknown>;
  const errors: ReplyInputError[] = [];

  const kind = record['kind'];
  if (kind !== 'message' && kind !== 'public-reply') {
    errors.push({ path: 'kind', message: 'expected "message" or "public-reply"' });
  }

  const text = record['text'];
  if (typeof text !== 'string') {
    errors.push({
      path: 'text',
      message:
        text === undefined ? 'missing (the draft, 1 to 10,000 characters)' : 'expected a string',
    });
  } else if (text.length === 0) {
    errors.push({ path: 'text', message: 'empty (the draft must have 1 to 10,000 characters)' });
  } else if (text.length > MAX_DRAFT_LENGTH) {
    errors.push({
      path: 'text',
      message: `too long: ${text.length.toLocaleString('en')} characters (at most 10,000)`,
    });
  }

  const marketplace = optionalString(record, 'marketplace', errors);
  if (marketplace !== undefined && !MARKETPLACE.test(marketplace)) {
    errors.push({
      path: 'marketplace',
      message: `expected an Amazon marketplace such as "amazon.de", got ${quote(marketplace)}`,
    });
  }

  const buyerLanguage = optionalString(record, 'buyerLanguage', errors);
  if (buyerLanguage !== undefined && !LANGUAGE_CODE.test(buyerLanguage)) {
    errors.push({
      path: 'buyerLanguage',
      message: `expected an ISO 639-1 code such as "de", got ${quote(buyerLanguage)}`,
    });
  }

  const buyerMessage = optionalString(record, 'buyerMessage', errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: kind as ReplyInput['kind'],
      text: text as string,
      marketplace: marketplace ?? DEFAULT_REPLY_MARKETPLACE,
      ...(buyerLanguage === undefined ? {} : { buyerLanguage: buyerLanguage.toLowerCase() }),
      ...(buyerMessage === undefined ? {} : { buyerMessage }),
    },
  };
}

/** Parses JSON text and validates it; a byte-order mark is ignored. */
export function parseReplyInput(json: string): ReplyInputResult {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(root)', message: `not JSON (${(error as Error).message})` }],
    };
  }
  return validateReplyInput(value);
}

/** `path: message`, the form the command prints. */
export function formatReplyInputError(error: ReplyInputError): string {
  return `${error.path}: ${error.message}`;
}
