import { existsSync } from 'node:fs';
import path from 'node:path';
import { type PreviewServer, preview } from 'vite';

/** Serves the production build (dist/) on a free loopback port, as the benches and Lighthouse measure it. */
export async function serveDist(): Promise<{ root: string; baseUrl: string; server: PreviewServer }> {
  const root = path.resolve(import.meta.dirname, '..');
  if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run npm run build');
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a local URL');
  return { root, baseUrl, server };
}
