import type { LibraryDefinition } from '../core/library';
import { hokkaidoPref } from './hokkaido-pref';
import { hokutoCity } from './hokuto-city';
import { licsxpDemo } from './licsxp-demo';
import { mitoCity } from './mito-city';
import { tochigiPref } from './tochigi-pref';
import { winjDemo } from './winj-demo';

/** Every simulated library by id, in the order `npm run sim` lists them. */
export const LIBRARIES: Record<string, LibraryDefinition<unknown>> = {
  [hokkaidoPref.id]: hokkaidoPref,
  [hokutoCity.id]: hokutoCity,
  [tochigiPref.id]: tochigiPref,
  [mitoCity.id]: mitoCity,
  [licsxpDemo.id]: licsxpDemo,
  [winjDemo.id]: winjDemo,
};
