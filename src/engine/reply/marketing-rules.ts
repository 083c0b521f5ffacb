/**
 * Marketing in a message to a buyer: other products, offers, sales, newsletters, social media,
 * discount codes for later orders. A buyer may be contacted only to complete the order or answer
 * a service question. A benefit tied to a review is judged as an incentive instead.
 * @see MSG-PERMITTED
 */
import { MARKETING_MESSAGE, MARKETING_SUGGESTION } from './messages.ts';
import { amounts, findingOver, isNegated, type Finding, type Reading } from './reading.ts';

/** "Our", which makes a shop word the seller's own shop. */
const OUR = new Set([
  'our',
  'unser',
  'unsere',
  'unseren',
  'unserem',
  'unserer',
  'unseres',
  'nos',
  'notre',
]);
/** How far a shop-window verb may stand from the shop it names. */
const PROMO_VERB_TO_STORE = 9;
/** The seller's range by name: "our winter collection", "unsere Kollektion", "notre gamme". */
const COLLECTION =
  /^(?:collections?|ranges?|\p{L}*kollektion(?:en)?|sortiment|gammes?|nouveautes)$/u;
/** A launch: what makes "our collection" news rather than an answer ("both are from our collection"). */
const LAUNCH = new Set([
  'new',
  'just',
  'now',
  'launched',
  'dropped',
  'arrived',
  'available',
  'out',
  'neu',
  'neue',
  'da',
  'erschienen',
  'eingetroffen',
  'jetzt',
  'nouveau',
  'nouvelle',
  'sortir',
  'sortie',
  'arrivee',
  'disponible',
]);
/** "New", which after a shop-window verb and "our" makes a promotion: "discover our new lamps". */
const NEW = new Set([
  'new',
  'latest',
  'neu',
  'neue',
  'neuen',
  'neues',
  'neuer',
  'neuesten',
  'nouveau',
  'nouveaux',
  'nouvelle',
  'nouvelles',
]);

/** Findings for promotion in a message; sentences in `skip` already hold an incentive. @see MSG-PERMITTED */
export function marketingFindings(reading: Reading, skip: ReadonlySet<number>): Finding[] {
  if (reading.kind !== 'message') return [];
  const { tags, draft } = reading;
  const { tokens } = draft;
  const percents = amounts(reading).filter(
    (amount) => tokens[amount.last]!.raw === '%' || tokens[amount.first]!.raw === '%',
  );
  const findings: Finding[] = [];
  draft.sentences.forEach((sentence, index) => {
    if (skip.has(index)) return;
    const { first, end } = sentence;
    const cues: { first: number; last: number }[] = [];
    const live = (hit: { first: number; last: number }): boolean =>
      !isNegated(reading, hit.first, 5, 0, hit.first, hit.last);
    for (const concept of ['newsletter', 'social', 'otherProducts', 'sale', 'code'] as const) {
      cues.push(...tags.hitsIn(concept, first, end).filter(live));
    }
    // "Use code SPRING20": a code word followed by a code.
    for (let i = first; i < end - 1; i++) {
      if (tokens[i]!.fold === 'code' && /^(?=.*\d)[A-Z0-9-]{4,}$/.test(tokens[i + 1]!.raw))
        cues.push({ first: i, last: i + 1 });
    }
    // "Check out our new collection", "Entdecken Sie unser Sortiment".
    for (const verb of tags.hitsIn('promoVerb', first, end).filter(live)) {
      const stop = Math.min(end, verb.last + 1 + PROMO_VERB_TO_STORE);
      const store = tags.find('storeNoun', verb.last + 1, stop);
      if (store !== -1 && tokens.slice(verb.first, store).some((token) => OUR.has(token.fold))) {
        cues.push({ first: verb.first, last: store });
        continue;
      }
      const our = verb.last + 1;
      const fresh = tokens.slice(our + 1, our + 3).findIndex((token) => NEW.has(token.fold));
      if (OUR.has(tokens[our]?.fold ?? '') && fresh !== -1) {
        cues.push({ first: verb.first, last: our + 1 + fresh });
      }
    }
    // "Our winter collection just dropped": the seller's collection announced in a message.
    const launched = tokens.slice(first, end).some((token) => LAUNCH.has(token.fold));
    for (let i = first; launched && i < end - 1; i++) {
      if (!OUR.has(tokens[i]!.fold)) continue;
      const named = [i + 1, i + 2].find((k) => k < end && COLLECTION.test(tokens[k]!.fold));
      if (named !== undefined && !isNegated(reading, i, 5)) cues.push({ first: i, last: named });
    }
    // A discount for a later order: "15% off your next order", "Rabatt auf Ihre nächste Bestellung".
    const future = tags.hitsIn('future', first, end);
    if (future.length > 0) {
      const discounts = [
        ...tags.hitsIn('discount', first, end),
        ...percents.filter((amount) => amount.first >= first && amount.first < end),
      ];
      const discount = discounts.find(live);
      if (discount !== undefined) cues.push(discount, future[0]!);
    }
    if (cues.length === 0) return;
    const from = Math.min(...cues.map((cue) => cue.first));
    const to = Math.max(...cues.map((cue) => cue.last));
    findings.push(
      findingOver(
        reading,
        from,
        to,
        'MSG-PERMITTED',
        'marketing',
        MARKETING_MESSAGE,
        MARKETING_SUGGESTION[reading.tongue],
      ),
    );
  });
  return findings;
}
