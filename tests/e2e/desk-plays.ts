/**
 * A good play of each scenario: the acts a trainee who knows the rules takes, in order, each as
 * [intended local time, action, subject, choice?, tracking id?]. The browser test performs each
 * act as soon as its task is in the inbox, so the intended time is a guide, not a requirement.
 */
export type GoodAct = [string, string, string, string?, string?];

export const GOOD_PLAYS: Record<string, GoodAct[]> = {
  'first-shift-return-and-question': [
    ['2026-03-09T09:00:00+01:00', 'authoriseReturn', 'RR-2210934'],
    ['2026-03-09T10:00:00+01:00', 'reply', 'MSG-88121', 'label-and-steps'],
  ],
  'thank-you-notes': [
    ['2026-06-09T08:50:00+02:00', 'markNoReplyNeeded', 'msg-5710284'],
    ['2026-06-09T10:10:00+02:00', 'reply', 'msg-5710391', 'clear-answer'],
    ['2026-06-09T13:30:00+02:00', 'markNoReplyNeeded', 'msg-5710467'],
  ],
  'sunday-message': [
    ['2026-09-06T10:05:00+02:00', 'reply', 'msg-6120931', 'facts-and-follow-up'],
    ['2026-09-06T16:50:00+02:00', 'reply', 'msg-6121207', 'yes-card'],
  ],
  'return-requests-48-hours': [
    ['2026-05-04T08:30:00+02:00', 'authoriseReturn', 'ret-R8aK2pQ7'],
    ['2026-05-04T10:40:00+02:00', 'authoriseReturn', 'ret-T3mW9xD1'],
    ['2026-05-04T10:45:00+02:00', 'reply', 'msg-4471802', 'label-any-box'],
    ['2026-05-04T13:20:00+02:00', 'reply', 'msg-4472356', 'refund-today'],
  ],
  'shipped-without-tracking': [
    ['2026-02-10T09:45:00+01:00', 'reply', 'msg-7730518', 'honest-offer'],
    ['2026-02-10T14:00:00+01:00', 'confirmShipment', '302-6120954-4478391', 'dhl-tracked', ''],
    ['2026-02-11T14:30:00+01:00', 'reply', 'msg-7731042', 'with-tracking'],
  ],
  'friday-invoices-clock-change': [
    ['2026-03-27T16:00:00+01:00', 'uploadInvoice', '302-1184503-6627310', 'monday'],
    ['2026-03-27T16:05:00+01:00', 'uploadInvoice', '302-7702918-3345186'],
    ['2026-03-28T11:00:00+01:00', 'reply', 'msg-3280417', 'upload-in-amazon'],
  ],
  'invoice-before-a-holiday': [
    ['2026-07-13T11:20:00+02:00', 'reply', 'msg-9130552', 'upload-today'],
    [
      '2026-07-13T14:00:00+02:00',
      'confirmShipment',
      '405-2207731-9018452',
      'tuesday',
      '6A12345678902',
    ],
    ['2026-07-13T16:00:00+02:00', 'uploadInvoice', '402-5518320-7741096'],
    ['2026-07-13T16:05:00+02:00', 'uploadInvoice', '405-2207731-9018452'],
  ],
  'fba-feedback-removal': [
    ['2026-04-16T10:00:00+02:00', 'requestFeedbackRemoval', 'fb-8841027', 'fulfilled-by-amazon'],
    ['2026-04-16T11:30:00+02:00', 'reply', 'msg-8842113', 'amazon-handles-delivery'],
    ['2026-04-17T10:30:00+02:00', 'reply', 'msg-8843350', 'amazon-return'],
  ],
  'phone-number-in-feedback': [
    ['2026-10-14T08:40:00+02:00', 'requestFeedbackRemoval', 'fb-1014073', 'personal-information'],
    ['2026-10-14T08:50:00+02:00', 'reply', 'msg-1014118', 'replace-no-strings'],
    ['2026-10-14T14:00:00+02:00', 'postPublicReply', 'fb-1014562', 'factual'],
  ],
  'product-complaint-in-seller-feedback': [
    ['2026-11-09T09:30:00+01:00', 'requestFeedbackRemoval', 'fb-1109274', 'product-only'],
    ['2026-11-09T11:00:00+01:00', 'reply', 'msg-1109583', 'honest-fix'],
  ],
  'service-and-fraud-chargebacks': [
    ['2026-11-02T09:40:00+01:00', 'answerChargeback', 'cb-5521904', 'proof'],
    ['2026-11-02T11:00:00+01:00', 'answerChargeback', 'cb-5522317', 'facts-fraud'],
    ['2026-11-02T11:45:00+01:00', 'reply', 'msg-5522486', 'amazon-address-only'],
    [
      '2026-11-02T15:00:00+01:00',
      'confirmShipment',
      '302-4918706-2257133',
      'amazon-address-signature',
      '',
    ],
  ],
  'payment-outside-amazon': [
    ['2026-06-17T09:20:00+02:00', 'reply', 'msg-6170914', 'amazon-only'],
    ['2026-06-17T11:00:00+02:00', 'cancelOrder', '302-0954417-8820376', 'honest-cancel'],
    ['2026-06-18T15:30:00+02:00', 'reply', 'msg-6181520', 'no-benefits'],
  ],
  'public-reply-drafts': [
    ['2026-09-15T10:00:00+02:00', 'postPublicReply', 'fb-9150930', 'factual'],
    ['2026-09-15T14:30:00+02:00', 'postPublicReply', 'fb-9151415', 'factual'],
    ['2026-09-16T10:20:00+02:00', 'reply', 'msg-9161005', 'no-strings'],
  ],
  'odr-one-more-defect-breaches': [
    ['2026-08-10T11:15:00+02:00', 'authoriseReturn', 'ret-W2fL8nB5'],
    ['2026-08-10T14:10:00+02:00', 'answerChargeback', 'cb-8101400', 'facts-no-panic'],
    ['2026-08-11T09:30:00+02:00', 'requestFeedbackRemoval', 'fb-8110915'],
    ['2026-08-11T16:45:00+02:00', 'reply', 'msg-8111630', 'investigate'],
  ],
  'fba-feedback-policy-check': [
    ['2026-11-16T09:45:00+01:00', 'requestFeedbackRemoval', 'fb-1116093', 'line-through'],
    ['2026-11-16T11:30:00+01:00', 'postPublicReply', 'fb-1116111', 'honest'],
    ['2026-11-17T10:15:00+01:00', 'reply', 'msg-1171000', 'send-eu-charger'],
  ],
};
