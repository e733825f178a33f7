import type { HoldRecord, HoldRecordInput, LoanRecord, LoanRecordInput } from './records';

// The content script carries no validator (the background validates every snapshot it is sent): these give a record
// as read the fields its schema fills when a reader leaves them out, exactly as the schema does
// (src/model/record-defaults.test.ts holds them to it).

export const holdAsRead = (raw: HoldRecordInput): HoldRecord => ({
  ...raw,
  readyOn: raw.readyOn ?? null,
  bibId: raw.bibId ?? null,
  holdId: raw.holdId ?? null,
  canCancel: raw.canCancel ?? null,
});

export const loanAsRead = (raw: LoanRecordInput): LoanRecord => ({
  ...raw,
  loanedOn: raw.loanedOn ?? null,
  bibId: raw.bibId ?? null,
  loanId: raw.loanId ?? null,
  renewCount: raw.renewCount ?? null,
  reservedByOthers: raw.reservedByOthers ?? null,
});
