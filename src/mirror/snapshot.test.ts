import { describe, expect, it } from 'vitest';
import type { Library } from '../model';
import type { PageReading } from '../opac/types';
import { snapshotOf } from './snapshot';

const library = { id: 'mito-city' } as Library;
const reading = (extra: Partial<PageReading>): PageReading => ({
  family: 'generic', library: 'mito-city', page: 'holds', holds: [], loans: [], items: [], cart: [], notUnderstood: null, ...extra,
});

describe('snapshotOf', () => {
  it('sends an empty holds list when the page really says there are none', () => {
    expect(snapshotOf(reading({}), library, null, 'https://x.jp/h', 5, '2026-11-23')).toMatchObject({ page: 'holds', holds: [], libraryId: 'mito-city', takenAt: 5 });
  });

  it('sends nothing from a page the reader did not understand: an empty list there is not the truth', () => {
    expect(snapshotOf(reading({ notUnderstood: { reason: 'no rows read', labels: ['書名'] } }), library, null, 'https://x.jp/h', 5, '2026-11-23')).toBeNull();
  });

  it('sends nothing from a result page with no records, and records from any page that has them', () => {
    expect(snapshotOf(reading({ page: 'results' }), library, null, 'https://x.jp/r', 5, '2026-11-23')).toBeNull();
    const withHold = reading({ page: 'other', holds: [{ title: 'A', volume: null, state: 'ready', stateLabel: '受取可', rank: null, pickupLocation: null, reservedOn: null, pickupDeadline: null }] });
    expect(snapshotOf(withHold, library, 'card', 'https://x.jp/top', 5, '2026-11-23')?.holds).toHaveLength(1);
  });
});
