import { browser } from 'wxt/browser';
import type { MirrorDb } from '../mirror/db';
import { badgeState } from '../mirror/queries';
import { addDays, todayInTokyo } from '../model/dates';

const URGENT = '#c62828';
const CALM = '#2e7d32';

/** Toolbar badge: the number of ready holds, red when one must be picked up today or tomorrow. */
export async function refreshBadge(db: MirrorDb, now: Date): Promise<void> {
  const today = todayInTokyo(now);
  const { ready, urgent } = await badgeState(db, today, addDays(today, 1));
  await browser.action.setBadgeText({ text: ready > 0 ? String(ready) : '' });
  await browser.action.setBadgeBackgroundColor({ color: urgent ? URGENT : CALM });
}
