/** Enters fullscreen on `element`, or leaves it when something is already fullscreen. */
export async function toggleFullscreen(element: HTMLElement | null): Promise<void> {
  if (document.fullscreenElement) {
    await document.exitFullscreen();
    return;
  }
  if (!element || typeof element.requestFullscreen !== 'function') {
    throw new Error('Fullscreen is not available in this browser');
  }
  await element.requestFullscreen({ navigationUI: 'hide' });
}
