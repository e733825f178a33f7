import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/mirror';
import { writeSetting } from '../mirror/settings';
import { featureSwitches } from './switches';

describe('feature switches', () => {
  it('turns every feature on unless switched off', async () => {
    const db = freshDb();
    expect(await featureSwitches(db)).toEqual({ 'cart-button': true, markers: true, 'deadline-badges': true, 'loan-badges': true, series: true, 'record-actions': true });
    await writeSetting(db, 'features', { series: false, retired: false });
    expect(await featureSwitches(db)).toMatchObject({ series: false, markers: true });
    expect(await featureSwitches(db)).not.toHaveProperty('retired');
  });
});
