/**
 * What each finding says to the trainee: the problem in plain English (short sentences, common
 * words: many trainees are not native speakers), and a better wording in the draft's language.
 */
import type { ContactType } from './contacts.ts';
import type { SuggestionLanguage } from './reading.ts';

/** A wording in each language the checker writes suggestions in. */
type Wording = Readonly<Record<SuggestionLanguage, string>>;

const DETAIL_NAMES: Readonly<Record<ContactType, string>> = {
  email: 'an e-mail address',
  link: 'a link to a website that is not Amazon',
  phone: 'a phone number',
  iban: 'a bank account number (IBAN)',
  card: 'a card number',
  address: 'a postal address',
};

/** @see MSG-CONTACT */
export function contactMessage(type: ContactType): string {
  return `This is ${DETAIL_NAMES[type]}. A message to a buyer must not contain e-mail addresses, phone numbers or links to other websites than Amazon: all contact stays in Buyer-Seller Messaging.`;
}

/** @see MSG-CONTACT */
export const CONTACT_SUGGESTION: Wording = {
  en: 'Remove it. The buyer can simply reply to this message.',
  de: 'Entfernen Sie es. Schreiben Sie z. B.: „Sie können jederzeit auf diese Nachricht antworten.“',
  fr: 'Supprimez-le. Écrivez par exemple : « Vous pouvez répondre directement à ce message. »',
};

/** @see PR-RULES */
export function privateDataMessage(type: ContactType): string {
  return `This public reply shows ${DETAIL_NAMES[type]}. Everyone can read a public reply, so it must never show contact or payment details of the seller or the buyer.`;
}

/** @see PR-RULES */
export const PRIVATE_DATA_SUGGESTION: Wording = {
  en: 'Remove it. Explain what happened and what you did, without any contact or payment details.',
  de: 'Entfernen Sie es. Erklären Sie, was passiert ist und was Sie getan haben, ohne Kontakt- oder Zahlungsdaten.',
  fr: 'Supprimez-le. Expliquez ce qui s’est passé et ce que vous avez fait, sans coordonnées ni données de paiement.',
};

/** @see TIP-8 */
export const PAYMENT_MESSAGE =
  'This asks for or offers payment outside Amazon (bank transfer, IBAN, PayPal, cash, paying the seller directly). Never do this: every payment and every refund goes through Amazon.';

/** @see TIP-8 */
export const PAYMENT_SUGGESTION: Wording = {
  en: 'We will handle the payment through Amazon.',
  de: 'Die Zahlung wickeln wir selbstverständlich über Amazon ab.',
  fr: 'Le paiement passe uniquement par Amazon.',
};

/** @see REV-BANNED */
export const INCENTIVE_MESSAGE =
  'This offers the buyer something (a refund, voucher, gift or other benefit) in return for a review or feedback. A seller must never give a benefit for posting, changing or deleting a review or feedback. A refund or replacement that solves the problem is fine, but only without that condition.';

/** @see REV-BANNED */
export const INCENTIVE_SUGGESTION: Wording = {
  en: 'Offer the solution on its own: "We have refunded your order in full."',
  de: 'Bieten Sie die Lösung ohne Bedingung an: „Wir haben Ihnen den vollen Betrag erstattet.“',
  fr: 'Proposez la solution sans condition : « Nous vous avons remboursé intégralement. »',
};

/** @see PR-RULES */
export const REMOVAL_INCENTIVE_MESSAGE =
  'This public reply offers a benefit (a discount, refund, gift…) in return for removing or changing the feedback. This is never allowed, and everyone can read it.';

/** @see PR-RULES */
export const REMOVAL_INCENTIVE_SUGGESTION: Wording = {
  en: 'State the facts and the solution, with no condition: "We are sorry about the broken lamp. We have sent a replacement."',
  de: 'Nennen Sie Fakten und Lösung ohne Bedingung: „Es tut uns leid, dass die Lampe kaputt war. Wir haben Ersatz geschickt.“',
  fr: 'Donnez les faits et la solution, sans condition : « Nous sommes désolés pour la lampe cassée. Nous avons envoyé un remplacement. »',
};

/** @see REV-BANNED */
export const POSITIVE_ONLY_MESSAGE =
  'This asks for a positive rating only: it names the rating it wants (for example "5 stars"), asks for a "good" or "positive" review, or asks only happy buyers. You may ask every buyer for honest feedback, never for a good one.';

/** @see REV-BANNED */
export const POSITIVE_ONLY_SUGGESTION: Wording = {
  en: 'We would appreciate your honest feedback.',
  de: 'Wir freuen uns über Ihre ehrliche Meinung.',
  fr: 'Votre avis sincère nous intéresse.',
};

/** @see REV-BANNED @see FB-REPORT */
export const CHANGE_REQUEST_MESSAGE =
  'This asks the buyer to change or delete a product review. A seller must never ask that. Once the problem is solved, you may politely mention the seller feedback, never the product review.';

/** @see FB-REPORT */
export const CHANGE_REQUEST_SUGGESTION: Wording = {
  en: 'Now that the problem is solved, you are welcome to update your seller feedback if you wish.',
  de: 'Da das Problem gelöst ist, können Sie Ihre Verkäuferbewertung gern aktualisieren, wenn Sie möchten.',
  fr: 'Le problème étant résolu, vous pouvez, si vous le souhaitez, mettre à jour votre évaluation du vendeur.',
};

/** @see PR-RULES */
export const QUESTION_MESSAGE =
  'This asks the buyer a question or invites an answer, but the buyer cannot answer a public reply. Say what you did or will do instead, and talk to the buyer in Buyer-Seller Messaging.';

/** @see PR-RULES */
export const QUESTION_SUGGESTION: Wording = {
  en: 'We have written to you through Amazon messaging to solve this.',
  de: 'Wir haben Ihnen über die Amazon-Nachrichten geschrieben, um das zu lösen.',
  fr: 'Nous vous avons écrit via la messagerie Amazon pour régler ce problème.',
};

/** @see MSG-PERMITTED */
export const MARKETING_MESSAGE =
  'This promotes other products, offers, a newsletter or a discount code for later orders. You may write to a buyer only to complete the order or to answer a customer-service question.';

/** @see MSG-PERMITTED */
export const MARKETING_SUGGESTION: Wording = {
  en: 'Delete this part and keep to the buyer’s order or question.',
  de: 'Streichen Sie diesen Teil und bleiben Sie bei der Bestellung oder Frage des Käufers.',
  fr: 'Supprimez ce passage et restez sur la commande ou la question de l’acheteur.',
};

/** Language names for the FBM-LOCAL message. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  it: 'Italian',
  es: 'Spanish',
  nl: 'Dutch',
  pl: 'Polish',
  pt: 'Portuguese',
  sv: 'Swedish',
  tr: 'Turkish',
  da: 'Danish',
  cs: 'Czech',
};

/** The name of a language code, or the code itself. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** @see FBM-LOCAL */
export function languageMessage(buyerLanguage: string, draftLanguage: string): string {
  const buyer = languageName(buyerLanguage);
  return `The buyer wrote in ${buyer}; answer in ${buyer}. Your draft is in ${languageName(draftLanguage)}. A reply in the buyer's own language lowers the risk of a bad review.`;
}
