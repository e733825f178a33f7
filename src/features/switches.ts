import type { MirrorDb } from '../mirror/db';
import { readSetting } from '../mirror/settings';
import { FEATURE_IDS, type FeatureId } from './registry';

/**
 * Every feature with its switch; features default to on, and a switch of a feature no longer known is left out. Apart
 * from the registry, so the content script, which lists the features, does not carry the settings' validation.
 */
export async function featureSwitches(db: MirrorDb): Promise<Record<FeatureId, boolean>> {
  const stored = await readSetting(db, 'features');
  return Object.fromEntries(FEATURE_IDS.map((id) => [id, stored[id] ?? true])) as Record<FeatureId, boolean>;
}
