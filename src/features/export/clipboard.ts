import type { MessageKey } from '../../i18n/messages';

export type ClipboardOutcome =
  | { ok: true }
  | { ok: false; key: MessageKey; reason?: string }
  | { ok: false; error: unknown };

/**
 * Puts a PNG on the clipboard. The blob is passed as a promise so the write starts inside the
 * click (browsers require a user gesture) while the picture is still being drawn. Browsers refuse
 * outside a secure context and when the user or a policy denied the permission: each refusal gets
 * its own message, since the user's remedy differs.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<ClipboardOutcome> {
  const refusal = clipboardRefusal();
  if (refusal) return { ok: false, key: refusal };
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true };
  } catch (error) {
    if (
      error instanceof DOMException &&
      (error.name === 'NotAllowedError' || error.name === 'SecurityError')
    ) {
      return { ok: false, key: 'export.clipboardDenied', reason: error.message || error.name };
    }
    if (error instanceof DOMException && error.name === 'DataError') {
      return { ok: false, key: 'export.clipboardUnsupported' };
    }
    return { ok: false, error };
  }
}

/** Why this page cannot write images to the clipboard at all, known before drawing anything; null if it may. */
export function clipboardRefusal(): MessageKey | null {
  if (!window.isSecureContext) return 'export.clipboardInsecure';
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') {
    return 'export.clipboardUnsupported';
  }
  return null;
}
