import type { Library } from '../model';
import type { ActionStep, ActionTarget } from './action-types';
import { genericActionStep } from './generic/actions';
import { familyForUrl } from './registry';

export type { ActionStep, ActionTarget, RecordAction } from './action-types';

/**
 * The next press of an action on this screen: the family's own (screens driven by script) or the label-driven one.
 * Null when the screen offers none for this record — never a guess at a row that may be another's.
 */
export function actionStepFor(url: URL, doc: Document, target: ActionTarget, library: Library | null, pressed: readonly string[]): ActionStep | null {
  const family = familyForUrl(url, library);
  const own = family?.actionStep?.(url, doc, target, pressed);
  return own !== undefined ? own : genericActionStep(url, doc, target, pressed);
}
