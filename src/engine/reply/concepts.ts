/**
 * The concepts the reply rules look for (a benefit, a product review, a request, a condition…),
 * and the shape of a language's phrase table. Rules speak in concepts; the tables in
 * `lexicon-en.ts`, `lexicon-de.ts` and `lexicon-fr.ts` say how each language writes them.
 */

/** Every concept, in a fixed order (its index is its slot in the tag table). */
export const CONCEPTS = [
  /** Something of value for the buyer: refund, voucher, gift, discount, replacement. */
  'benefit',
  /** A product review (REV-BANNED's object). */
  'review',
  /** Seller feedback or a rating not tied to the product (FB-REPORT's object). */
  'feedback',
  /** A word for stars in a rating (star, Sterne, étoiles). */
  'starWord',
  /** The best rating in words: full marks, Höchstbewertung. */
  'topRating',
  /** Good, positive, glowing. */
  'positive',
  /** Negative, bad. */
  'negative',
  /** Posting an opinion: leave, write, give. */
  'post',
  /** Changing an opinion: change, update, edit, revise. */
  'change',
  /** Removing an opinion: delete, remove, withdraw. */
  'delete',
  /** A condition: if, once, as soon as, wenn, si. */
  'cond',
  /** A relative pronoun that can carry a condition: who, wer, qui. */
  'relative',
  /** An exchange: in exchange for, in return for, gegen, contre. */
  'exchange',
  /** The weak preposition for/für/pour. */
  'forWord',
  /** Thanks for something that exists: thank you for, danke für, merci pour. */
  'thanksFor',
  /** A benefit given as thanks: as a thank you, als Dankeschön, pour vous remercier. */
  'thanksAs',
  /** "In return" without an object, pointing at the previous sentence. */
  'inReturn',
  /** A conditional auxiliary: would, würden, serions. */
  'would',
  /** Gladness or gratitude: grateful, happy, freuen, ravis. */
  'gratitude',
  /** A wish in itself: we hope, we would love, nous aiderait. */
  'wish',
  /** The buyer being satisfied: satisfied, happy, zufrieden, satisfait. */
  'satisfied',
  /** A request to the buyer: please, could you, bitte, merci de. */
  'request',
  /** A negation: not, never, nicht, jamais. */
  'negation',
  /** Before: before, bevor, avant de. */
  'before',
  /** An invitation to answer or contact the seller: contact us, write to us, let us know. */
  'invite',
  /** A question opening: could you, können Sie, pourriez-vous. */
  'askStart',
  /** A payment channel outside Amazon: bank transfer, IBAN, PayPal, cash. */
  'payChannel',
  /** Paying past Amazon: pay us directly, outside Amazon, statt über Amazon. */
  'payDirect',
  /** A newsletter or mailing list. */
  'newsletter',
  /** A shop-window verb: check out, discover, visit, entdecken. */
  'promoVerb',
  /** The seller's range: collection, shop, range, Sortiment, boutique. */
  'storeNoun',
  /** The seller's other products: our other products, unsere anderen Produkte. */
  'otherProducts',
  /** A sale or deal: sale, deals, Black Friday, soldes. */
  'sale',
  /** Social-media promotion: follow us. */
  'social',
  /** A future order: next order, nächste Bestellung, prochaine commande. */
  'future',
  /** A discount code: promo code, Gutscheincode, code promo. */
  'code',
  /** A word that announces a phone number: phone, Tel., call, anrufen, appelez. */
  'phoneCue',
  /** Receiving: get, receive, erhalten, recevez. */
  'receive',
  /** And: and, und, et. */
  'and',
  /** The buyer's own (existing) thing: your, Ihre, votre. */
  'possessive',
  /** A target of a change: to, auf, à (change to 5 stars). */
  'toward',
  /** A card: credit card, Karte, carte. */
  'cardCue',
  /** A word that names a number as an identifier, not a phone: order, Sendungsnummer, suivi. */
  'identifier',
  /** A price reduction to spend: discount, voucher, coupon, Rabatt, Gutschein, bon d'achat. */
  'discount',
  /** A scam warning, which makes payment words a warning, not an offer: scam, Betrug, arnaque. */
  'warning',
  /** Paying: pay, zahlen, überweisen, payer, régler. */
  'payVerb',
  /** Instead of: instead of, statt, au lieu de. */
  'instead',
  /** Only: only, nur, uniquement. */
  'only',
  /** Not possible, not allowed: nicht möglich, interdit. */
  'impossible',
  /** We: we, wir, nous (the seller promising something). */
  'we',
] as const;

/** A concept the rules look for. */
export type Concept = (typeof CONCEPTS)[number];

/**
 * A language's phrases per concept. A phrase is words separated by spaces, each word folded
 * (lower case, no accents): `word` exact, `word*` prefix, `*word` suffix, `*word*` infix, `#` a
 * number, `~word` exact or one typo away, `…` up to four words between (`take … down`). A phrase starting with `!` is an exception: the words
 * it covers are not tagged with that concept (`!feel free` is not a benefit).
 */
export type PhraseTable = Readonly<Partial<Record<Concept, readonly string[]>>>;
