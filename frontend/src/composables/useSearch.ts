import type { Ref } from 'vue'
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { ApiError, DEFAULT_PAGE_SIZE, isAbort, searchRecords } from '../api/client'
import type { SearchResponse } from '../api/types'
import type { SearchState } from './useSearchState'
import { toSearchQuery } from './useSearchState'

export type LoadStatus = 'loading' | 'success' | 'error'

/**
 * Runs the search for the current state whenever it changes. A newer search cancels an older one
 * still in flight, so a slow answer can never overwrite a newer one.
 */
export function useSearch(state: Ref<SearchState>) {
  const status = ref<LoadStatus>('loading')
  const response = shallowRef<SearchResponse | null>(null)
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  async function run() {
    controller?.abort()
    const current = new AbortController()
    controller = current
    status.value = 'loading'
    error.value = null
    const { q, page, filters, sort } = state.value
    try {
      const result = await searchRecords({ q, page, filters, sort, size: DEFAULT_PAGE_SIZE }, current.signal)
      if (controller !== current) {
        return
      }
      response.value = result
      status.value = 'success'
    } catch (failure) {
      if (isAbort(failure) || controller !== current) {
        return
      }
      error.value = failure instanceof ApiError ? failure : new ApiError(0, null, String(failure))
      response.value = null
      status.value = 'error'
    }
  }

  watch(() => JSON.stringify(toSearchQuery(state.value)), run, { immediate: true })
  onScopeDispose(() => controller?.abort())

  return { status, response, error, retry: run }
}
