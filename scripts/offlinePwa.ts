/**
 * The service worker and web app manifest that let the built app install and run with no network
 * after its first load (vite-plugin-pwa, generateSW). tests/e2e/offline.test.ts checks that every
 * file of dist/ the app loads is in the precache and that it works offline.
 */
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const NAVY = '#0b1f3a';
const PAPER = '#f4f6f9';

export function offlinePwa(): Plugin[] {
  return VitePWA({
    // A new deploy waits for the operator ("reload after the meeting"): never reload a projector.
    registerType: 'prompt',
    // Registered from src/features/offline through `virtual:pwa-register`; nothing is injected into
    // index.html (an inline registration script would break the CSP).
    injectRegister: false,
    manifest: {
      name: '擂台 · 功能区擂台赛排行榜',
      short_name: '擂台',
      description: '擂台 Arena Scoreboard：功能区擂台赛排行榜 — ranks function zones on weighted scorecards',
      lang: 'zh-CN',
      dir: 'ltr',
      display: 'standalone',
      start_url: './',
      scope: './',
      theme_color: NAVY,
      background_color: PAPER,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    includeManifestIcons: false,
    workbox: {
      // Everything the app can load, lazy chunks included: the bundled dataset, ECharts, the
      // robustness worker, the export code, the JSON Schemas. The README screenshots are not app files.
      // The manifest and its icons are added by the plugin itself.
      globPatterns: ['**/*.{js,css,html,svg,png,json}'],
      globIgnores: ['screenshots/**'],
      // Workbox's default 2 MiB per file; vite-plugin-pwa 2 fails the build when a file exceeds it
      // rather than silently leaving it out of the precache.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      // Any navigation (`?lang=en`, a share link) gets the precached index.html; routes are hashes.
      navigateFallback: 'index.html',
      // A first install takes control at once, so the page that installed it is offline-ready
      // without a reload. An update still waits for the operator (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}
