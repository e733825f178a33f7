import { normalizeText } from '../../../model/text';
import type { ActionStep, ActionTarget, FormRequest } from '../../action-types';
import { elementNames } from '../../generic/actions';

/**
 * Renewal, cancellation and change of pickup place on LICS-XP's lists, whose buttons are script: the page's
 * yoykCancel(id), extend(id)/extendOk() and dropChange + yoykSyusei() post LBForm (its `hash` and `gamenid` tokens)
 * with the record's fields set (opac-vendors.md; the loans sample's 延長 button). The script's own confirm() is
 * replaced by Uketori's question, asked before any press.
 */
export function actionStep(url: URL, doc: Document, target: ActionTarget, pressed: readonly string[]): ActionStep | null {
  const form = doc.querySelector<HTMLFormElement>('form[name="LBForm"]');
  if (!form) return null;
  if (target.action === 'renew') {
    const ok = scriptButton(doc, '延長する', /extendOk\(\)/);
    if (ok && !pressed.includes('延長する')) {
      return namesOnly(form, target) ? post(form, url, 'WOpacUsrLendListExtendAction.do?mngFlg1_handan=1', { okCodes: 'OPACUSR005' }, '延長する') : null;
    }
    const id = rowArgument(doc, target, '延長', /extend\(["'](.+?)["']\)/);
    return id && !pressed.includes('延長') ? post(form, url, 'WOpacUsrLendListExtendAction.do?mngFlg1_handan=1', { para: id }, '延長') : null;
  }
  if (target.action === 'cancel') {
    const id = rowArgument(doc, target, '取消', /yoykCancel\(["'](.+?)["']\)/);
    return id && !pressed.includes('取消') ? post(form, url, 'WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1', { yoycod: id }, '取消') : null;
  }
  return changeStep(form, url, doc, target, pressed);
}

/** 予約修正 for one row: its place chosen, and its hidden fields filled as the page's dropChange() does. */
function changeStep(form: HTMLFormElement, url: URL, doc: Document, target: ActionTarget, pressed: readonly string[]): ActionStep | null {
  if (pressed.includes('予約修正')) return null;
  const rows = Array.from(doc.querySelectorAll('tr')).filter((tr) => tr.querySelector('select[name="dropwatspt"]') && elementNames(tr, target));
  if (rows.length !== 1) return null;
  const select = rows[0]!.querySelector<HTMLSelectElement>('select[name="dropwatspt"]')!;
  const id = /^selwat(.+)$/.exec(select.id)?.[1];
  // Without a place (asking whether the row can be changed at all), the row's current choice stands in.
  const option = target.pickup === null ? select.options[select.selectedIndex] : Array.from(select.options).find((o) => normalizeText(o.textContent ?? '') === normalizeText(target.pickup!));
  if (!id || !option) return null;
  const set = new Map<Element | null, string>([
    [doc.getElementById(`yoycod${id}`), id],
    [doc.getElementById(`watspt${id}`), option.value],
    [doc.getElementById(`changeFlg${id}`), '1'],
    [select, option.value],
  ]);
  if ([...set.keys()].some((el) => el === null)) return null;
  return { request: { action: new URL('WOpacUsrRsvSyuseiAction.do?mngFlg2_handan=1&kbnchgflag=1', url).href, method: 'POST', entries: fieldsOf(form, set, {}) }, label: '予約修正' };
}

function scriptButton(doc: Document, value: string, onclick: RegExp): HTMLInputElement | null {
  return Array.from(doc.querySelectorAll<HTMLInputElement>('input[type=button]')).find((b) => normalizeText(b.value) === value && onclick.test(b.getAttribute('onclick') ?? '')) ?? null;
}

/** The id the row's script button passes, in the one row that names the record. */
function rowArgument(doc: Document, target: ActionTarget, value: string, call: RegExp): string | null {
  const ids = Array.from(doc.querySelectorAll('tr')).flatMap((tr) => {
    const button = Array.from(tr.querySelectorAll<HTMLInputElement>('input[type=button]')).find((b) => normalizeText(b.value) === value);
    const id = button ? call.exec(button.getAttribute('onclick') ?? '')?.[1] : undefined;
    return id && elementNames(tr, target) ? [id] : [];
  });
  return ids.length === 1 ? ids[0]! : null;
}

/** A confirmation screen names the record in its one row of data (not a list with boxes for many). */
function namesOnly(form: HTMLFormElement, target: ActionTarget): boolean {
  const rows = Array.from(form.querySelectorAll('tr')).filter((tr) => tr.querySelector('td') !== null);
  return rows.length === 1 && elementNames(rows[0]!, target) && form.querySelector('input[name="list_chk"]') === null;
}

function post(form: HTMLFormElement, url: URL, action: string, fields: Record<string, string>, label: string): ActionStep {
  return { request: { action: new URL(action, url).href, method: 'POST', entries: fieldsOf(form, new Map(), fields) }, label };
}

/** LBForm's fields as the page's lbSet()/lbPost() send them: every field in order, some set, others added. */
function fieldsOf(form: HTMLFormElement, set: Map<Element | null, string>, fields: Record<string, string>): FormRequest['entries'] {
  const entries: FormRequest['entries'] = [];
  const named = new Set<string>();
  for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))) {
    const type = control.tagName.toUpperCase() === 'INPUT' ? (control as HTMLInputElement).type : '';
    if (!control.name || ['button', 'submit', 'checkbox', 'radio', 'password', 'image'].includes(type)) continue;
    // lbSet sets the first field of a name (or adds one): one value per named field.
    const value = set.get(control) ?? (control.name in fields && !named.has(control.name) ? fields[control.name]! : control.value);
    if (control.name in fields) named.add(control.name);
    entries.push([control.name, value]);
  }
  for (const [name, value] of Object.entries(fields)) if (!named.has(name)) entries.push([name, value]);
  return entries;
}
