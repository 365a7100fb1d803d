import { assertBundleEnvelope, type Bundle } from '../formats/bundle';

export const BUNDLED_DATA_FILE = 'data/qingdao-2023-arena.json';

/** Loaded on demand: the bundle is only needed on first run and on reset, not on every start. */
export async function loadBundledData(): Promise<Bundle> {
  const module = await import('../../data/qingdao-2023-arena.json');
  return assertBundleEnvelope(module.default, BUNDLED_DATA_FILE);
}
