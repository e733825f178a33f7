import { t } from '../i18n';

/** The owner of everything the record actions put on the page. */
export const RECORD_ACTIONS = 'record-actions';

// The status line's failures that the core shows itself when part-act cannot be loaded, and part-act after a press.

/** A press that failed: why, beside the button, which is offered again to retry. */
export function showFailed(button: HTMLButtonElement, status: HTMLElement, text: string): void {
  status.dataset.kind = 'failed';
  status.replaceChildren(text);
  button.textContent = t('actionRetry');
  button.disabled = false;
}

/** No pickup place to choose from: said beside 変更, which can be pressed again. */
export function showNoPlaces(open: HTMLButtonElement, status: HTMLElement): void {
  status.dataset.kind = 'failed';
  status.replaceChildren(t('actionFailed', t('actionNoPlaces')));
  open.disabled = false;
}
