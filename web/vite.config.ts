import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Paths the service worker must never answer: they belong to the server. */
const SERVER_PATHS = [/^\/api(\/|$)/, /^\/actuator(\/|$)/, /^\/v3(\/|$)/, /^\/swagger-ui/];

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline assets as data: URLs; the server's Content-Security-Policy only allows 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2020',
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: a separate chunk stays cached across updates.
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] },
      },
    },
  },
  server: {
    // During development, forward server calls to a locally running backend.
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/actuator': 'http://127.0.0.1:8080',
    },
  },
  plugins: [
    react(),
    VitePWA({
      // Registration happens in src/features/pwa/register-service-worker.ts (bundled, CSP-safe).
      injectRegister: false,
      registerType: 'prompt',
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // The glob patterns below already precache public/ (icons, favicon, manifest).
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'AstroAxis',
        short_name: 'AstroAxis',
        description: 'Point of sale and back office for small businesses.',
        lang: 'en-NG',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#064e3b',
        background_color: '#f6f7f9',
        categories: ['business', 'finance', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: SERVER_PATHS,
        // No runtimeCaching: only the precached app shell is served by the worker.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
      devOptions: { enabled: false },
    }),
  ],
});
