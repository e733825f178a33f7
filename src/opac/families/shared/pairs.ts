import { fieldOfLabel, type Field } from '../../lexicon';
import { clean, visibleText } from './dom';
import type { FieldTexts } from './records';

export interface Pairs {
  texts: FieldTexts;
  cells: Partial<Record<Field, Element>>;
}

function add(pairs: Pairs, label: string, value: Element | string): void {
  const shown = clean(label);
  if (!shown) return;
  const field = fieldOfLabel(shown);
  if (!field || field in pairs.texts) return;
  if (typeof value === 'string') {
    pairs.texts[field] = clean(value);
  } else {
    pairs.texts[field] = clean(visibleText(value));
    pairs.cells[field] = value;
  }
}

/** Label/value pairs of a container: `th`+`td` rows (several pairs per row allowed) and `dt`+`dd` lists. */
export function readPairs(container: Element): Pairs {
  const pairs: Pairs = { texts: {}, cells: {} };
  for (const th of container.querySelectorAll('th, dt')) {
    const value = th.nextElementSibling;
    if (value && (value.tagName === 'TD' || value.tagName === 'DD')) add(pairs, visibleText(th), value);
  }
  return pairs;
}

/** "label: value" lines, one per block element (winj `div.column.info p`, Kobe `p.txt`). */
export function readLabelledLines(container: Element, selector = 'p, li, div, span'): Pairs {
  const pairs: Pairs = { texts: {}, cells: {} };
  for (const line of container.querySelectorAll(selector)) {
    if (line.querySelector(selector)) continue; // innermost lines only
    for (const m of visibleText(line).matchAll(/([^\s:：]{1,12})\s*[:：]\s*([^:：]*?)(?=\s+[^\s:：]{1,12}\s*[:：]|$)/g)) {
      add(pairs, m[1] ?? '', m[2] ?? '');
    }
  }
  return pairs;
}
