import type { Page } from 'puppeteer-core';
import { demoUrl, visit } from '../../test/e2e/harness/demo-patron';
import { ui, uiValue } from '../../test/e2e/harness/ui';
import { clickAndLoad } from './flows';

// Renewing a loan and cancelling a hold at 北海道立, by the guide's flow and with Uketori (flows.ts `measured` counts).

const ACTIONS = '[data-uketori="record-actions"]';

async function outcome(page: Page, action: string): Promise<string> {
  return uiValue(page, `span${ACTIONS}[data-action="${action}"][data-kind]`, (status) => (status.dataset.kind ? status.textContent : null), 30_000);
}

/** FAQ ⑧ by hand: 貸出状況照会 → 貸出延長 → 確認. */
export async function renewByHand(page: Page, origins: Record<string, string>): Promise<number> {
  // The extension is installed: wait until it has laid out the page, so the click lands where the patron aims.
  await visit(page, demoUrl(origins, 'hokkaido-pref', 'loans'));
  await clickAndLoad(page, 'form[action*="renew"] input[type=submit]');
  await clickAndLoad(page, 'button[value="confirm"]');
  return 2;
}

/** With Uketori: the loans page, its 延長する beside the title; the new due date is read back. */
export async function renewWithUketori(page: Page, origins: Record<string, string>): Promise<number> {
  await visit(page, demoUrl(origins, 'hokkaido-pref', 'loans'));
  await page.click(ui(`button${ACTIONS}[data-action="renew"]`));
  const said = await outcome(page, 'renew');
  if (!said.startsWith('延長しました')) throw new Error(`renewal: ${said}`);
  return 1;
}

/** The cancel guide by hand: 予約状況照会 → 取消 → 取消する → 確認. */
export async function cancelByHand(page: Page, origins: Record<string, string>): Promise<number> {
  await visit(page, demoUrl(origins, 'hokkaido-pref', 'holds'));
  await clickAndLoad(page, 'table.reserve a[href*="edit"]:last-child');
  await clickAndLoad(page, 'button[value="cancel"]');
  await clickAndLoad(page, 'button[value="confirm"]');
  return 3;
}

/** With Uketori: the holds page, 予約を取り消す and the answer to Uketori's question. */
export async function cancelWithUketori(page: Page, origins: Record<string, string>): Promise<number> {
  await visit(page, demoUrl(origins, 'hokkaido-pref', 'holds'));
  await page.click(ui(`button${ACTIONS}[data-action="cancel"]`));
  await page.click(ui(`button${ACTIONS}[data-confirm="yes"]`));
  const said = await outcome(page, 'cancel');
  if (!said.startsWith('予約を取り消しました')) throw new Error(`cancellation: ${said}`);
  return 2;
}
