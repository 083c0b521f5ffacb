/** The kinds of act a trainee can take on a desk task; each becomes engine events (see desk-run.ts). */
export const deskActions = [
  'reply',
  'markNoReplyNeeded',
  'authoriseReturn',
  'uploadInvoice',
  'confirmShipment',
  'answerClaim',
  'answerChargeback',
  'requestFeedbackRemoval',
  'postPublicReply',
  'cancelOrder',
] as const;
