import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/mirror';
import { ACTION_CLAIM_TTL_MS, ACTION_DONE_TTL_MS, claimRecordAction, finishRecordAction, QUEUED_TTL_MS, queueRecordActions, takeRecordActions } from './action-claims';

const T0 = Date.parse('2026-11-23T10:00:00+09:00');

describe('claims on an action', () => {
  it('lets one click through; a second waits, and a done action is never asked for again', async () => {
    const db = freshDb();
    expect(await claimRecordAction(db, 'lib', 'cancel|三体', T0)).toEqual({ claimed: true, done: false });
    expect(await claimRecordAction(db, 'lib', 'cancel|三体', T0 + 1)).toEqual({ claimed: false, done: false });
    expect(await claimRecordAction(db, 'other', 'cancel|三体', T0 + 1)).toEqual({ claimed: true, done: false });
    await finishRecordAction(db, 'lib', 'cancel|三体', true, T0 + 2);
    expect(await claimRecordAction(db, 'lib', 'cancel|三体', T0 + 3)).toEqual({ claimed: false, done: true });
    expect(await claimRecordAction(db, 'lib', 'cancel|三体', T0 + ACTION_DONE_TTL_MS + 3)).toEqual({ claimed: true, done: false });
  });

  it('frees a failed action at once, and a claim left by a tab that went away after a while', async () => {
    const db = freshDb();
    await claimRecordAction(db, 'lib', 'renew|a', T0);
    await finishRecordAction(db, 'lib', 'renew|a', false, T0 + 1);
    expect(await claimRecordAction(db, 'lib', 'renew|a', T0 + 2)).toEqual({ claimed: true, done: false });
    expect(await claimRecordAction(db, 'lib', 'renew|a', T0 + 2 + ACTION_CLAIM_TTL_MS)).toEqual({ claimed: true, done: false });
  });
});

describe('actions queued by the popup', () => {
  it('are handed out once, fresh ones only', async () => {
    const db = freshDb();
    await queueRecordActions(db, 'lib', [{ action: 'renew', title: 'a', volume: null }], T0);
    await queueRecordActions(db, 'lib', [{ action: 'cancel', title: 'b', volume: '2' }], T0 + QUEUED_TTL_MS - 1);
    expect((await takeRecordActions(db, 'lib', T0 + QUEUED_TTL_MS)).map((q) => q.title)).toEqual(['b']);
    expect(await takeRecordActions(db, 'lib', T0 + QUEUED_TTL_MS)).toEqual([]);
  });
});
