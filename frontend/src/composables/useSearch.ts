import type { Ref } from 'vue'
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { ApiError, DEFAULT_PAGE_SIZE, isAbort, searchRecords } from '../api/client'
import type { SearchHit, SearchResponse } from '../api/types'
import type { SearchState } from './useSearchState'
import { toSearchQuery } from './useSearchState'

export type LoadStatus = 'loading' | 'success' | 'error'

function toError(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError(0, null, String(failure))
}

/**
 * Runs the search for the current state whenever it changes. A newer search cancels an older one
 * still in flight, so a slow answer can never overwrite a newer one.
 *
 * "Load more" appends the next page through the API's cursor (`after` = `nextCursor`, search_after),
 * never by from/size, so it goes on past the first 10,000 hits. Cursor pages list every record on its
 * own, so records already shown (as a hit or as another version of one) are left out.
 */
export function useSearch(state: Ref<SearchState>) {
  const status = ref<LoadStatus>('loading')
  const response = shallowRef<SearchResponse | null>(null)
  const error = shallowRef<ApiError | null>(null)
  /** Every hit shown: the first page, then each page loaded with the cursor. */
  const hits = shallowRef<SearchHit[]>([])
  const nextCursor = ref<string | null>(null)
  const loadingMore = ref(false)
  const moreError = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  function params() {
    const { q, page, filters, years, sort } = state.value
    return { q, page, filters, years, sort, size: DEFAULT_PAGE_SIZE }
  }

  async function run() {
    controller?.abort()
    const current = new AbortController()
    controller = current
    status.value = 'loading'
    error.value = null
    moreError.value = null
    loadingMore.value = false
    try {
      const result = await searchRecords(params(), current.signal)
      if (controller !== current) {
        return
      }
      response.value = result
      hits.value = result.hits
      nextCursor.value = result.nextCursor ?? null
      status.value = 'success'
    } catch (failure) {
      if (isAbort(failure) || controller !== current) {
        return
      }
      error.value = toError(failure)
      response.value = null
      hits.value = []
      nextCursor.value = null
      status.value = 'error'
    }
  }

  /** Appends the next page; resolves to the hits added. */
  async function loadMore(): Promise<SearchHit[]> {
    const after = nextCursor.value
    if (!after || loadingMore.value || status.value !== 'success') {
      return []
    }
    const current = controller
    loadingMore.value = true
    moreError.value = null
    try {
      const result = await searchRecords({ ...params(), after }, current?.signal)
      if (controller !== current) {
        return []
      }
      const shown = new Set(hits.value.flatMap((hit) => [hit.id, ...(hit.versions ?? []).map((version) => version.id)]))
      const added = result.hits.filter((hit) => !shown.has(hit.id))
      hits.value = [...hits.value, ...added]
      nextCursor.value = result.nextCursor ?? null
      return added
    } catch (failure) {
      if (!isAbort(failure) && controller === current) {
        moreError.value = toError(failure)
      }
      return []
    } finally {
      if (controller === current) {
        loadingMore.value = false
      }
    }
  }

  watch(() => JSON.stringify(toSearchQuery(state.value)), run, { immediate: true })
  onScopeDispose(() => controller?.abort())

  return { status, response, error, hits, nextCursor, loadingMore, moreError, loadMore, retry: run }
}
