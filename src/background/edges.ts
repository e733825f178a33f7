import type { MirrorEvent } from '../model';
import type { RefreshEdges } from './refresh';

/** What the handlers need from the browser, so they can be tested with fakes. */
export interface BackgroundEdges {
  now(): number;
  hasOrigin(origin: string): Promise<boolean>;
  /** The mirror changed in a way the badge or reminders may depend on (`events` tell which holds just became ready).
   *  Never rejects: what follows reports its own failures. */
  changed(events?: readonly MirrorEvent[]): Promise<void>;
  refresh: RefreshEdges;
  /** After delete-all: what the browser keeps for Uketori outside the mirror goes too (granted library origins,
   *  notifications shown, alarms, extension storage). */
  forgetAll(): Promise<void>;
  /** Run one of the extension's files (src/messaging/parts.ts) in a frame of a tab, beside its content script. */
  inject(tabId: number, frameId: number, file: string): Promise<void>;
  /** The extension's session storage (storage.session: memory only, gone when the browser closes). */
  session: {
    /** The items of these keys, or (null) every item. */
    get(keys: string[] | null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
  };
}
