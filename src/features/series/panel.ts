import type { Library, SeriesPlan } from '../../model';
import { displayTitle } from '../../model/text';
import { activeHoldCount, freeSlots, pendingCount, reserveNowCount } from '../../series/plan';
import type { PlanState } from '../../series/queue';
import { holdingOf, type KnownRecords } from '../../series/records';
import { t } from '../i18n';
import { ownedBy, ownedButton, ownedElement, placeOnPage, unplace } from '../feature';

export const SERIES = 'series';
type Volume = SeriesPlan['volumes'][number];

/** What the patron decides in the panel. */
export interface PanelChoice {
  volumes: Volume[];
  advanceOn: SeriesPlan['advanceOn'];
  reserveNow: number;
}

export interface PanelInput {
  doc: Document;
  library: Library;
  work: string;
  publisher: string | null;
  volumes: Volume[];
  known: KnownRecords;
  cardId: string | null;
  plans: readonly PlanState[];
  signal: AbortSignal;
  onConfirm(choice: PanelChoice, panel: Panel): void;
}

export interface Panel {
  root: HTMLElement;
  /** Say how it is going (or what stopped it), with an optional action button. */
  say(text: string, kind: 'busy' | 'done' | 'failed', action?: { label: string; run(): void }): void;
}

/**
 * The series dialog: the volumes in reading order (ticked unless the patron already has them), ↑/↓ to adjust the
 * order, what frees the next volume where the library cannot keep an order, and the plan in words under the
 * library's limit. One confirm. OPAC text is set as text.
 */
export function openPanel(input: PanelInput): Panel {
  const { doc, library, known } = input;
  ownedBy(doc, SERIES, '.uketori-series-panel').forEach(unplace);
  const root = ownedElement(doc, SERIES, 'div');
  root.className = 'uketori-series-panel';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', t('seriesPanelTitle', input.work));
  const order = [...input.volumes];
  const chosen = new Set(order.filter((v) => holdingOf(v, known) === null));
  const ordered = library.rules.orderedReservation !== null;
  let advanceOn: SeriesPlan['advanceOn'] = 'borrowed';
  /** Pressed once: a later change of ticks or order must not offer confirm again (a second plan, a second cart run). */
  let confirmed = false;
  const active = activeHoldCount(known.holds, input.cardId);
  const free = freeSlots(library.rules.limit, active, pendingCount(input.plans.map((p) => p.plan), { libraryId: library.id, cardId: input.cardId }));

  const heading = ownedElement(doc, SERIES, 'h2', t('seriesPanelTitle', input.work));
  const publisher = ownedElement(doc, SERIES, 'p', input.publisher ?? '');
  publisher.className = 'uketori-muted';
  const list = ownedElement(doc, SERIES, 'ol');
  const advance = ownedElement(doc, SERIES, 'fieldset');
  const summary = ownedElement(doc, SERIES, 'p');
  summary.className = 'uketori-series-summary';
  const status = ownedElement(doc, SERIES, 'p');
  status.className = 'uketori-status';
  status.setAttribute('role', 'status');
  const confirm = button(doc, t('seriesConfirm'), 'confirm');
  const close = button(doc, t('seriesClose'), 'close');
  const actions = ownedElement(doc, SERIES, 'p');
  actions.append(confirm, close);

  const picked = () => order.filter((v) => chosen.has(v));
  const render = () => {
    list.replaceChildren(...order.map((v, i) => row(v, i)));
    const n = picked().length;
    const now = reserveNowCount(n, free, ordered);
    const lines: string[] = [];
    if (n === 0) lines.push(t('seriesPlanNone'));
    else if (ordered) lines.push(now > 0 ? t('seriesPlanOrdered', library.rules.orderedReservation!, now) : t('seriesPlanOrderedLater', library.rules.orderedReservation!));
    else lines.push(t('seriesPlanQueue', displayTitle(picked()[0]!), n - 1));
    if (library.rules.limit) lines.push(t('seriesPlanLimit', library.rules.limit.total, active, Number.isFinite(free) ? free : 0));
    if (n > 0 && now < (ordered ? n : 1)) lines.push(t('seriesPlanWaitSlot', (ordered ? n : 1) - now));
    summary.textContent = lines.join(' ');
    confirm.disabled = confirmed || n === 0;
  };
  const row = (v: Volume, i: number) => {
    const li = ownedElement(doc, SERIES, 'li');
    const label = ownedElement(doc, SERIES, 'label');
    const box = ownedElement(doc, SERIES, 'input');
    box.type = 'checkbox';
    box.checked = chosen.has(v);
    box.dataset.bib = v.bibId ?? '';
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(v);
      else chosen.delete(v);
      render();
    }, { signal: input.signal });
    label.append(box, ` ${displayTitle(v)}`);
    li.append(label);
    const holding = holdingOf(v, known);
    if (holding) li.append(ownedElement(doc, SERIES, 'span', ` (${t(`seriesHave_${holding}`)})`));
    for (const [text, to, aria] of [['↑', i - 1, 'seriesMoveUp'], ['↓', i + 1, 'seriesMoveDown']] as const) {
      if (to < 0 || to >= order.length) continue;
      const move = button(doc, text, aria === 'seriesMoveUp' ? 'up' : 'down');
      move.setAttribute('aria-label', t(aria, displayTitle(v)));
      move.addEventListener('click', () => {
        order.splice(i, 1);
        order.splice(to, 0, v);
        render();
      }, { signal: input.signal });
      li.append(move);
    }
    return li;
  };

  if (!ordered) {
    advance.append(ownedElement(doc, SERIES, 'legend', t('seriesAdvanceOn')));
    for (const on of ['ready', 'borrowed'] as const) {
      const label = ownedElement(doc, SERIES, 'label');
      const radio = ownedElement(doc, SERIES, 'input');
      radio.type = 'radio';
      radio.name = 'uketori-series-advance';
      radio.value = on;
      radio.checked = on === advanceOn;
      radio.addEventListener('change', () => (advanceOn = on), { signal: input.signal });
      label.append(radio, ` ${t(on === 'ready' ? 'seriesAdvanceReady' : 'seriesAdvanceBorrowed')}`);
      advance.append(label);
    }
  }
  const panel: Panel = {
    root,
    say(text, kind, action) {
      status.dataset.kind = kind === 'failed' ? 'failed' : kind === 'done' ? 'added' : '';
      status.textContent = text;
      if (action) {
        const go = button(doc, action.label, 'next');
        go.addEventListener('click', action.run, { signal: input.signal });
        status.append(' ', go);
      }
    },
  };
  confirm.addEventListener('click', () => {
    confirmed = true;
    confirm.disabled = true;
    const volumes = picked();
    input.onConfirm({ volumes, advanceOn, reserveNow: reserveNowCount(volumes.length, free, ordered) }, panel);
  }, { signal: input.signal });
  close.addEventListener('click', () => unplace(root), { signal: input.signal });
  root.append(heading, publisher, list, ...(ordered ? [] : [advance]), summary, actions, status);
  render();
  placeOnPage(doc, 'overlay', root);
  return panel;
}

export const button = (doc: Document, text: string, action: string): HTMLButtonElement => ownedButton(doc, SERIES, text, { action });
