import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '../src/content/parts';
import { PAGE_ACCESS } from '../src/features/cart-button/transport';
import { pickupChoices, runAction, type ActionScreens } from '../src/features/record-actions/run';

export default defineUnlistedScript(() => provide('part-act', { runAction, pickupChoices, ...PAGE_ACCESS } satisfies ActionScreens));
