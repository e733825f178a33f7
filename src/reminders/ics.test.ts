import { describe, expect, it } from 'vitest';
import { calendarIcs, escapeText, foldLine } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('calendar (.ics)', () => {
  it('escapes text as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'受取期限'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes all-day events on the Tokyo day, with CRLF line ends', () => {
    const ics = calendarIcs([{ uid: 'k|pickup@uketori', date: '2026-12-31', summary: '受取期限（推定）: 三体, 上', description: '北海道立図書館\n本館' }], Date.UTC(2026, 10, 23, 1, 2, 3));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n')).toEqual(expect.arrayContaining([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-TIMEZONE:Asia/Tokyo', 'BEGIN:VEVENT', 'UID:k|pickup@uketori', 'DTSTAMP:20261123T010203Z',
      'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270101', 'SUMMARY:受取期限（推定）: 三体\\, 上', 'DESCRIPTION:北海道立図書館\\n本館', 'END:VEVENT',
    ]));
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
