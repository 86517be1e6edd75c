import type { Ref } from 'vue'
import { onScopeDispose, shallowRef, watch } from 'vue'
import { fetchSpelling, isAbort } from '../api/client'
import type { LoadStatus } from './useSearch'
import type { SearchState } from './useSearchState'

/** Below this many results a search asks whether the query was misspelled. */
export const FEW_RESULTS = 5

export interface DidYouMean {
  suggestion: string
  total: number | null
}

/**
 * "Did you mean": once a search with words has finished with few or no results, asks
 * GET /api/suggest/spelling (same words and filters) for a corrected query that finds records.
 */
export function useDidYouMean(state: Ref<SearchState>, status: Ref<LoadStatus>, total: Ref<number>) {
  const proposal = shallowRef<DidYouMean | null>(null)
  let controller: AbortController | null = null

  async function check() {
    controller?.abort()
    controller = null
    proposal.value = null
    const { q, filters, years } = state.value
    if (status.value !== 'success' || q === '' || total.value >= FEW_RESULTS) {
      return
    }
    const current = new AbortController()
    controller = current
    try {
      const answer = await fetchSpelling({ q, filters, years }, current.signal)
      const suggestion = typeof answer?.suggestion === 'string' ? answer.suggestion.trim() : ''
      if (controller === current && suggestion && suggestion !== q) {
        proposal.value = { suggestion, total: typeof answer.suggestionTotal === 'number' ? answer.suggestionTotal : null }
      }
    } catch (failure) {
      if (!isAbort(failure)) {
        proposal.value = null // no proposal is fine: the results stand on their own
      }
    }
  }

  watch([status, () => state.value.q], check, { immediate: true })
  onScopeDispose(() => controller?.abort())

  return proposal
}
