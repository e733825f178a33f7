import { PAGE_ACCESS } from '../features/cart-button/transport';
import { actionScreens } from '../features/record-actions/press';
import type { ActionScreens } from '../features/record-actions/run';
import { actionDeps, type PageBase } from './page-deps';

/**
 * What entrypoints/part-act.ts hands the core on a record action's first press: the library's screens, bound to the
 * page's library and card (the press, its outcome, the pickup-place chooser, the hidden-frame transport).
 */
export const ACT_PART = { screens: (base: PageBase): ActionScreens => actionScreens(actionDeps(base, PAGE_ACCESS)) };
export type ActPart = typeof ACT_PART;
