/**
 * The card-number field of a login form: the text-like input just before the password field. Uketori reads the
 * number when the patron submits, to tell cards apart; it never reads or keeps the password.
 */
export function cardFieldOf(form: HTMLFormElement): HTMLInputElement | null {
  const inputs = Array.from(form.querySelectorAll('input'));
  const password = inputs.findIndex((i) => i.type === 'password');
  if (password < 0) return null;
  const candidates = inputs.slice(0, password).filter((i) => ['text', 'number', 'tel', ''].includes(i.type) && !i.hidden);
  return candidates.at(-1) ?? null;
}

/** Call `onCard` with the card number whenever a login form on the page is submitted, until `signal` aborts. */
export function watchLogin(doc: Document, onCard: (cardNumber: string) => void, signal: AbortSignal): void {
  doc.addEventListener('submit', (event) => {
    // A submit made by script is not the patron logging in.
    if (event.isTrusted === false) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const field = cardFieldOf(form);
    const value = field?.value.trim() ?? '';
    if (value.length >= 4) onCard(value);
  }, { capture: true, signal });
}
