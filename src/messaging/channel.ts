import { OFFSCREEN_TARGET, Request, SENDERS, type Caller, type SenderRule, type Reply, type RequestOf, type RequestType, type Responses } from './protocol';

export { send } from './send';

/** The sender of a message as a handler sees it: checked against SENDERS, with the tab it came from. */
export interface From {
  caller: Caller;
  tabId?: number;
  /** The frame of the tab a content script speaks from (0: the top frame). */
  frameId?: number;
}

export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>, from: From) => Promise<Responses[K]>;
};

/** What runtime.onMessage says about a sender (the part Uketori reads). */
export interface MessageSender {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who sent a message: an extension page, a content script of a known library, or nobody Uketori answers (null). */
export type IdentifyCaller = (sender: MessageSender) => Promise<Caller | null>;

/**
 * Turn typed handlers into a runtime.onMessage listener. Invalid messages, senders a message does not allow and
 * handler failures come back as `{ ok: false, error }`; nothing a sender does can throw inside the background.
 */
export function createListener(handlers: Handlers, identify: IdentifyCaller, log: (refusal: string) => void = console.warn) {
  return (raw: unknown, sender: MessageSender): Promise<Reply<unknown>> | undefined => {
    if (isForOffscreen(raw)) return undefined;
    const parsed = Request.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      return Promise.resolve({ ok: false, error: `invalid message: ${detail}` });
    }
    const request = parsed.data;
    return (async (): Promise<Reply<unknown>> => {
      const caller = await identify(sender).catch(() => null);
      const refusal = refusalOf(request, caller);
      if (refusal) {
        const error = `refused ${request.type}: ${refusal}`;
        log(`[Uketori] ${error} (from ${originOf(sender.url)})`);
        return { ok: false, error };
      }
      const handler = handlers[request.type] as (r: Request, from: From) => Promise<unknown>;
      try {
        return { ok: true, value: await handler(request, { caller: caller as Caller, tabId: sender.tab?.id, frameId: sender.frameId }) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}

/** Why this caller may not send this request, or null when it may. */
export function refusalOf(request: Request, caller: Caller | null): string | null {
  if (!caller) return 'the sender is neither an extension page nor a library page';
  if (caller.kind === 'extension') return null;
  const rule = SENDERS[request.type] as SenderRule<RequestType>;
  if (rule === 'extension') return 'only the extension\'s own pages may send this';
  const { libraryIds, urls } = rule.content(request);
  if (libraryIds.some((id) => id !== caller.libraryId)) return 'a library page may speak only of its own library';
  if (urls.some((url) => !ownedHttpUrl(url, caller))) return 'a URL outside the sender\'s library';
  return null;
}

function ownedHttpUrl(url: string, caller: Extract<Caller, { kind: 'content' }>): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && caller.owns(parsed);
  } catch {
    return false;
  }
}

/** Diagnostics name the origin only: page URLs can carry session ids. */
export function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '(no url)';
  } catch {
    return '(bad url)';
  }
}

function isForOffscreen(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { target?: unknown }).target === OFFSCREEN_TARGET;
}
