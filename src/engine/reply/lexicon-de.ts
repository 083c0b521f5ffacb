/** How German drafts write the concepts the reply rules look for. @see concepts.ts */
import type { PhraseTable } from './concepts.ts';

// A phrase table reads best as wrapped lists, not one phrase per line:
// prettier-ignore
export const german: PhraseTable = {
  benefit: [
    '~erstattung', '*erstattung', '*erstattungen', 'erstatt*', 'ruckerstatt*', 'rueckerstatt*',
    'zuruckerstatt*', 'geld zuruck', 'rabatt*', '*rabatt', 'nachlass', 'preisnachlass',
    '~gutschein', '*gutschein*', 'geschenk*', 'gratis', 'kostenlos*', 'umsonst', 'entschadigung*',
    'gutschrift*', 'gutgeschrieben', 'pramie*', 'bonus', 'belohnung*', 'ersatz', 'ersatzartikel',
    'ersatzgerat', 'ersatzlieferung', 'schenken', 'schenke', 'schenkt', 'verschenken', 'geschenkt',
    'zugabe', 'gratisprodukt*', '!gutscheincode', '!rabattcode', 'schicken … einen neuen',
    'schicken … ein neues', 'schicken … eine neue', 'senden … einen neuen', 'senden … ein neues',
    'senden … eine neue',
  ],
  review: [
    '*rezension', '*rezensionen', '~rezension', '~rezensionen', 'produktbewertung*',
    'artikelbewertung*', 'produktrezension*', 'bewertung des produkts', 'bewertung des artikels',
    'bewertung zum produkt', 'bewertung zum artikel', 'bewertung zu dem',
    'bewertung zu dem produkt', 'bewertung zu dem artikel', 'bewertung des gerats',
    'bewertung auf der produktseite',
  ],
  feedback: [
    '*bewertung', '*bewertungen', '~bewertung', 'feedback', 'bewerten', 'verkauferfeedback',
    'beurteilung*', 'kommentar', 'kommentare', 'verkaufer feedback',
  ],
  starWord: ['stern', 'sterne', 'sternen', '*sterne', '*sternen'],
  topRating: [
    'volle punktzahl', 'hochstbewertung', 'bestbewertung', 'bestnote', 'top bewertung',
    'beste bewertung',
  ],
  positive: [
    'positiv*', 'gut', 'gute', 'guten', 'gutes', 'guter', 'top', 'super', 'hervorragend*', 'beste',
    'besten', 'bestes', 'ausgezeichnet*', 'toll*', 'sehr gute*', 'bessere*', 'glanzend*',
    '!guten tag', '!guten morgen', '!guten abend',
  ],
  negative: ['negativ*', 'schlecht*', 'kritisch*'],
  post: [
    'hinterlass*', 'hinterlegen', 'abgeb*', 'abzugeben', 'abgegeben', 'geben', 'gibt', 'schreib*',
    'geschrieben', 'verfass*', 'veroffentlich*', 'bewerten', 'vergeb*', 'da lassen', 'dalassen',
  ],
  change: [
    'ander*', 'geandert', 'abander*', 'anpass*', 'angepasst', 'aktualisier*', 'uberarbeit*',
    'korrigier*', 'uberdenk*', 'verbesser*', 'hochstufen', 'revidier*', 'anheben', 'umwandeln',
    'nach oben korrigieren', 'erhohen', 'passen … an', 'stufen … hoch', '!andere', '!anderen',
    '!anderer', '!anderes', '!anderem', '!anders',
  ],
  delete: [
    '~loschen', 'losch*', 'geloscht', 'entfern*', 'zuruckzieh*', 'zuruckgezogen', 'zurucknehm*',
    'zuruckgenommen', 'herausnehmen', 'ruckgangig', 'ziehen … zuruck', 'nehmen … zuruck',
    'nehmen … heraus', 'nehmen … raus',
  ],
  warning: [
    'betrug', 'betrugs*', 'betruger*', 'betrugerisch*', 'phishing', 'zu ihrer sicherheit',
    'vorsicht', 'achtung', 'gefalscht*',
  ],
  payVerb: [
    'zahlen', 'bezahlen', 'zahlung', 'zahlungen', 'uberweisen', 'geld senden', 'geld schicken',
  ],
  instead: ['statt', 'anstatt', 'anstelle', 'an stelle'],
  only: ['nur', 'ausschliesslich', 'lediglich'],
  impossible: [
    'nicht moglich', 'nicht erlaubt', 'nicht gestattet', 'unmoglich', 'verboten', 'nicht zulassig',
    'unzulassig',
  ],
  we: ['wir', 'uns'],
  cond: ['wenn', 'sobald', 'falls', 'sofern', 'nachdem', 'vorausgesetzt', 'unter der bedingung'],
  relative: ['wer', 'jeder der', 'alle die'],
  exchange: [
    'im austausch', 'im gegenzug', 'als gegenleistung', 'gegen', 'im austausch fur',
    'im gegenzug fur',
  ],
  forWord: ['fur', 'fuer'],
  thanksFor: [
    'danke fur', 'vielen dank fur', 'herzlichen dank fur', 'besten dank fur', 'danke fuer',
    'wir danken ihnen fur', 'vielen lieben dank fur',
  ],
  thanksAs: [
    'als dankeschon', 'als dank', 'zum dank', 'als kleines dankeschon', 'um uns zu bedanken',
    'als belohnung',
  ],
  inReturn: ['im gegenzug', 'dafur', 'als gegenleistung'],
  would: ['wurden', 'wurde', 'waren', 'ware', 'werden'],
  gratitude: [
    'dankbar', 'freuen', 'freuen uns', 'freut', 'froh', 'glucklich', 'helfen', 'super', 'toll',
    'schon', 'wunderbar', 'klasse', 'prima', 'genial',
  ],
  wish: [
    'hoffen', 'hoffentlich', 'freuen uns uber', 'freuen wir uns uber', 'wurde uns helfen',
    'wurde uns sehr helfen',
  ],
  satisfied: [
    'zufrieden', 'glucklich', 'gefallt', 'gefallen', 'gefiel', 'begeistert', 'mogen',
    'gefallen hat', 'perfekt', 'alles gut', 'alles in ordnung', 'einwandfrei', '!sie mogen',
    '!sie mochten',
  ],
  request: [
    '~bitte', 'wurden sie', 'konnten sie', 'konnen sie', 'waren sie so nett',
    'waren sie so freundlich', 'sie konnen', 'wir bitten sie', 'bitten wir sie', 'gerne konnen sie',
    'gern konnen sie', 'durfen wir sie bitten', 'vergessen sie nicht',
  ],
  negation: [
    'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'niemand*',
    'nichts', 'keinesfalls', 'ohne', 'unabhangig', 'weder',
  ],
  before: ['bevor', 'ehe', 'vor der abgabe', 'vor abgabe'],
  invite: [
    'kontaktieren sie', 'schreiben sie uns', 'schreiben sie', 'melden sie sich', 'rufen sie',
    'wenden sie sich', 'teilen sie uns', 'lassen sie uns wissen', 'sagen sie uns',
    'geben sie uns bescheid', 'zogern sie nicht', 'erreichen sie uns', 'sie erreichen uns',
    'freuen uns auf ihre nachricht', 'freuen uns auf ihre antwort',
    'freuen uns auf ihre ruckmeldung', 'durfen wir fragen', 'sie konnen uns', 'nehmen sie kontakt',
    'antworten sie', 'uns schreiben', 'uns kontaktieren', 'uns anrufen', 'uns mitteilen',
    'uns bescheid',
  ],
  askStart: ['konnten sie', 'konnen sie', 'wurden sie', 'durfen wir', 'waren sie'],
  payChannel: [
    '~uberweisung', '*uberweisung', 'uberweis*', 'uberwiesen', 'iban', 'bic', 'paypal*',
    'western union', 'in bar', 'bar bezahlen', 'bar zahlen', 'bar bei', 'bar begleichen', 'bar an',
    'barzahlung', 'bargeld', 'vorkasse', 'bankverbindung', 'kontodaten', 'bankdaten',
    'kartennummer', 'kreditkartendaten', 'kreditkartennummer', 'auf unser konto', 'auf das konto',
  ],
  payDirect: [
    'direkt an uns', 'direkt bei uns', 'ausserhalb von amazon', 'ausserhalb amazons',
    'statt uber amazon', 'anstatt uber amazon', 'an amazon vorbei', 'ohne amazon',
    'nicht uber amazon', 'direkt uns', 'auf unser bankkonto', 'unser bankkonto', 'auf unser konto',
  ],
  newsletter: ['newsletter*', 'mailingliste', 'e mail liste', 'rundbrief'],
  promoVerb: [
    'schauen sie sich', 'schauen sie', 'schauen sie mal', 'werfen sie einen blick', 'entdecken',
    'stobern', 'besuchen sie', 'verpassen sie nicht', 'sichern sie sich',
  ],
  storeNoun: [
    'kollektion*', 'sortiment*', 'shop', 'onlineshop', 'produkte', 'neuheiten', 'bestseller',
    'angebote', 'produktpalette', 'webseite', 'website', 'homepage', '*kollektion',
  ],
  otherProducts: [
    'unsere anderen produkte', 'unsere anderen artikel', 'weitere produkte', 'weiteren produkte',
    'unsere neuen produkte', 'unser sortiment', 'unser gesamtes sortiment',
    'unser komplettes sortiment', 'das konnte ihnen auch gefallen', 'neue kollektion',
    'neuen kollektion', 'neu im sortiment',
  ],
  sale: [
    'sale', 'sonderangebot*', 'rabattaktion*', 'black friday', 'schnappchen', 'exklusive angebote',
    'aktuelle angebote', 'aktuellen angebote', 'sommerschlussverkauf', 'ausverkauf',
  ],
  social: ['folgen sie uns', 'folgt uns', 'finden sie uns auf', 'besuchen sie uns auf'],
  future: [
    'nachste bestellung', 'nachsten bestellung', 'nachsten einkauf', 'nachster einkauf',
    'nachsten kauf', 'zukunftige bestellung*', 'kunftige bestellung*', 'zukunftigen einkauf*',
    'beim nachsten mal', 'nachstes mal', 'ihren nachsten', 'stammkunden', 'treue kunden',
    'bestandskunden',
  ],
  code: [
    'gutscheincode', 'rabattcode', 'aktionscode', 'mit dem code', 'gutschein code', 'rabatt code',
  ],
  phoneCue: [
    'telefon*', 'tel', 'rufnummer', 'telefonnummer', 'handy*', 'mobil*', 'whatsapp', 'hotline',
    'anruf*', 'rufen sie', 'fax', 'erreichen', 'unter der nummer', 'nummer',
  ],
  receive: [
    'erhalten', 'bekommen', 'bekommt', 'erhalt', 'kriegen', 'gibt es', 'gewinnen', 'schicken',
    'senden', 'geben', 'bieten', 'zahlen',
  ],
  and: ['und', 'dann'],
  possessive: ['ihre', 'ihr', 'ihrer', 'ihren', 'die', 'der'],
  toward: ['auf', 'zu'],
  cardCue: ['karte', 'kreditkarte', 'visa', 'mastercard', 'ec karte'],
  identifier: [
    'bestell*', 'sendung*', 'kundennummer', 'kunden nr', 'kundenkonto', 'rechnung*', 'artikel*',
    'serien*', 'paket*', 'auftrag*', 'vorgang*', 'referenz*', 'tracking*', 'ean', 'plz',
    'postleitzahl', 'konto*', 'charge*', 'los', 'modell*', 'bestellung',
  ],
  discount: [
    'rabatt*', '*rabatt', '*gutschein*', '~gutschein', 'nachlass', 'preisnachlass',
    'geschenkkarte*', 'prozent auf',
  ],
};
