// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureSim } from '../../../test/helpers/features';
import { loanBadges } from '.';

const TODAY = '2026-11-23';
const { loggedIn, libraryAt, mount } = featureSim(['mito-city'], TODAY);

describe('loan badges', () => {
  it('shows days to the due date and why a reserved loan cannot be renewed (水戸)', async () => {
    const library = libraryAt('mito-city');
    const browser = await loggedIn('mito-city', '99990001', 'mito', {
      loans: [{ id: '1000301', lentOn: '2026-11-16', due: '2026-11-30' }, { id: '1000302', lentOn: '2026-11-16', due: '2026-11-30', reservedByOthers: true }],
    });
    const { badges } = await mount(loanBadges, await browser.get('/toshokan/user/lend'), library);
    expect(badges()).toHaveLength(2);
    expect(badges().every((b) => b.startsWith('返却まで7日 · 11/30(月)'))).toBe(true);
    expect(badges().some((b) => b.includes('延長不可: 予約あり'))).toBe(true);
  });
});
