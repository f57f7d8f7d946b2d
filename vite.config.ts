import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Modes (README "Ways to run"):
// - `vite` (npm run dev): the console with the emulator in the page (MSW), no server needed.
// - `vite build --mode msw`: the same as a static build (VITE_MSW=true in .env.msw).
// - `vite build` (npm start): the console only; /api is answered by server/proxy.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { sourcemap: true, chunkSizeWarningLimit: 900 },
})
