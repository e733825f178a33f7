import type { HoldRecordInput, Library } from '../../model';
import { displayTitle } from '../../model/text';
import { actionStepFor, type ActionTarget, type RecordAction } from '../../opac/actions';
import { renewalVerdict } from '../../reminders/renewal';
import { defineFeature, ownedButton, ownedElement, ownedStatus, placeAfter, type FeatureContext } from '../feature';
import { t } from '../i18n';
import { takePending } from '../intents';
import { locator } from '../locate';
import type { FeatureServices } from '../services';
import { RECORD_ACTIONS, showFailed, showNoPlaces } from './status';
import { contactsFor } from './words';

/**
 * Renew a loan, cancel a hold or change its pickup place from the library's own lists, through the library's own
 * screens; and, where only the library can, its words and the number to call.
 */
export const recordActions = defineFeature({
  id: RECORD_ACTIONS,
  pages: ['holds', 'loans'],
  nameKey: 'featureRecordActions',
  needs: ['actionScreens', 'cardName', 'queuedActions'],
  // Not in the first paint: nothing here is needed before the page's own badges (uketori:badges), and a 取消 is claimed
  // against the mirror; it mounts once the background has answered, in the pass that adds the mirror's refinements.
  mirror: 'required',
  async mount(ctx, { actionScreens, cardName, queuedActions }) {
    const acting: Acting = { actionScreens };
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
        // Only where the list shows no cancelling for it: a row with its own 取消 that Uketori cannot tell from
        // another's (two rows of one title) keeps the library's control, and no word that the web cannot.
        if (!canCancel && hold.canCancel !== true) mountLibraryOnly(ctx, anchor, hold, words);
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

/** The library's screens, and what happens once a button is pressed, loaded on the first press (part-act). */
type Acting = Pick<FeatureServices, 'actionScreens'>;

/**
 * One button for one action on one record, with its outcome shown beside it; a 取消 asks first, in Uketori's words.
 * The question and the working status are shown here at once: part-act, which runs the press, may take a round trip.
 */
function mountAction(ctx: FeatureContext, anchor: Element, target: ActionTarget, deps: Acting, ask: string | null): { key: string; run(confirmed?: boolean): void } {
  const { doc } = ctx;
  const button = ownedButton(doc, RECORD_ACTIONS, t(actionLabel[target.action]), { action: target.action });
  button.setAttribute('aria-label', t(`${actionLabel[target.action]}Label`, target.title));
  const status = ownedStatus(doc, RECORD_ACTIONS, { action: target.action });
  placeAfter(anchor, button, status);
  const key = `${target.action}|${target.title}|${target.volume ?? ''}`;
  let busy = false;
  const go = async () => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    status.replaceChildren(t('actionWorking'));
    delete status.dataset.kind;
    await deps.actionScreens().then(
      (screens) => screens.pressAction(ctx, target, key, button, status),
      (error: unknown) => showFailed(button, status, t('actionFailed', String(error))),
    );
    busy = false;
  };
  const run = (confirmed = false) => {
    if (!ask || confirmed) return void go();
    if (status.querySelector('[data-confirm]')) return;
    const yes = ownedButton(doc, RECORD_ACTIONS, t('actionConfirmYes'), { confirm: 'yes' });
    const no = ownedButton(doc, RECORD_ACTIONS, t('actionConfirmNo'), { confirm: 'no' });
    status.replaceChildren(ask, ' ', yes, no);
    yes.addEventListener('click', () => void go(), { signal: ctx.signal, once: true });
    no.addEventListener('click', () => status.replaceChildren(), { signal: ctx.signal, once: true });
  };
  button.addEventListener('click', () => run(), { signal: ctx.signal });
  return { key, run };
}

/** 受取場所の変更: its button here; the places to choose from come with part-act. */
function mountChange(ctx: FeatureContext, anchor: Element, target: ActionTarget, deps: Acting): void {
  const { doc } = ctx;
  const open = ownedButton(doc, RECORD_ACTIONS, t('actionChange'), { action: 'change_pickup' });
  const status = ownedStatus(doc, RECORD_ACTIONS, { action: 'change_pickup' });
  placeAfter(anchor, open, status);
  open.addEventListener('click', () => {
    open.disabled = true;
    status.replaceChildren(t('actionWorking'));
    void deps.actionScreens().then((screens) => screens.choosePickup(ctx, target, open, status), () => showNoPlaces(open, status));
  }, { signal: ctx.signal });
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

