import type { Ref } from 'vue'
import { shallowRef } from 'vue'
import type { LocationQuery, Router } from 'vue-router'
import { useRouter } from 'vue-router'

/** The search a reader last looked at, and whether it is the page right before the current one. */
export interface LastSearch {
  location: { path: string; query: LocationQuery }
  fullPath: string
  isPrevious: boolean
}

const memory = new WeakMap<Router, Ref<LastSearch | null>>()

/** Lets record pages offer "back to results" with the reader's own search, whatever the history type. */
export function rememberSearches(router: Router): void {
  const last = shallowRef<LastSearch | null>(null)
  memory.set(router, last)
  router.afterEach((to, from, failure) => {
    if (failure) {
      return
    }
    if (to.name === 'search' || to.name === 'home') {
      last.value = { location: { path: to.path, query: to.query }, fullPath: to.fullPath, isPrevious: false }
    } else if (last.value) {
      last.value = { ...last.value, isPrevious: from.fullPath === last.value.fullPath }
    }
  })
}

export function useLastSearch(): Ref<LastSearch | null> {
  return memory.get(useRouter()) ?? shallowRef(null)
}
