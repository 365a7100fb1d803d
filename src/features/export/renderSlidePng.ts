/**
 * Rasterises an export stage to a PNG blob at exactly width×height CSS pixels × scale.
 * snapdom is loaded on demand (≈78 KB gzip) so it stays out of the initial bundle; dpr is pinned
 * to 1 because snapdom otherwise multiplies by the screen's devicePixelRatio (a 150 % Windows
 * laptop would give 2880×1620 instead of 1920×1080).
 */
export async function renderSlidePng(
  stage: HTMLElement,
  scale: number,
  backgroundColor: string,
): Promise<Blob> {
  await document.fonts.ready;
  const { snapdom } = await import('@zumer/snapdom');
  const canvas = await snapdom.toCanvas(stage, { scale, dpr: 1, backgroundColor, embedFonts: false });
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob returned nothing'))),
      'image/png',
    );
  });
}

/** Saves a blob through a temporary link; works offline and needs no permission. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name that says what the picture is, safe on Windows, macOS and Linux. */
export function slideFileName(scorecardName: string, date: Date): string {
  const stamp = date.toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const safeName = scorecardName.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `leaderboard_${safeName}_${stamp}.png`;
}
