import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/** The Spring Boot backend during `npm run dev` (scripts/run.sh starts it on this port). */
const backend = 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/v3': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-support/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
