import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The peer page: vis-timeline (peer build) with vis-data, bundled like Khatt, served beside the same corpus. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    // Outside the tree, so lint and format checks never see the bundle; bench/run.ts picks its own.
    outDir: join(tmpdir(), 'khatt-bench-peer'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
