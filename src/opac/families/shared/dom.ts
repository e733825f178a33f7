import { normalizeText } from '../../../model/text';

/** Elements that contribute nothing a patron reads. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'BUTTON', 'OPTION', 'IMG', 'RT', 'RP']);
const BLOCKS = new Set(['BR', 'HR', 'P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE']);

/**
 * What a patron sees in a node, not normalised: a `<select>` shows its selected option, hidden inputs and scripts
 * show nothing, block boundaries become a space (adjacent inline spans such as `26/` `04/15` stay joined).
 */
export function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'SELECT') return chosenOption(el)?.textContent ?? '';
  if (SILENT.has(el.tagName)) return '';
  const inner = [...el.childNodes].map(visibleText).join('');
  return BLOCKS.has(el.tagName) ? ` ${inner} ` : inner;
}

/** Normalised visible text, or null when there is none or only a placeholder dash (ー, -, ―). */
export function textOf(node: Node | null | undefined): string | null {
  return node ? clean(visibleText(node)) : null;
}

export function clean(text: string | null | undefined): string | null {
  const t = normalizeText(text ?? '');
  return t === '' || /^[-ー―—_]+$/.test(t) ? null : t;
}

/** The option the page was served with: what the OPAC has stored, even if the patron has since changed the menu. */
function chosenOption(select: Element): Element | null {
  return select.querySelector('option[selected]') ?? select.querySelector('option');
}

/** A cell split at its `<hr>` separators (LICS-XP stacks 予約日/割当日 and 受取館/連絡方法 that way), or at another tag. */
export function splitAt(cell: Element, tag: 'HR' | 'BR'): string[] {
  const parts: string[] = [''];
  const walk = (node: Node): void => {
    if (node.nodeType === 1 && (node as Element).tagName === tag) {
      parts.push('');
      return;
    }
    if (node.nodeType === 1 && (node as Element).querySelector(tag.toLowerCase())) {
      node.childNodes.forEach(walk);
      return;
    }
    parts[parts.length - 1] += visibleText(node);
  };
  cell.childNodes.forEach(walk);
  return parts;
}

/** The first whole number in a text (ranks "13", "1 / 10", "4番目"), or null. */
export function integerIn(text: string | null | undefined): number | null {
  const m = /\d+/.exec(normalizeText(text ?? ''));
  return m ? Number(m[0]) : null;
}

