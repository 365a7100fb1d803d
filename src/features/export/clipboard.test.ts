import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPngToClipboard } from './clipboard';

const png = () => Promise.resolve(new Blob(['x'], { type: 'image/png' }));

class FakeClipboardItem {
  constructor(readonly items: Record<string, Promise<Blob>>) {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubClipboard(write: (items: unknown[]) => Promise<void>, isSecureContext = true) {
  vi.stubGlobal('isSecureContext', isSecureContext);
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  vi.stubGlobal('navigator', { clipboard: { write } });
}

describe('copyPngToClipboard', () => {
  it('writes one image/png item', async () => {
    const write = vi.fn(() => Promise.resolve());
    stubClipboard(write);
    expect(await copyPngToClipboard(png())).toEqual({ ok: true });
    expect(write).toHaveBeenCalledTimes(1);
    const [items] = write.mock.calls[0] as unknown as [FakeClipboardItem[]];
    expect(Object.keys(items[0]?.items ?? {})).toEqual(['image/png']);
  });

  it('explains that a secure context is needed, without trying', async () => {
    const write = vi.fn(() => Promise.resolve());
    stubClipboard(write, false);
    expect(await copyPngToClipboard(png())).toEqual({ ok: false, key: 'export.clipboardInsecure' });
    expect(write).not.toHaveBeenCalled();
  });

  it('says the browser cannot when it has no async clipboard', async () => {
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('navigator', {});
    expect(await copyPngToClipboard(png())).toEqual({ ok: false, key: 'export.clipboardUnsupported' });
  });

  it('reports a refused permission with the browser’s reason', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    expect(await copyPngToClipboard(png())).toEqual({
      ok: false,
      key: 'export.clipboardDenied',
      reason: 'Write permission denied.',
    });
  });

  it('passes any other failure through', async () => {
    const failure = new Error('boom');
    stubClipboard(() => Promise.reject(failure));
    expect(await copyPngToClipboard(png())).toEqual({ ok: false, error: failure });
  });
});
