import type { HoldRecordInput, Library } from '../../model';
import { shortDate } from '../../model/format';
import { displayTitle } from '../../model/text';
import { actionStepFor, type ActionTarget, type RecordAction } from '../../opac/actions';
import { renewalVerdict } from '../../reminders/renewal';
import { defineFeature, ownedElement, placeAfter, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { addPending, takePending } from '../intents';
import { locator } from '../locate';
import type { FeatureServices } from '../services';
import type { ActionResult } from './run';
import { contactsFor } from './words';

export const RECORD_ACTIONS = 'record-actions';

/** The action that waits for the patron to log in (page-origin session storage, no personal data, short-lived). */

/**
 * Renew a loan, cancel a hold or change its pickup place from the library's own lists, through the library's own
 * screens; and, where only the library can, its words and the number to call.
 */
export const recordActions = defineFeature({
  id: RECORD_ACTIONS,
  pages: ['holds', 'loans'],
  nameKey: 'featureRecordActions',
  needs: ['actions', 'actionScreens', 'cardName', 'queuedActions'],
  // Not in the first paint: nothing here is needed before the page's own badges (uketori:badges), and a 取消 is claimed
  // against the mirror; it mounts once the background has answered, in the pass that adds the mirror's refinements.
  mirror: 'required',
  async mount(ctx, { actions, actionScreens, cardName, queuedActions }) {
    const acting: Acting = { actions, actionScreens };
    const locate = locator(ctx.doc);
    const pending = takePending(ctx.doc, 'pendingAction');
    const card = await cardName().catch(() => null);
    const controls: Array<{ key: string; run(confirmed?: boolean): void }> = [];
    // First what the library's page offers for each record, then the controls: the page is read unchanged.
    if (ctx.reading.page === 'loans') {
      const offered = ctx.reading.loans.flatMap((loan) => {
        const anchor = outsideLink(locate.title(loan.title));
        const target: ActionTarget = { action: 'renew', title: loan.title, volume: loan.volume, recordId: loan.loanId ?? null, pickup: null, due: loan.dueDate };
        if (!anchor || renewalVerdict(loan, ctx.library.rules.renewal, ctx.today).renewable === false) return [];
        return actionStepFor(ctx.url, ctx.doc, target, ctx.library, []) ? [{ anchor, target }] : [];
      });
      for (const { anchor, target } of offered) controls.push(mountAction(ctx, anchor, target, acting, null));
    } else {
      const offered = ctx.reading.holds.flatMap((hold) => {
        const anchor = outsideLink(locate.title(hold.title));
        if (!anchor || hold.state === 'cancelled') return [];
        const cancel: ActionTarget = { action: 'cancel', title: hold.title, volume: hold.volume, recordId: hold.holdId ?? null, pickup: null };
        const change: ActionTarget = { ...cancel, action: 'change_pickup' };
        const canCancel = actionStepFor(ctx.url, ctx.doc, cancel, ctx.library, []) !== null;
        const canChange = actionStepFor(ctx.url, ctx.doc, change, ctx.library, []) !== null;
        return [{ hold, anchor, cancel, change, canCancel, canChange, words: canCancel ? null : (hold.libraryNote ?? null) }];
      });
      for (const { hold, anchor, cancel, change, canCancel, canChange, words } of offered) {
        if (canCancel) controls.push(mountAction(ctx, anchor, cancel, acting, confirmText(displayTitle(hold), card, ctx.library)));
        if (canChange) mountChange(ctx, anchor, change, acting);
        if (!canCancel) mountLibraryOnly(ctx, anchor, hold, words);
      }
    }
    for (const control of controls) if (pending.has(control.key)) control.run();
    // What the popup asked for: a renewal runs at once, a 取消 the patron already confirmed there in Uketori's words.
    const queued = await queuedActions().catch(() => []);
    for (const q of queued) {
      const key = `${q.action}|${q.title}|${q.volume ?? ''}`;
      controls.find((c) => c.key === key)?.run(true);
    }
  },
});

/** A title shown as a link gets our controls after the link, never inside it (a click would follow the link). */
function outsideLink(el: Element | null): Element | null {
  return el?.closest('a') ?? el;
}

function confirmText(title: string, card: string | null, library: Library): string {
  return t('actionConfirmCancel', title, card ?? t('actionCardUnknown'), library.name);
}

const actionLabel: Record<RecordAction, string> = { renew: 'actionRenew', cancel: 'actionCancel', change_pickup: 'actionChange' };

/** One button for one action on one record, with its outcome shown beside it; a 取消 asks first, in Uketori's words. */
/** The library's screens and the code that goes through them, loaded on the first press (part-act). */
type Acting = Pick<FeatureServices, 'actions' | 'actionScreens'>;

function mountAction(ctx: FeatureContext, anchor: Element, target: ActionTarget, deps: Acting, ask: string | null): { key: string; run(confirmed?: boolean): void } {
  const { doc } = ctx;
  const button = ownedElement(doc, RECORD_ACTIONS, 'button', t(actionLabel[target.action]));
  button.type = 'button';
  button.className = 'uketori-btn';
  button.dataset.action = target.action;
  button.setAttribute('aria-label', t(`${actionLabel[target.action]}Label`, target.title));
  const status = ownedElement(doc, RECORD_ACTIONS, 'span');
  status.className = 'uketori-status';
  status.setAttribute('role', 'status');
  status.dataset.action = target.action;
  placeAfter(anchor, button, status);
  const key = `${target.action}|${target.title}|${target.volume ?? ''}`;
  let busy = false;
  const go = async () => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    status.replaceChildren(t('actionWorking'));
    delete status.dataset.kind;
    const result = await deps.actionScreens().then((s) => s.runAction(ctx.url.href, target, ctx.library, deps.actions)).catch((error: unknown): ActionResult => ({ kind: 'failed', reason: String(error) }));
    busy = false;
    render(ctx, target, key, button, status, result);
  };
  const run = (confirmed = false) => {
    if (!ask || confirmed) return void go();
    if (status.querySelector('[data-confirm]')) return;
    const yes = ownedElement(doc, RECORD_ACTIONS, 'button', t('actionConfirmYes'));
    yes.type = 'button';
    yes.className = 'uketori-btn';
    yes.dataset.confirm = 'yes';
    const no = ownedElement(doc, RECORD_ACTIONS, 'button', t('actionConfirmNo'));
    no.type = 'button';
    no.className = 'uketori-btn';
    no.dataset.confirm = 'no';
    status.replaceChildren(ask, ' ', yes, no);
    yes.addEventListener('click', () => void go(), { signal: ctx.signal, once: true });
    no.addEventListener('click', () => status.replaceChildren(), { signal: ctx.signal, once: true });
  };
  button.addEventListener('click', () => run(), { signal: ctx.signal });
  return { key, run };
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

function render(ctx: FeatureContext, target: ActionTarget, key: string, button: HTMLButtonElement, status: HTMLElement, result: ActionResult): void {
  status.dataset.kind = result.kind;
  status.replaceChildren(resultText(target, result));
  if (result.kind === 'failed') {
    button.textContent = t('actionRetry');
    button.disabled = false;
  } else if (result.kind === 'needs_login') {
    const login = ownedElement(ctx.doc, RECORD_ACTIONS, 'a', t('actionLogIn'));
    login.className = 'uketori-btn';
    login.href = result.loginUrl;
    login.addEventListener('click', () => addPending(ctx.doc, 'pendingAction', key), { signal: ctx.signal });
    status.append(' ', login);
    button.remove();
  } else {
    button.remove();
  }
}

/** 受取場所の変更: the places the library's own screen offers, chosen in a list of ours. */
function mountChange(ctx: FeatureContext, anchor: Element, target: ActionTarget, deps: Acting): void {
  const { doc } = ctx;
  const open = ownedElement(doc, RECORD_ACTIONS, 'button', t('actionChange'));
  open.type = 'button';
  open.className = 'uketori-btn';
  open.dataset.action = 'change_pickup';
  const status = ownedElement(doc, RECORD_ACTIONS, 'span');
  status.className = 'uketori-status';
  status.setAttribute('role', 'status');
  status.dataset.action = 'change_pickup';
  placeAfter(anchor, open, status);
  open.addEventListener('click', () => void (async () => {
    open.disabled = true;
    status.replaceChildren(t('actionWorking'));
    const places = await deps.actionScreens().then((s) => s.pickupChoices(ctx.url, doc, target, ctx.library, deps.actions)).catch(() => []);
    if (places.length === 0) {
      status.dataset.kind = 'failed';
      status.replaceChildren(t('actionFailed', t('actionNoPlaces')));
      open.disabled = false;
      return;
    }
    const select = ownedElement(doc, RECORD_ACTIONS, 'select');
    select.dataset.pickup = 'choice';
    for (const place of places) select.append(ownedElement(doc, RECORD_ACTIONS, 'option', place));
    const go = ownedElement(doc, RECORD_ACTIONS, 'button', t('actionChangeGo'));
    go.type = 'button';
    go.className = 'uketori-btn';
    go.dataset.confirm = 'change';
    status.replaceChildren(select, go);
    go.addEventListener('click', () => {
      const chosen: ActionTarget = { ...target, pickup: select.value };
      const key = `${chosen.action}|${chosen.title}|${chosen.volume ?? ''}`;
      go.disabled = true;
      status.replaceChildren(t('actionWorking'));
      void deps.actionScreens().then((s) => s.runAction(ctx.url.href, chosen, ctx.library, deps.actions))
        .catch((error: unknown): ActionResult => ({ kind: 'failed', reason: String(error) }))
        .then((result) => render(ctx, chosen, key, open, status, result));
    }, { signal: ctx.signal, once: true });
  })(), { signal: ctx.signal });
}

/** Where the web cannot cancel: the library's own words, and the number to call as a tel: link. */
function mountLibraryOnly(ctx: FeatureContext, anchor: Element, hold: HoldRecordInput, words: string | null): void {
  const contacts = contactsFor(ctx.library, 'cancel_hold', hold.pickupLocation);
  if (!words && contacts.length === 0) return;
  const note = ownedElement(ctx.doc, RECORD_ACTIONS, 'span');
  note.className = 'uketori-badge';
  note.dataset.tone = 'info';
  note.dataset.only = 'library';
  note.append(words ?? t('actionOnlyLibrary'));
  for (const contact of contacts) {
    const tel = ownedElement(ctx.doc, RECORD_ACTIONS, 'a', `${contact.branch} ${contact.phone}`);
    tel.href = `tel:${contact.phone}`;
    note.append(' ', tel);
  }
  placeAfter(anchor, note);
}

