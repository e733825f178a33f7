import { shortDate } from '../../model/format';
import type { ActionTarget } from '../../opac/actions';
import { ownedButton, ownedElement } from '../feature';
import { t } from '../i18n';
import { addPending } from '../intents';
import { pickupChoices, runAction, type ActionDeps, type ActionResult, type ActionScreens, type ActionSite } from './run';
import { RECORD_ACTIONS, showFailed, showNoPlaces } from './status';

// What happens once a record action's button is pressed: the press itself, its outcome beside the button and the
// pickup-place chooser. Only part-act carries this module (entrypoints/part-act.ts); the core mounts the buttons.

/** Run one action on one record and show its outcome; the core has already shown that it is working. */
export async function pressAction(site: ActionSite, target: ActionTarget, key: string, button: HTMLButtonElement, status: HTMLElement, actions: ActionDeps): Promise<void> {
  const result = await runAction(site.url.href, target, site.library, actions).catch((error: unknown): ActionResult => ({ kind: 'failed', reason: String(error) }));
  render(site, target, key, button, status, result);
}

/** 受取場所の変更: the places the library's own screen offers, chosen in a list of ours, then the change run. */
export async function choosePickup(site: ActionSite, target: ActionTarget, open: HTMLButtonElement, status: HTMLElement, actions: ActionDeps): Promise<void> {
  const { doc } = site;
  const places = await pickupChoices(site.url, doc, target, site.library, actions).catch(() => []);
  if (places.length === 0) return showNoPlaces(open, status);
  const select = ownedElement(doc, RECORD_ACTIONS, 'select');
  select.dataset.pickup = 'choice';
  for (const place of places) select.append(ownedElement(doc, RECORD_ACTIONS, 'option', place));
  const go = ownedButton(doc, RECORD_ACTIONS, t('actionChangeGo'), { confirm: 'change' });
  status.replaceChildren(select, go);
  go.addEventListener('click', () => {
    const chosen: ActionTarget = { ...target, pickup: select.value };
    const key = `${chosen.action}|${chosen.title}|${chosen.volume ?? ''}`;
    go.disabled = true;
    status.replaceChildren(t('actionWorking'));
    void pressAction(site, chosen, key, open, status, actions);
  }, { signal: site.signal, once: true });
}

/** The words for an outcome, in the browser's language, with the library's own message where it gave one. */
export function resultText(target: ActionTarget, result: ActionResult): string {
  switch (result.kind) {
    case 'done':
      if (target.action === 'renew') return result.dueDate ? t('actionRenewed', shortDate(result.dueDate)) : t('actionDone');
      if (target.action === 'change_pickup') return t('actionChanged', result.pickup ?? target.pickup ?? '');
      return t('actionCancelled');
    case 'already_done': return t('actionAlreadyDone');
    case 'in_progress': return t('actionInProgress');
    case 'refused': return t('actionRefused', result.message);
    case 'needs_login': return t('actionNeedsLogin');
    case 'failed': return t('actionFailed', result.reason);
  }
}

/** The outcome beside the button: a failure offers it again, a log-in link returns to this action after logging in. */
function render(site: ActionSite, target: ActionTarget, key: string, button: HTMLButtonElement, status: HTMLElement, result: ActionResult): void {
  if (result.kind === 'failed') return showFailed(button, status, resultText(target, result));
  status.dataset.kind = result.kind;
  status.replaceChildren(resultText(target, result));
  if (result.kind === 'needs_login') {
    const login = ownedElement(site.doc, RECORD_ACTIONS, 'a', t('actionLogIn'));
    login.className = 'uketori-btn';
    login.href = result.loginUrl;
    login.addEventListener('click', () => addPending(site.doc, 'pendingAction', key), { signal: site.signal });
    status.append(' ', login);
  }
  button.remove();
}

/** The screens as part-act hands them to the record actions, bound to the library's pages and the mirror's claims. */
export function actionScreens(actions: ActionDeps): ActionScreens {
  return {
    pressAction: (site, target, key, button, status) => pressAction(site, target, key, button, status, actions),
    choosePickup: (site, target, open, status) => choosePickup(site, target, open, status, actions),
  };
}
