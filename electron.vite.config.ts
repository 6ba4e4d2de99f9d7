// Builds the three Electron targets: main (ESM), a sandboxed CommonJS preload, and the Vue renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

// No "your build spent significant time in plugins" profiling notes on a busy machine: the build says only what failed.
const checks = { bundlerTimings: false };

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Two entries: the main process, and the backend host it forks as a utility process (out/main/backend-host.js).
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'backend-host': resolve(import.meta.dirname, 'services/host/entry.ts'),
        },
      },
      rollupOptions: { external: ['better-sqlite3', 'playwright-core'], checks },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false }, checks },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [vue()],
    // A build made with PARLEY_CHECK_REPLIES=1 checks every reply against the contract, as development builds do.
    define: { 'import.meta.env.PARLEY_CHECK_REPLIES': JSON.stringify(process.env.PARLEY_CHECK_REPLIES ?? '') },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html'), checks },
    },
  },
});
