import type { SeriesPlan, SeriesPlanInput } from '../model';
import type { PlanState } from '../series/queue';
import type { CartDeps } from './cart-button/deps';
import type { ActionScreens } from './record-actions/run';

/**
 * What the content script gives the in-page features besides the page itself: the library's cart, the patron's
 * series plans in the mirror, the tab. Each feature names the services it needs; the content script builds them once.
 */
export interface FeatureServices {
  cart: CartDeps;
  /**
   * The code that goes through the library's screens for renewing, cancelling and changing, with the mirror's claims
   * and the list read back: the content script loads it on the first press.
   */
  actionScreens(): Promise<ActionScreens>;
  /** How the patron knows the card in use here (its label, or …last 4 digits); null when unknown. */
  cardName(): Promise<string | null>;
  /** The renewals and (confirmed) cancellations the popup queued for this library, taken once. */
  queuedActions(): Promise<Array<{ action: 'renew' | 'cancel'; title: string; volume: string | null }>>;
  /** The card last used at this library, when known. */
  cardId: string | null;
  /** This library's series plans, each with its next step. */
  plans(libraryId: string): Promise<PlanState[]>;
  create(plan: Omit<SeriesPlanInput, 'id' | 'createdAt'>): Promise<SeriesPlan>;
  progress(id: string, bibIds: string[], status: 'in_cart' | 'queued'): Promise<void>;
  /** Take the tab to another page of the library (location.assign in the content script). */
  navigate(url: string): void;
  /** A page of the same library, read off the tab (the results page a detail page was opened from, the search page). */
  fetchDoc(url: string): Promise<{ url: string; doc: Document }>;
}

export type FeatureNeed = keyof FeatureServices;
