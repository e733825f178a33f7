/** A document being parsed or loaded whose parse, load and frames come when a test says (src/content/idle.ts). */

type Listener = (event: { isTrusted: boolean }) => void;

/** An event target whose listeners are called when the test says, trusted or not; `on` with an AbortSignal as the DOM's. */
function target() {
  const listeners: Array<{ type: string; listener: Listener; signal?: AbortSignal }> = [];
  return {
    addEventListener: (type: string, listener: Listener, options?: { signal?: AbortSignal }) => void listeners.push({ type, listener, signal: options?.signal }),
    fire: (type: string, isTrusted: boolean) => listeners.filter((l) => l.type === type && !l.signal?.aborted).forEach((l) => l.listener({ isTrusted })),
  };
}

/**
 * A document parsed (`interactive`) or still being parsed (`loading`, as a script injected into a slow page finds it), whose
 * events come when the test says: the browser's own (trusted), or one the page's script dispatches (untrusted; a real
 * Event cannot be made trusted, so the listeners are called).
 */
export function loadingDoc(readyState: 'loading' | 'interactive' = 'interactive') {
  const frames: Array<() => void> = [];
  const win = { ...target(), requestAnimationFrame: (callback: () => void) => frames.push(callback) };
  const events = target();
  const doc: { readyState: DocumentReadyState; defaultView: object; addEventListener: object } = { readyState, defaultView: win, addEventListener: events.addEventListener };
  const parsed = () => {
    doc.readyState = 'interactive';
    events.fire('DOMContentLoaded', true);
  };
  const load = () => {
    doc.readyState = 'complete';
    win.fire('load', true);
  };
  /** The browser's next frame: its animation frame callbacks, then (not modelled) its paint. */
  const frame = () => frames.splice(0).forEach((callback) => callback());
  return { doc: doc as unknown as Document, parsed, load, frame, fake: () => win.fire('load', false), fakeParsed: () => events.fire('DOMContentLoaded', false) };
}
