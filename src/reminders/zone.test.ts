import { describe, expect, it } from 'vitest';
import { todayInTokyo } from '../model/dates';

describe('the machine zone', () => {
  it('never changes what day it is in Japan', () => {
    // 20:00 on the 23rd in Los Angeles is already the 24th in Tokyo.
    expect(todayInTokyo(new Date('2026-11-24T04:00:00Z'))).toBe('2026-11-24');
  });

  it.runIf(process.env.TZ === 'America/Los_Angeles')('really runs in Los Angeles in the unit-los-angeles project', () => {
    expect(new Date('2026-11-24T04:00:00Z').getDate()).toBe(23);
  });
});
