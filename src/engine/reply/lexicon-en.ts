/** How English drafts write the concepts the reply rules look for. @see concepts.ts */
import type { PhraseTable } from './concepts.ts';

// A phrase table reads best as wrapped lists, not one phrase per line:
// prettier-ignore
export const english: PhraseTable = {
  benefit: [
    '~refund', '~refunds', 'refunded', 'refunding', 'reimburse*', 'money back', '~discount',
    'discounts', 'discounted', '~voucher', 'vouchers', '~coupon', 'coupons', 'gift', 'gifts',
    'gift card*', 'giftcard*', 'free', 'freebie*', 'compensation', 'compensate*', 'credit',
    'credited', 'store credit', 'bonus', 'reward', 'rewards', 'cashback', 'cash back',
    'replacement', 'replacements', 'goodwill', 'for nothing', '!feel free', '!free to',
    '!credit card*', '!credit note', '!free time', '!toll free', 'send … a new', 'give … a new',
    'ship … a new', 'send … new', 'a brand new',
  ],
  review: [
    '~review', '~reviews', 'product review*', 'customer review*', 'testimonial*', '!to review',
    '!will review', "!we'll review", '!we review', '!review your case', '!review the case',
    '!review your request', '!review your claim', '!review it', '!review them',
    '!review the photos', '!review your photos', '!under review', '!review process',
    '!review of your case', '!review your return',
  ],
  feedback: [
    '~feedback', 'rating', 'ratings', 'rate us', 'rate our', 'seller rating*', 'seller feedback',
    'comment', 'comments', 'evaluation', 'evaluations',
  ],
  starWord: ['star', 'stars', 'starred', '*star', '*stars'],
  topRating: [
    'full marks', 'top marks', 'top rating', 'highest rating', 'best rating', 'perfect score',
  ],
  positive: [
    'positive', 'good', 'great', 'glowing', 'excellent', 'favourable', 'favorable', 'nice', 'top',
    'perfect', 'better', 'best', 'amazing', 'awesome', 'fantastic', 'stellar',
  ],
  negative: ['negative', 'bad', 'poor', 'critical', 'unfavourable', 'unfavorable', 'low'],
  post: [
    'leave', 'leaving', 'left', 'write', 'writing', 'writes', 'wrote', 'post', 'posting', 'posts',
    'give', 'giving', 'gives', 'submit*', 'share', 'rate', 'rating us', 'publish*', 'add', 'put up',
    'drop us',
  ],
  change: [
    'change', 'changing', 'changed', 'changes', 'update', 'updating', 'updated', 'edit', 'editing',
    'edited', 'revise*', 'revising', 'amend*', 'modify*', 'modified', 'adjust*', 'improve',
    'improving', 'raise', 'raising', 'upgrade*', 'reconsider*', 'rethink', 'correct', 'correcting',
    'turn it into', 'bump',
  ],
  delete: [
    '~delete', 'deleted', 'deleting', 'remove', 'removed', 'removing', 'removal', 'withdraw*',
    'retract*', 'take down', 'taking down', 'take it down', 'took down', 'taken down', 'erase*',
    'get rid of', 'take back', 'taking back', 'take … down', 'taking … down', 'take … off',
    'pull … down',
  ],
  warning: [
    'scam', 'scams', 'fraud', 'fraudulent', 'phishing', 'fake', 'for your safety',
    'for your own safety', 'to be safe',
  ],
  payVerb: [
    'pay', 'paying', 'send money', 'send the money', 'transfer', 'wire', 'payment', 'payments',
  ],
  instead: ['instead of', 'rather than', 'in place of'],
  only: ['only', 'just'],
  impossible: [
    'not possible', 'impossible', 'not allowed', 'not permitted', 'not accepted', 'prohibited',
    'forbidden', 'not an option',
  ],
  we: ['we', "we'll", "we've", 'us'],
  cond: [
    'if', 'once', 'as soon as', 'when', 'whenever', 'after', 'provided', 'as long as',
    'on condition',
  ],
  relative: ['who', 'whoever', 'anyone who', 'everyone who'],
  exchange: ['in exchange', 'in return', 'as a reward for', 'in exchange for', 'in return for'],
  forWord: ['for'],
  thanksFor: [
    'thank you for', 'thanks for', 'thank you very much for', 'many thanks for',
    'thank you so much for', 'thanks a lot for', 'we thank you for',
  ],
  thanksAs: [
    'as a thank you', 'as thanks', 'as a reward', 'as a token of', 'to thank you',
    'to say thank you',
  ],
  inReturn: ['in return', 'in exchange'],
  would: ['would', "we'd", "i'd", 'could', 'will', "we'll"],
  gratitude: [
    'grateful', 'appreciate', 'appreciated', 'thankful', 'happy', 'glad', 'pleased', 'delighted',
    'love', 'like', 'mean a lot', 'help', 'great', 'wonderful', 'fantastic', 'awesome', 'amazing',
    'nice', 'lovely', 'thrilled',
  ],
  wish: [
    'hope', 'hoping', 'hopefully', 'we wish', 'looking forward to', 'look forward to', 'would help',
  ],
  satisfied: [
    'satisfied', 'happy', 'pleased', 'like', 'liked', 'love', 'loved', 'enjoy', 'enjoyed',
    'enjoying', 'content', 'delighted', 'perfect', 'perfectly', 'all good', 'fine', 'great',
    '!feel like', '!would like', "!'d like", '!you like ,', '!you wish', "!you'd like",
    "!we'd like", "!i'd like", '!like ,',
  ],
  request: [
    '~please', 'pls', 'plz', 'kindly', 'could you', 'would you', 'can you', 'will you',
    'would you mind', 'we ask you', 'we kindly ask', 'we would ask', 'may we ask', 'you can',
    'you could', 'you may', 'why not', "don't forget", 'do not forget', 'remember to', 'be sure to',
    'make sure to', 'we invite you',
  ],
  negation: [
    'not', 'never', 'no', 'nor', 'neither', 'without', 'regardless', 'irrespective', "don't",
    "doesn't", "didn't", "won't", "wouldn't", "can't", 'cannot', "shouldn't", "isn't", "aren't",
    "mustn't", "needn't", 'nothing',
  ],
  before: ['before', 'prior to'],
  invite: [
    'contact us', 'contact our', 'contact me', 'write to us', 'write us', 'email us', 'e mail us',
    'mail us', 'message us', 'call us', 'phone us', 'ring us', 'text us', 'reach us', 'reach out',
    'get in touch', 'drop us', 'let us know', 'tell us', 'send us', 'feel free', "don't hesitate",
    'do not hesitate', 'hear from you', 'get back to us', 'you can call', 'you can contact',
    'you can reach', 'you can write', 'give us a call', 'reply to this', 'answer this',
  ],
  askStart: ['could you', 'would you', 'can you', 'will you', 'may we', 'might you'],
  payChannel: [
    'bank transfer*', 'wire transfer*', 'wire the', 'wire it', 'wire us', 'transfer the money',
    'transfer the amount', 'transfer the balance', 'transfer the difference', 'transfer the rest',
    'transfer the remaining', 'transfer the sum', 'money transfer', 'iban', 'bic', 'swift code',
    'paypal*', 'western union', 'moneygram', 'venmo', 'revolut', 'zelle', 'bitcoin*', 'crypto*',
    'cash', 'in cash', 'cheque*', 'bank details', 'card details', 'card number', 'sort code',
    '!cash back',
  ],
  payDirect: [
    'pay us directly', 'pay directly', 'paying directly', 'directly to us', 'outside amazon',
    'outside of amazon', 'off amazon', 'bypass amazon', 'bypassing amazon', 'instead of amazon',
    'instead of through amazon', 'instead of via amazon', 'without amazon', 'buy directly from us',
    'directly from us', 'not through amazon', 'not via amazon', 'directly to our',
    'to our bank account', 'into our bank account', 'our bank account', 'into our account',
  ],
  newsletter: [
    'newsletter*', 'mailing list', 'email list', 'e mail list', 'sign up for our',
    'subscribe to our',
  ],
  promoVerb: [
    'check out', 'take a look', 'have a look', 'look at our', 'look in our', 'visit', 'discover',
    'browse', 'explore', "don't miss", 'do not miss', 'shop our', 'see all our', 'see our', 'grab',
    'treat yourself',
  ],
  storeNoun: [
    'collection*', 'range', 'assortment', 'catalog*', 'catalogue*', 'shop', 'store', 'storefront',
    'products', 'bestseller*', 'best sellers', 'new arrivals', 'website', 'site', 'line',
  ],
  otherProducts: [
    'our other products', 'our other items', 'other products from us', 'more great products',
    'more products', 'you might also like', 'you may also like', 'our new products', 'new products',
    'our latest products', 'our whole range', 'our full range', 'our entire range', 'just launched',
    'new range', 'new collection', 'newly launched',
  ],
  sale: [
    'sale', 'sales event', 'deals', 'special offer*', 'black friday', 'cyber monday',
    'limited time', 'flash sale', 'clearance', 'exclusive offer*', '% off everything', '!on sale',
  ],
  social: ['follow us', 'like us on', 'find us on', 'join us on', 'follow our'],
  future: [
    'next order', 'next purchase', 'future order*', 'future purchase*', 'next time you order',
    'next time you shop', 'your next', 'next time', 'returning customers', 'returning customer',
    'loyal customers', 'regular customers',
  ],
  code: [
    'discount code', 'promo code', 'promotional code', 'coupon code', 'voucher code', 'use code',
    'with code', 'with the code', 'using code',
  ],
  phoneCue: [
    'phone', 'telephone', 'tel', 'call', 'calling', 'ring', 'mobile', 'cell', 'whatsapp', 'hotline',
    'helpline', 'fax', 'sms', 'text me', 'text us', 'reach us', 'reach me', 'our number',
    'my number', 'phone number',
  ],
  receive: [
    'get', 'receive', 'receives', 'gets', 'earn', 'earns', 'win', 'send', 'give', 'offer', 'pay',
    'provide',
  ],
  and: ['and', '&', 'then'],
  possessive: ['your', 'the'],
  toward: ['to', 'into'],
  cardCue: ['card', 'credit card', 'visa', 'mastercard', 'amex'],
  identifier: [
    'order', 'orders', 'tracking', 'parcel', 'package', 'customer number', 'customer no',
    'customer id', 'invoice', 'reference', 'ref', 'serial', 'sn', 'ean', 'asin', 'sku', 'article',
    'item', 'model', 'case', 'ticket', 'shipment', 'consignment', 'postcode', 'zip', 'account',
    'iban', 'batch', 'lot', 'id', 'code',
  ],
  discount: [
    '~discount', 'discounts', '~voucher', 'vouchers', '~coupon', 'coupons', 'gift card*',
    'giftcard*', 'gift voucher*', '% off', 'off your', 'store credit', 'promo*',
  ],
};
