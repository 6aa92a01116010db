import { defineConfig } from 'vite';

// The page is embedded in the Go binary (web/dist, go:embed) and must work
// with no internet: everything, Monaco's workers included, is bundled here.
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rollupOptions: {
      // Libraries mark modules "use client" for React Server Components;
      // meaningless in a single-page bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
