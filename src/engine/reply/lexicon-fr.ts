/**
 * How French drafts write the concepts the reply rules look for. Elisions are separate words:
 * `bon d'achat` is written `bon d' achat`. @see concepts.ts
 */
import type { PhraseTable } from './concepts.ts';

// A phrase table reads best as wrapped lists, not one phrase per line:
// prettier-ignore
export const french: PhraseTable = {
  benefit: [
    'rembours*', '~remboursement', 'reduction*', 'remise', 'remises', 'rabais', "bon d' achat",
    'bons d achat', "bons d' achat", 'bon de reduction', 'coupon*', 'cadeau*', 'gratuit*', 'offert',
    'offerte', 'offerts', 'dedommag*', 'compensation', 'geste commercial', 'remplacement',
    'produit de remplacement', 'avoir de', 'bon cadeau', 'carte cadeau', 'echantillon*',
    '!reduction de prix sur amazon', 'enverrons … un nouveau', 'enverrons … une nouvelle',
    'envoyons … un nouveau', 'envoyons … une nouvelle', 'envoyer … un nouveau',
    'envoyer … une nouvelle',
  ],
  review: [
    'avis', 'commentaire client', 'commentaires client', 'commentaire sur', 'commentaires sur',
    'avis client', 'avis sur le produit', 'evaluation du produit', 'note du produit',
    '!avis de passage', "!avis d' expedition", '!avis de reception', "!changer d' avis",
    "!changez d' avis", "!change d' avis", "!changiez d' avis", '!a mon avis', '!a notre avis',
    "!l' avis de passage",
  ],
  feedback: [
    '~evaluation', 'evaluations', '~commentaire', '~commentaires', 'noter', 'notez', 'evaluer',
    'evaluez', 'une note', 'votre note', 'bonne note', 'la note', 'note de',
    'evaluation du vendeur', 'retour client', 'feedback',
  ],
  starWord: ['etoile', 'etoiles'],
  topRating: ['note maximale', 'meilleure note', 'note parfaite'],
  positive: [
    'positi*', 'bon', 'bonne', 'bons', 'bonnes', 'excellent*', 'meilleur*', 'favorable*',
    'tres bonne', 'super', 'elogieu*', '!bon d', "!bon d'", '!bon de', '!bon cadeau',
    '!bonne journee', '!bonne reception', '!bonne soiree', '!bonne fin',
  ],
  negative: ['negati*', 'mauvais*', 'defavorable*'],
  post: [
    'laiss*', 'ecri*', 'publi*', 'donn*', 'depos*', 'mett*', 'noter', 'notez', 'attribu*', 'redig*',
    'partag*',
  ],
  change: [
    'modifi*', 'chang*', 'mettre a jour', 'mettez a jour', 'mis a jour', 'revis*', 'revoir',
    'revoyez', 'reconsider*', 'corrig*', 'amelior*', 'passer a', 'passiez a', 'passez a',
    'passer votre', 'passez votre', 'passiez votre', 'rehausser', 'augmenter',
  ],
  delete: [
    'supprim*', '~supprimer', 'retir*', 'effac*', 'enlev*', 'annuler votre avis', 'suppression',
  ],
  warning: [
    'arnaque', 'arnaques', 'escroquerie*', 'fraude', 'frauduleu*', 'hameconnage',
    'pour votre securite', 'attention',
  ],
  payVerb: [
    'payer', 'payez', 'regler', 'reglez', 'paiement', 'paiements', 'virer', 'envoyer de l argent',
    "envoyer de l' argent",
  ],
  instead: ['au lieu de', "au lieu d'", 'plutot que', 'a la place de'],
  only: ['uniquement', 'seulement', 'que si'],
  impossible: [
    'pas possible', 'impossible', 'interdit', 'interdite', 'pas autorise', 'pas accepte',
    'pas acceptes',
  ],
  we: ['nous'],
  cond: [
    'si', 'des que', 'une fois que', 'lorsque', "lorsqu'", 'quand', 'a condition', 'pourvu que',
    'apres que',
  ],
  relative: ['qui', 'quiconque'],
  exchange: [
    'en echange', 'en contrepartie', 'contre', 'en retour', "en echange d'", 'en echange de',
  ],
  forWord: ['pour'],
  thanksFor: [
    'merci pour', 'merci de votre', 'merci de vos', "merci d' avoir", 'merci beaucoup pour',
    'nous vous remercions pour', 'nous vous remercions de votre', 'nous vous remercions d',
  ],
  thanksAs: [
    'pour vous remercier', 'en remerciement', 'en guise de remerciement', 'pour remercier',
  ],
  inReturn: ['en echange', 'en retour', 'en contrepartie'],
  would: ['serions', 'serait', 'ferait', 'feraient', 'aimerions', 'aimerais', 'serais'],
  gratitude: [
    'reconnaissant*', 'ravi', 'ravis', 'ravie', 'heureux', 'heureuse', 'plaisir', 'apprecie*',
    'apprecier*', 'genial', 'super', 'formidable', 'top', 'chouette', 'sympa', 'aider',
  ],
  wish: ['esperons', 'esperant', 'aiderait', 'aideraient', 'nous aiderait', 'souhaiterions'],
  satisfied: [
    'satisfait*', 'content*', 'heureux', 'heureuse', 'plu', 'plait', 'aime', 'aimez', 'ravi',
    'ravie', 'parfait', 'parfaite', 'tout va bien', 'impeccable',
  ],
  request: [
    'merci de', "merci d'", "s' il vous plait", 'svp', 'veuillez', 'pourriez vous', 'pouvez vous',
    'auriez vous', 'voudriez vous', 'vous pouvez', 'vous pourriez', 'vous pourrez',
    'nous vous invitons', 'nous vous demandons', "n' oubliez pas", 'auriez vous la gentillesse',
    'nous vous prions', 'je vous prie', 'vous prions de',
  ],
  negation: [
    'ne', "n'", 'pas', 'jamais', 'aucun*', 'rien', 'ni', 'sans', 'independamment', 'quel que soit',
    'quelle que soit', 'personne',
  ],
  before: ['avant', "avant d'", 'avant de'],
  invite: [
    'contactez nous', 'contactez', 'contacter', 'ecrivez nous', 'ecrivez', 'appelez nous',
    'appelez', "n' hesitez pas", 'dites nous', 'faites nous savoir', 'envoyez nous', 'joignez nous',
    'nous joindre', 'tenez nous au courant', "dans l' attente de votre retour",
    'attendons votre retour', 'revenez vers nous', 'repondez', 'nous ecrire', 'nous contacter',
    'nous appeler', 'nous envoyer', 'nous faire savoir', 'nous dire', 'nous recontacter',
  ],
  askStart: ['pourriez vous', 'pouvez vous', 'voulez vous', 'auriez vous', 'accepteriez vous'],
  payChannel: [
    'virement*', 'virer le', 'virer la', 'virez', 'iban', 'rib', 'paypal*', 'especes', 'en liquide',
    'cheque*', 'lydia', 'western union', 'mandat cash', 'coordonnees bancaires', 'numero de carte',
    'en cash',
  ],
  payDirect: [
    "en dehors d' amazon", "hors d' amazon", 'directement a nous', 'payez nous directement',
    'payer directement', 'sans passer par amazon', "au lieu d' amazon",
    'au lieu de passer par amazon', 'directement aupres de nous', 'pas via amazon',
    'pas par amazon', 'sur notre compte bancaire', 'notre compte bancaire',
  ],
  newsletter: [
    'newsletter*', "lettre d' information", "lettre d' informations", 'liste de diffusion',
    'abonnez vous',
  ],
  promoVerb: [
    'decouvrez', 'decouvrir', 'visitez', 'jetez un oeil', "jetez un coup d' oeil", 'profitez',
    'ne manquez pas', 'rendez vous sur',
  ],
  storeNoun: ['collection*', 'gamme', 'boutique', 'produits', 'catalogue', 'nouveautes', 'site'],
  otherProducts: [
    'nos autres produits', 'nos autres articles', "d' autres produits", 'nos nouveaux produits',
    'toute notre gamme', 'notre gamme', 'nos nouveautes', 'nouvelle collection',
  ],
  sale: [
    'soldes', 'promotions', 'promo', 'offre speciale', 'offres speciales', 'black friday',
    'bons plans', 'ventes privees', 'vente flash',
  ],
  social: ['suivez nous', 'retrouvez nous sur', 'rejoignez nous sur'],
  future: [
    'prochaine commande', 'prochain achat', 'prochaines commandes', 'prochains achats',
    'future commande', 'futurs achats', 'futures commandes', 'prochaine fois', 'clients fideles',
    'nos fideles clients', 'clients reguliers',
  ],
  code: ['code promo', 'code de reduction', 'avec le code', 'code remise', 'code avantage'],
  phoneCue: [
    'telephone', 'tel', 'appel*', 'portable', 'mobile', 'whatsapp', 'hotline', 'joindre',
    'numero de telephone', 'fax', 'standard',
  ],
  receive: [
    'recevez', 'recevrez', 'recevra', 'recoit', 'obtenez', 'obtiendrez', 'gagnez', 'beneficiez',
    'envoyons', 'enverrons', 'offrons', 'offrirons', 'donnons', 'donnerons',
  ],
  and: ['et', 'alors', 'puis'],
  possessive: ['votre', 'vos', 'ce', 'cette', 'la', 'le'],
  toward: ['a'],
  cardCue: ['carte', 'carte bancaire', 'carte de credit', 'visa', 'mastercard'],
  identifier: [
    'commande', 'suivi', 'colis', 'facture', 'reference', 'numero client', 'serie', 'article',
    'dossier', 'expedition', 'modele', 'lot', 'compte', 'code postal',
  ],
  discount: [
    'reduction*', 'remise', 'remises', 'rabais', "bon d' achat", "bons d' achat",
    'bon de reduction', 'carte cadeau', 'bon cadeau', 'coupon*', 'code promo',
  ],
};
