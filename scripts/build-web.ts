// Bundles the web page (web/src, with sigma and graphology) into dist/web with esbuild, next to its
// HTML and CSS, so the app serves every asset itself: no CDN, nothing fetched at run time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'web');

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: { app: join(ROOT, 'web/src/main.ts'), 'docs-init': join(ROOT, 'web/src/docs-init.ts') },
  outdir: OUT,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css']) copyFileSync(join(ROOT, 'web', file), join(OUT, file));
console.log(`web page built into ${OUT}`);
