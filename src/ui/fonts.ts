/**
 * One font stack everywhere (screen, charts, exported images). Local fonts only: the app makes no
 * network requests. Noto Sans CJK SC comes with Debian's fonts-noto-cjk; the others with Windows/macOS.
 */
export const FONT_STACK =
  '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif';
