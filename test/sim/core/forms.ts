import { html, type SafeHtml } from './html';

export function selectBox(name: string, options: readonly string[], selected?: string): SafeHtml {
  return html`<select name="${name}">${options.map(
    (option) => html`<option value="${option}"${option === selected ? html` selected` : ''}>${option}</option>`,
  )}</select>`;
}

export function hiddenField(name: string, value: string | number): SafeHtml {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

/** A submit button that tells the handler which action was chosen (`op`), as multi-button OPAC forms do. */
export function opButton(op: string, label: string, options: { disabled?: boolean } = {}): SafeHtml {
  return html`<button type="submit" name="op" value="${op}"${options.disabled ? html` disabled` : ''}>${label}</button>`;
}
