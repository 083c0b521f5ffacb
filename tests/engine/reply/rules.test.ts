import { describe, expect, it } from 'vitest';
import { check, pairsOf } from './helpers.ts';

type Row = [
  label: string,
  kind: 'message' | 'public-reply',
  text: string,
  pair: string,
  /** Words the finding must point at (all inside its span). */
  words: string[],
];

/** One row per rule, kind and language: the finding and the words it must point at. */
const broken: Row[] = [
  // MSG-CONTACT: e-mail addresses, phone numbers, non-Amazon links in a message.
  [
    'MSG-CONTACT en phone',
    'message',
    'Call us on +49 30 1234567 and we will sort it out.',
    'MSG-CONTACT contact-details',
    ['+49 30 1234567'],
  ],
  [
    'MSG-CONTACT de phone',
    'message',
    'Rufen Sie uns einfach an: 030 12345678.',
    'MSG-CONTACT contact-details',
    ['030 12345678'],
  ],
  [
    'MSG-CONTACT fr phone',
    'message',
    'Appelez-nous au 01 23 45 67 89, merci.',
    'MSG-CONTACT contact-details',
    ['01 23 45 67 89'],
  ],
  [
    'MSG-CONTACT en e-mail',
    'message',
    'Write to support@gadgetshop.de please.',
    'MSG-CONTACT contact-details',
    ['support@gadgetshop.de'],
  ],
  [
    'MSG-CONTACT de disguised e-mail',
    'message',
    'Schreiben Sie an info(at)shop.de bitte.',
    'MSG-CONTACT contact-details',
    ['info(at)shop.de'],
  ],
  [
    'MSG-CONTACT fr link',
    'message',
    'Toutes les infos sont sur www.maboutique.fr/aide.',
    'MSG-CONTACT contact-details',
    ['www.maboutique.fr/aide'],
  ],
  // PR-RULES private-data: contact or payment details in a public reply.
  [
    'PR-RULES en e-mail',
    'public-reply',
    'Our support address is help@kitchenpro.co.uk.',
    'PR-RULES private-data',
    ['help@kitchenpro.co.uk'],
  ],
  [
    'PR-RULES de address',
    'public-reply',
    'Die Ware ging an Gartenstraße 14, 50667 Köln.',
    'PR-RULES private-data',
    ['Gartenstraße 14'],
  ],
  [
    'PR-RULES fr address',
    'public-reply',
    'Le colis a été livré au 8 avenue Victor Hugo, 69002 Lyon.',
    'PR-RULES private-data',
    ['8 avenue Victor Hugo'],
  ],
  [
    'PR-RULES en IBAN',
    'public-reply',
    'Our account is DE89 3704 0044 0532 0130 00 as agreed.',
    'PR-RULES private-data',
    ['DE89 3704 0044 0532 0130 00'],
  ],
  [
    'PR-RULES en card',
    'public-reply',
    'Your card 4111 1111 1111 1111 was charged once.',
    'PR-RULES private-data',
    ['4111 1111 1111 1111'],
  ],
  // PR-RULES question: a question or an invitation to answer in a public reply.
  [
    'PR-RULES en question',
    'public-reply',
    'We are sorry. Could you tell us which part was missing?',
    'PR-RULES question',
    ['Could you tell us which part was missing?'],
  ],
  [
    'PR-RULES de invitation',
    'public-reply',
    'Bitte kontaktieren Sie uns, damit wir helfen können.',
    'PR-RULES question',
    ['kontaktieren Sie'],
  ],
  [
    'PR-RULES fr question',
    'public-reply',
    'Dommage que la couleur ne vous plaise pas. Quelle teinte préférez-vous ?',
    'PR-RULES question',
    ['Quelle teinte préférez-vous ?'],
  ],
  // PR-RULES removal-incentive: a benefit for removing or changing the feedback, in public.
  [
    'PR-RULES en removal incentive',
    'public-reply',
    'We will send you a 20% voucher if you remove your 1-star rating.',
    'PR-RULES removal-incentive',
    ['voucher', 'rating'],
  ],
  [
    'PR-RULES de removal incentive',
    'public-reply',
    'Wir schenken Ihnen einen Gutschein, wenn Sie Ihre Bewertung entfernen.',
    'PR-RULES removal-incentive',
    ['Gutschein', 'Bewertung'],
  ],
  [
    'PR-RULES fr removal incentive',
    'public-reply',
    'Nous vous offrons un bon d’achat si vous retirez votre évaluation.',
    'PR-RULES removal-incentive',
    ['bon d’achat', 'évaluation'],
  ],
  // REV-BANNED incentive: a benefit for posting, changing or deleting a review (message).
  [
    'REV-BANNED en incentive',
    'message',
    'We will send you a 10 EUR voucher if you leave us a review.',
    'REV-BANNED incentive',
    ['voucher', 'review'],
  ],
  [
    'REV-BANNED de incentive',
    'message',
    'Als Dankeschön für Ihre Bewertung erhalten Sie einen Gutschein.',
    'REV-BANNED incentive',
    ['Dankeschön', 'Bewertung'],
  ],
  [
    'REV-BANNED fr incentive',
    'message',
    'Pour vous remercier de votre avis, nous vous offrons un bon d’achat.',
    'REV-BANNED incentive',
    ['remercier', 'avis'],
  ],
  // REV-BANNED positive-only: a named rating, a "good" review, only happy buyers.
  [
    'REV-BANNED en positive-only',
    'message',
    'Please leave us a 5-star review!',
    'REV-BANNED positive-only',
    ['5-star'],
  ],
  [
    'REV-BANNED de positive-only',
    'message',
    'Über eine 5-Sterne-Bewertung würden wir uns freuen!',
    'REV-BANNED positive-only',
    ['5-Sterne'],
  ],
  [
    'REV-BANNED fr positive-only',
    'message',
    'Si vous êtes satisfait, merci de nous laisser une évaluation.',
    'REV-BANNED positive-only',
    ['satisfait'],
  ],
  [
    'REV-BANNED en positive-only public',
    'public-reply',
    'We would be grateful for a 5-star rating next time.',
    'REV-BANNED positive-only',
    ['5-star'],
  ],
  // REV-BANNED change-request: asking to change or delete a product review.
  [
    'REV-BANNED en change-request',
    'message',
    'Could you please remove your product review?',
    'REV-BANNED change-request',
    ['remove', 'review'],
  ],
  [
    'REV-BANNED de change-request',
    'message',
    'Bitte löschen Sie Ihre Rezension.',
    'REV-BANNED change-request',
    ['löschen', 'Rezension'],
  ],
  [
    'REV-BANNED fr change-request',
    'public-reply',
    'Merci de supprimer votre avis, le défaut venait du transporteur.',
    'REV-BANNED change-request',
    ['supprimer', 'avis'],
  ],
  // TIP-8 off-platform-payment: payment outside Amazon.
  [
    'TIP-8 en PayPal',
    'message',
    'You can pay us directly via PayPal next time.',
    'TIP-8 off-platform-payment',
    ['PayPal'],
  ],
  [
    'TIP-8 de transfer',
    'message',
    'Für eine schnellere Abwicklung überweisen Sie den Restbetrag bitte an uns statt über Amazon.',
    'TIP-8 off-platform-payment',
    ['überweisen', 'statt über Amazon'],
  ],
  [
    'TIP-8 fr cash',
    'message',
    'Payez-nous directement en espèces à la livraison.',
    'TIP-8 off-platform-payment',
    ['espèces'],
  ],
  [
    'TIP-8 public',
    'public-reply',
    'Next time pay by bank transfer and avoid the wait.',
    'TIP-8 off-platform-payment',
    ['bank transfer'],
  ],
  // MSG-PERMITTED marketing: promotion in a message.
  [
    'MSG-PERMITTED en newsletter',
    'message',
    'Sign up for our newsletter and get 15% off your next order!',
    'MSG-PERMITTED marketing',
    ['newsletter'],
  ],
  [
    'MSG-PERMITTED de code',
    'message',
    'Mit dem Gutscheincode SOMMER15 sparen Sie bei Ihrem nächsten Einkauf 15 %.',
    'MSG-PERMITTED marketing',
    ['Gutscheincode'],
  ],
  [
    'MSG-PERMITTED fr products',
    'message',
    'Découvrez aussi nos autres produits, comme les housses assorties.',
    'MSG-PERMITTED marketing',
    ['nos autres produits'],
  ],
];

describe('each rule, kind and language: the finding and the words it points at', () => {
  it.each(broken)('%s', (_label, kind, text, pair, words) => {
    const result = check(kind, text);
    expect(pairsOf(result)).toContain(pair);
    const [rule, findingKind] = pair.split(' ');
    const finding = result.findings.find((f) => f.rule === rule && f.kind === findingKind)!;
    const pointed = text.slice(finding.start, finding.end);
    for (const word of words) expect(pointed).toContain(word);
    expect(finding.message.length).toBeGreaterThan(40);
  });
});

/** Drafts that look close to a break and are fine: every one must come back clean. */
const clean: [label: string, kind: 'message' | 'public-reply', text: string][] = [
  [
    'MSG-CONTACT: an Amazon order number is no phone',
    'message',
    'Your order 302-1234567-1234567 ships today.',
  ],
  [
    'MSG-CONTACT: a DHL tracking number is no phone',
    'message',
    'Die Sendungsnummer lautet 00340434161094042557.',
  ],
  [
    'MSG-CONTACT: a UPS tracking number in groups is no phone',
    'message',
    'Tracking: 1Z 999 AA1 01 2345 6784.',
  ],
  [
    'MSG-CONTACT: dates, times and prices are no phone',
    'message',
    'Livraison le 15/04/2026 à 14:30, prix 1 299,00 €.',
  ],
  [
    'MSG-CONTACT: an Amazon link is allowed',
    'message',
    'Start the return on https://www.amazon.de/gp/css/returns.',
  ],
  [
    'MSG-CONTACT: a call word without a number',
    'message',
    'Please call the courier on the number printed on the card.',
  ],
  [
    'PR-RULES: an order number is not private data',
    'public-reply',
    'Order 302-1234567-1234567 was shipped on time.',
  ],
  [
    'PR-RULES: a question in a message is fine',
    'message',
    'Welche Größe haben Sie bestellt? Dann tauschen wir den Artikel sofort um.',
  ],
  [
    'REV-BANNED: a refund that solves the problem',
    'message',
    'We have refunded your order in full; you keep the item.',
  ],
  [
    'REV-BANNED: a refund conditional on the return',
    'message',
    'Si vous nous renvoyez l’article, nous vous rembourserons intégralement.',
  ],
  [
    'FB-REPORT: a polite word about seller feedback after solving',
    'message',
    'Now that the replacement works, we would be grateful if you would consider updating your seller feedback.',
  ],
  [
    'FB-REPORT: the same in German',
    'message',
    'Da der Ersatz angekommen ist, würden wir uns freuen, wenn Sie Ihre Verkäuferbewertung überdenken.',
  ],
  [
    'REV-BANNED: a neutral request for honest feedback',
    'message',
    'We would appreciate your honest feedback once you have used it.',
  ],
  [
    'REV-BANNED: thanks for an existing 5-star rating',
    'message',
    'Merci pour votre évaluation 5 étoiles, toute l’équipe est ravie !',
  ],
  [
    'REV-BANNED: promising never to ask for a review change',
    'message',
    'Wir würden Sie niemals bitten, eine Rezension zu ändern.',
  ],
  [
    'TIP-8: a warning against paying outside Amazon',
    'message',
    'Please never pay by bank transfer or PayPal: payments go only through Amazon.',
  ],
  [
    'MSG-PERMITTED: a discount already applied at checkout',
    'message',
    'Votre bon de réduction a bien été pris en compte lors de votre commande.',
  ],
  [
    'French "changer d’avis" is a change of mind, not of a review',
    'message',
    'Si vous changez d’avis sur la couleur, renvoyez-nous simplement l’article.',
  ],
];

describe('drafts close to a break that are fine', () => {
  it.each(clean)('%s', (_label, kind, text) => {
    expect(pairsOf(check(kind, text))).toEqual([]);
  });
});

describe('FBM-LOCAL: answer in the buyer’s language', () => {
  it('flags an English answer to a German buyer over the whole draft (contract input example)', () => {
    const text = 'Hello, your parcel left our warehouse on Monday. Tracking: 1Z999AA10123456784.';
    const result = check('message', text, {
      buyerMessage: 'Hallo, wo bleibt meine Bestellung? Sie sollte gestern ankommen.',
    });
    expect(result.language).toBe('en');
    expect(result.buyerLanguage).toBe('de');
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'FBM-LOCAL', kind: 'language', start: 0, end: text.length }),
    ]);
    expect(result.findings[0]!.message).toMatch(/^The buyer wrote in German; answer in German\./);
  });

  it.each([
    ['it', 'Buongiorno, ho ricevuto il prodotto sbagliato, come posso restituirlo?'],
    ['es', 'Hola, el paquete llegó roto y quiero devolverlo, por favor.'],
    ['fr', "Bonjour, mon colis n'est toujours pas arrivé, pouvez-vous vérifier ?"],
  ])('detects a buyer writing in %s', (code, buyerMessage) => {
    const result = check(
      'message',
      'Hello, we are sorry about this and will send a new one today.',
      { buyerMessage },
    );
    expect(result.buyerLanguage).toBe(code);
    expect(pairsOf(result)).toEqual(['FBM-LOCAL language']);
  });

  it('uses the given buyer language over the buyer message', () => {
    const result = check(
      'message',
      'Guten Tag, wir schicken Ihnen morgen einen Ersatz für das Kabel.',
      {
        buyerLanguage: 'de',
        buyerMessage: 'Hello, the cable is broken, can you send a new one?',
      },
    );
    expect([result.buyerLanguage, pairsOf(result)]).toEqual(['de', []]);
  });

  it.each([
    ['a draft under 30 letters has no language', 'Danke!', 'de', null, 'de'],
    [
      'a buyer message under 30 letters tells nothing',
      'Hello, the parcel arrives tomorrow morning, sorry for the delay.',
      undefined,
      'en',
      null,
    ],
  ])('%s, so no finding', (_label, text, buyerLanguage, language, buyer) => {
    const result = check(
      'message',
      text,
      buyerLanguage === undefined ? { buyerMessage: 'Gracias' } : { buyerLanguage },
    );
    expect([result.language, result.buyerLanguage, result.findings]).toEqual([language, buyer, []]);
  });

  it('judges a mixed draft by its main language', () => {
    const text =
      'Hallo Herr Becker, vielen Dank für Ihre Nachricht. Wir haben den Ersatz heute verschickt. Best regards, Team Lumio';
    expect(check('message', text, { buyerLanguage: 'de' }).findings).toEqual([]);
  });

  it('makes no language finding in a public reply', () => {
    expect(
      check('public-reply', 'Thank you for your feedback. The parcel was delayed by the carrier.', {
        buyerLanguage: 'de',
      }).findings,
    ).toEqual([]);
  });
});

describe('findings', () => {
  it('come in text order, one per rule and place, with a suggestion in the draft’s language', () => {
    const text =
      'Schreiben Sie an info@shop.de. Oder rufen Sie an: 030 1234567. Bitte löschen Sie Ihre Rezension.';
    const result = check('message', text);
    expect(result.findings.map((f) => f.kind)).toEqual([
      'contact-details',
      'contact-details',
      'change-request',
    ]);
    const starts = result.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.findings[2]!.suggestion).toMatch(/Verkäuferbewertung/);
  });

  it('point at UTF-16 offsets (an emoji before the words counts two)', () => {
    const text = '😀 Mail: a.b@shop.de';
    const finding = check('message', text).findings[0]!;
    expect(text.slice(finding.start, finding.end)).toBe('a.b@shop.de');
    expect(finding.start).toBe(9);
  });
});
