import { send } from '../messaging/channel';
import { todayInTokyo } from '../opac/dates';
import { readPage } from '../opac/read';
import { watchLogin } from './login';
import { snapshotOf } from './snapshot';

/**
 * Everything the content script does on an OPAC page: ask which library this is, read the page, send what it
 * says to the mirror, and note the card used at login. Any failure is logged quietly; the page stays as it was.
 */
export async function runOnPage(doc: Document, href: string, signal: AbortSignal): Promise<void> {
  try {
    const { library, cardId } = await send({ type: 'identify', url: href });
    if (!library || signal.aborted) return;
    const now = new Date();
    const today = todayInTokyo(now);
    const reading = readPage(new URL(href), doc, { today }, [library]);
    doc.documentElement.dataset.uketoriPage = reading.page;
    if (reading.page === 'login') {
      watchLogin(doc, (cardNumber) => void send({ type: 'cardSeen', libraryId: library.id, cardNumber }).catch(quiet), signal);
    }
    const snapshot = snapshotOf(reading, library, cardId, href, now.getTime(), today);
    if (snapshot) await send({ type: 'snapshot', snapshot });
    doc.documentElement.dataset.uketoriSynced = snapshot ? 'yes' : 'no';
  } catch (error) {
    quiet(error);
  }
}

function quiet(error: unknown): void {
  console.info('[Uketori]', error instanceof Error ? error.message : error);
}
