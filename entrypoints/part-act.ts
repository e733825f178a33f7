import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '../src/content/parts';
import { choosePickup, pressAction } from '../src/features/record-actions/press';
import type { ActionScreens } from '../src/features/record-actions/run';

export default defineUnlistedScript(() => provide('part-act', { pressAction, choosePickup } satisfies ActionScreens));
