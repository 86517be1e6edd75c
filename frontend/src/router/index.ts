import type { RouterHistory } from 'vue-router'
import { createRouter, createWebHistory } from 'vue-router'
import type { LayoutName } from '../layouts'
import NotFoundPage from '../pages/NotFoundPage.vue'
import RecordPage from '../pages/RecordPage.vue'
import SearchPage from '../pages/SearchPage.vue'
import { rememberSearches } from './lastSearch'

declare module 'vue-router' {
  interface RouteMeta {
    /** Which frame the page sits in; the kiosk layout will join the default one. */
    layout?: LayoutName
  }
}

export function createPortalRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: SearchPage },
      { path: '/search', name: 'search', component: SearchPage },
      // ids look like "demo-beihai:oai:demo.beihai:0001" and may hold "/": take the rest of the path
      { path: '/records/:id(.*)', name: 'record', component: RecordPage },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
    ],
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) {
        return savedPosition
      }
      return to.path !== from.path ? { top: 0 } : undefined
    },
  })
  rememberSearches(router)
  return router
}
