import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  // The libraries' sources (the rule engine's sentences, the plan's code lists), not the API build's output in dist/.
  resolve: {
    alias: {
      '#matching': fileURLToPath(new URL('../../libs/matching/src/index.ts', import.meta.url)),
      '#plan-data': fileURLToPath(new URL('../../libs/plan-data/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // antd + Refine make one large vendor chunk; the ECharts pages are split off with React.lazy.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
      '/admin/queues': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4173 },
});
