import { describe, expect, it, vi } from 'vitest';
import { cardFieldOf, watchLogin } from './login';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('login capture', () => {
  it('finds the card field just before the password field, skipping hidden fields', () => {
    const doc = page(`<form id="f"><input type="hidden" name="hash" value="x"><input name="search"><input type="text" id="card" name="username"><input type="password" name="j_password"></form>`);
    expect(cardFieldOf(doc.querySelector('form')!)?.id).toBe('card');
    page(`<form><input name="q"></form>`);
    expect(cardFieldOf(document.querySelector('form')!)).toBeNull();
  });

  it('reports the card number on submit, never the password, until aborted', () => {
    const doc = page(`<form><input type="tel" name="card" value=" 1234 5678 "><input type="password" value="secret"></form>`);
    const onCard = vi.fn();
    const stop = new AbortController();
    watchLogin(doc, onCard, stop.signal);
    const form = doc.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onCard).toHaveBeenCalledExactlyOnceWith('1234 5678');
    expect(JSON.stringify(onCard.mock.calls)).not.toContain('secret');
    stop.abort();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onCard).toHaveBeenCalledTimes(1);
  });
});
