import type { HoldRecordInput, Library, LoanRecordInput } from '../../model';
import { namesTitle, readActionAnswer } from '../../opac/action-answer';
import { actionStepFor, type ActionTarget } from '../../opac/actions';
import { elementNames } from '../../opac/generic/actions';
import { normalizeText } from '../../model/text';
import type { PageReading } from '../../opac/types';
import type { PageResponse, Transport } from '../cart-button/deps';

/** What asking the library for a renewal, cancellation or change of pickup place ended in. */
export type ActionResult =
  | { kind: 'done'; message: string; dueDate: string | null; pickup: string | null }
  | { kind: 'refused'; message: string }
  | { kind: 'needs_login'; loginUrl: string }
  | { kind: 'failed'; reason: string }
  /** Another click or tab is asking the library for this record now. */
  | { kind: 'in_progress' }
  /** Uketori already did this for this record: it is not asked twice. */
  | { kind: 'already_done' };

/** Where a record action is pressed: the patron's list in this tab (a feature's context holds all of it). */
export interface ActionSite {
  url: URL;
  doc: Document;
  library: Library;
  signal: AbortSignal;
}

/**
 * What part-act (entrypoints/part-act.ts, ./press.ts) hands the record actions when a button is first pressed, bound
 * to the library's pages as this content script reaches them: the press and its outcome beside the button, and the
 * pickup-place chooser.
 */
export interface ActionScreens {
  pressAction(site: ActionSite, target: ActionTarget, key: string, button: HTMLButtonElement, status: HTMLElement): Promise<void>;
  choosePickup(site: ActionSite, target: ActionTarget, open: HTMLButtonElement, status: HTMLElement): Promise<void>;
}

/** The library's pages as an action reaches them, and the mirror's claims so that no action is sent twice. */
export interface ActionDeps {
  transport: Transport;
  fetchPage(url: string): Promise<PageResponse>;
  read(url: URL, doc: Document): PageReading;
  /** Claim the action on this record across tabs and restarts; `done` when it was already done. */
  claim(key: string): Promise<{ claimed: boolean; done: boolean }>;
  /** Release the claim with the outcome; `list` is the library's list read after a done action (the mirror takes it). */
  finish(key: string, result: ActionResult, list: PageReading | null): Promise<void>;
}

/** At most this many presses: the longest flow (変更/取消 → 取消する → 確認) has three. */
const MAX_STEPS = 4;

/** The claim key of an action on one record: a renewal, cancellation or change is never sent twice. */
export function actionKey(target: ActionTarget): string {
  return [target.action, target.title, target.volume ?? '', target.pickup ?? '', target.due ?? ''].join('|');
}

/**
 * Ask the library, on its own screens, for one action on one record: from a freshly loaded list (the patron's
 * session; the tab never navigates), press the step the screen offers for that record until the library says it
 * is done or refuses, then read the list again. Done only when the list shows it; the mirror learns from that list.
 */
export async function runAction(listUrl: string, target: ActionTarget, library: Library, deps: ActionDeps): Promise<ActionResult> {
  if (target.action === 'change_pickup' && !target.pickup) return { kind: 'failed', reason: 'no pickup place was chosen' };
  const key = actionKey(target);
  const claim = await deps.claim(key);
  if (!claim.claimed) return claim.done ? { kind: 'already_done' } : { kind: 'in_progress' };
  let result: ActionResult;
  let list: PageReading | null = null;
  try {
    const pressed = await press(listUrl, target, library, deps);
    result = pressed.result;
    if (result.kind === 'done') ({ result, list } = await readBack(listUrl, target, result, pressed.before, deps));
  } catch (error) {
    result = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  await deps.finish(key, result, list);
  return result;
}

type Before = HoldRecordInput | LoanRecordInput | null;

/** Press the library's steps from a fresh list; the record as that list showed it, for the reading back. */
async function press(listUrl: string, target: ActionTarget, library: Library, deps: ActionDeps): Promise<{ result: ActionResult; before: Before }> {
  const page = await deps.fetchPage(listUrl);
  const first = deps.read(new URL(page.url), page.doc);
  if (first.page === 'login') return { result: { kind: 'needs_login', loginUrl: page.url }, before: null };
  const before = recordOf(first, target);
  if (!before) return { result: { kind: 'failed', reason: 'the library’s list no longer shows this title' }, before };
  return { result: await steps(page, target, library, deps), before };
}

async function steps(page: PageResponse, target: ActionTarget, library: Library, deps: ActionDeps): Promise<ActionResult> {
  const pressed: string[] = [];
  for (let i = 0; i < MAX_STEPS; i++) {
    const step = actionStepFor(new URL(page.url), page.doc, target, library, pressed);
    if (!step) break;
    pressed.push(step.label);
    const response = await deps.transport(step.request);
    const answer = readActionAnswer(response, deps.read(new URL(response.url), response.doc), target);
    if (answer.kind === 'done') return { kind: 'done', message: answer.message, dueDate: null, pickup: null };
    if (answer.kind !== 'unclear') return answer;
    page = response;
  }
  return { kind: 'failed', reason: pressed.length ? `the library did not say what became of it (after ${pressed.join(' → ')})` : 'the library’s page offers no button for this' };
}

/** The list after the library said done: the record gone (cancel), with its new due date, or at its new place. */
async function readBack(listUrl: string, target: ActionTarget, said: ActionResult & { kind: 'done' }, before: Before, deps: ActionDeps): Promise<{ result: ActionResult; list: PageReading | null }> {
  const page = await deps.fetchPage(listUrl);
  const list = deps.read(new URL(page.url), page.doc);
  const record = recordOf(list, target);
  const notShown = { result: { kind: 'failed', reason: `the library said 「${said.message}」 but its list does not show it` } as ActionResult, list: null };
  if (list.page !== (target.action === 'renew' ? 'loans' : 'holds')) return notShown;
  if (target.action === 'cancel') return record && (record as HoldRecordInput).state !== 'cancelled' ? notShown : { result: said, list };
  if (!record) return notShown;
  if (target.action === 'renew') {
    // A renewal shows as a due date other than the one before it.
    const due = (record as LoanRecordInput).dueDate ?? null;
    return due && due !== ((before as LoanRecordInput | null)?.dueDate ?? null) ? { result: { ...said, dueDate: due }, list } : notShown;
  }
  const pickup = (record as HoldRecordInput).pickupLocation ?? null;
  return pickup && target.pickup && pickup.includes(target.pickup) ? { result: { ...said, pickup }, list } : notShown;
}

/** The record on a list, by its title and volume (the one the action is for). */
export function recordOf(list: PageReading, target: ActionTarget): HoldRecordInput | LoanRecordInput | null {
  const records: Array<HoldRecordInput | LoanRecordInput> = target.action === 'renew' ? list.loans : list.holds;
  const same = records.filter((r) => namesTitle(`${r.title}${r.volume ?? ''}`, target) && namesTitle(`${target.title}${target.volume ?? ''}`, { title: r.title, volume: r.volume ?? null }));
  return same.length === 1 ? same[0]! : null;
}

/**
 * The pickup places the library offers for a hold: the choice in the hold's own row, or on the screen its 変更 link
 * opens (a GET, which changes nothing).
 */
export async function pickupChoices(url: URL, doc: Document, target: ActionTarget, library: Library, deps: Pick<ActionDeps, 'fetchPage'>): Promise<string[]> {
  const inRow = Array.from(doc.querySelectorAll('tr, li')).filter((row) => row.querySelector('select') && elementNames(row, target));
  if (inRow.length === 1) return optionsOf(inRow[0]!.querySelector('select')!);
  const step = actionStepFor(url, doc, { ...target, pickup: null }, library, []);
  if (!step || step.request.method !== 'GET' || step.request.entries.length > 0) return [];
  const screen = await deps.fetchPage(step.request.action);
  const select = Array.from(screen.doc.querySelectorAll('form select')).find((s) => s.querySelectorAll('option').length > 1);
  return select ? optionsOf(select as HTMLSelectElement) : [];
}

function optionsOf(select: HTMLSelectElement): string[] {
  return Array.from(select.querySelectorAll('option')).map((o) => normalizeText(o.textContent ?? '')).filter(Boolean);
}
