/**
 * The Content-Security-Policy of the production build (DESIGN §8: "a Content-Security-Policy
 * limits the page to its own origin"). tests/e2e/csp.test.ts runs every screen, the PNG export and
 * the robustness worker under it and fails on any violation or console error.
 */
import type { Plugin } from 'vite';

/**
 * Directive → sources, in the order written into the policy: `'none'` wherever the app needs
 * nothing, and each other source commented with what needs it.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  // Module scripts from the build only: no inline script, no eval (zod runs jitless).
  ['script-src', "'self'"],
  // Stylesheets from the build only. React `style={}` props and ECharts set styles through the
  // CSSOM, which CSP does not restrict; snapdom too (ecosystem notes §8.3).
  ['style-src', "'self'"],
  // The PNG export draws the slide as an SVG data: URL into an <img>, then into a canvas; without
  // data: the export never finishes. blob: images are not used.
  ['img-src', "'self' data:"],
  // System fonts only (src/ui/fonts.ts): no font file is ever loaded.
  ['font-src', "'none'"],
  // The app fetches nothing at run time: data is in IndexedDB and in JavaScript chunks.
  ['connect-src', "'none'"],
  // The robustness Web Worker and the service worker are files of the build.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join(
  '; ',
);

const CHARSET_META = /<meta\s+charset=[^>]*>/i;

/**
 * Writes the policy into index.html as `<meta http-equiv>` right after the charset declaration, in
 * production builds only: Vite's dev server injects inline scripts (HMR, the React refresh
 * preamble) that a strict `script-src` would block. A `<meta>` policy cannot carry
 * `frame-ancestors`, `report-to` or `sandbox`; a server that hosts the app should send those as
 * headers.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'arena:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET_META.test(html))
          throw new Error('index.html has no <meta charset>: cannot place the CSP');
        return html.replace(
          CHARSET_META,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}
