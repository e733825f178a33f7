import { browser } from 'wxt/browser';
import type { OutgoingRequestOf, Reply, RequestType, Responses } from './protocol';

/**
 * Send a request to the background and return its answer, or throw the background's error message. Types only from
 * the protocol: the background validates every message, so the content script carries no validator.
 */
export async function send<K extends RequestType>(request: OutgoingRequestOf<K>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[K]> | undefined;
  if (!reply) throw new Error(`no answer to ${request.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
