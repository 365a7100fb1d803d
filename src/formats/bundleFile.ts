import { BUNDLE_TABLES, type Bundle } from './bundle';

/** The user's weights for one scorecard as a bundle file carries them (node id → raw weight). */
export interface BundleWeightSet {
  scorecardId: string;
  weights: Record<string, number>;
  updatedAt?: string;
}

/** A data bundle as downloaded from the Data screen: the bundle plus, optionally, the user's weights. */
export type BundleFile = Bundle & { weightSets?: BundleWeightSet[] };

/**
 * The whole dataset and the user's weights as one JSON text, keys in the bundle's documented
 * order, so the same data always gives the same bytes and the file imports back as a bundle.
 */
export function serialiseBundleFile(bundle: Bundle, weightSets: readonly BundleWeightSet[]): string {
  const file: Record<string, unknown> = {
    format: bundle.format,
    version: bundle.version,
    meta: bundle.meta,
  };
  for (const table of BUNDLE_TABLES) file[table] = bundle[table];
  file.weightSets = weightSets.map(({ scorecardId, weights, updatedAt }) =>
    updatedAt === undefined ? { scorecardId, weights } : { scorecardId, weights, updatedAt },
  );
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `leitai-arena-2026-12-02.json` (the local date of the download), optionally with a suffix. */
export function bundleFileName(date: Date, suffix = ''): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `leitai-arena-${day}${suffix ? `-${suffix}` : ''}.json`;
}
