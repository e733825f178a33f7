import { describe, expect, it } from 'vitest';
import { HoldRecord, LoanRecord } from './records';
import { holdAsRead, loanAsRead } from './record-defaults';

const hold = { title: '三体', volume: null, state: 'waiting' as const, stateLabel: '予約中', rank: 3, pickupLocation: '本館', reservedOn: '2026-11-01', pickupDeadline: null };
const loan = { title: '三体', volume: '2', dueDate: '2026-12-07', renewable: true, renewBlockedReason: null };

describe('records as read, without the validator', () => {
  it('fill what a reader left out as the schemas do, and keep what it read', () => {
    expect(holdAsRead(hold)).toEqual(HoldRecord.parse(hold));
    expect(loanAsRead(loan)).toEqual(LoanRecord.parse(loan));
    const full = { ...hold, readyOn: '2026-11-20', bibId: 'b1', holdId: 'h1', canCancel: false };
    expect(holdAsRead(full)).toEqual(HoldRecord.parse(full));
    const fullLoan = { ...loan, loanedOn: '2026-11-10', bibId: 'b2', loanId: 'l1', renewCount: 1, reservedByOthers: false };
    expect(loanAsRead(fullLoan)).toEqual(LoanRecord.parse(fullLoan));
  });

  it('know every field of the schemas (a field added there must be added here)', () => {
    expect(Object.keys(holdAsRead(hold)).sort()).toEqual(Object.keys(HoldRecord.shape).sort());
    expect(Object.keys(loanAsRead(loan)).sort()).toEqual(Object.keys(LoanRecord.shape).sort());
  });
});
