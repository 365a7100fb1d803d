/**
 * Rasterises an export stage to a PNG blob of exactly width×height pixels. The stage is laid out at
 * 1920×1080 CSS pixels and its chart is drawn by ECharts' SVG renderer, so any output size is a
 * fresh vector rendering of the DOM (crisp at 3840×2160), never a stretched bitmap.
 * snapdom is loaded on demand (≈78 KB gzip) so it stays out of the initial bundle; dpr is pinned
 * to 1 because snapdom otherwise multiplies by the screen's devicePixelRatio (a 150 % Windows
 * laptop would give 2880×1620 instead of 1920×1080).
 */
export async function renderSlidePng(
  stage: HTMLElement,
  size: { width: number; height: number },
  backgroundColor: string,
): Promise<Blob> {
  await document.fonts.ready;
  const { snapdom } = await import('@zumer/snapdom');
  const started = performance.now();
  let canvas = await snapdom.toCanvas(stage, {
    width: size.width,
    height: size.height,
    dpr: 1,
    backgroundColor,
    embedFonts: false,
  });
  if (canvas.width !== size.width || canvas.height !== size.height) canvas = exactSize(canvas, size);
  const rasterised = performance.now();
  // Phases for `npm run bench:browser`: where the time of a large PNG goes.
  performance.measure('export-phase:rasterise', { start: started, end: rasterised });
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (png) => (png ? resolve(png) : reject(new Error('canvas.toBlob returned nothing'))),
      'image/png',
    );
  });
  performance.measure('export-phase:encode', { start: rasterised });
  return blob;
}

/** Loads the rasteriser ahead of the first export. */
export async function preloadSlideRenderer(): Promise<void> {
  await import('@zumer/snapdom');
}

/** A rounding pixel off (odd on-screen sizes) is fixed here so the file is exactly the size named. */
function exactSize(source: HTMLCanvasElement, size: { width: number; height: number }): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext('2d')?.drawImage(source, 0, 0, size.width, size.height);
  return canvas;
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
