import { OFFSCREEN_TARGET, Request, type Reply, type RequestOf, type RequestType, type Responses } from './protocol';

export { send } from './send';

export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>, sender: { url?: string; tabId?: number }) => Promise<Responses[K]>;
};

/**
 * Turn typed handlers into a runtime.onMessage listener. Invalid messages and handler failures come back as
 * `{ ok: false, error }`; nothing a sender does can throw inside the background.
 */
export function createListener(handlers: Handlers) {
  return (raw: unknown, sender: { url?: string; tab?: { id?: number } }): Promise<Reply<unknown>> | undefined => {
    if (isForOffscreen(raw)) return undefined;
    const parsed = Request.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      return Promise.resolve({ ok: false, error: `invalid message: ${detail}` });
    }
    const request = parsed.data;
    const handler = handlers[request.type] as (r: Request, s: { url?: string; tabId?: number }) => Promise<unknown>;
    return handler(request, { url: sender.url, tabId: sender.tab?.id }).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

function isForOffscreen(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { target?: unknown }).target === OFFSCREEN_TARGET;
}
