import { onScopeDispose, shallowRef } from 'vue'
import { fetchSuggestions, isAbort } from '../api/client'
import type { Suggestion } from '../api/types'
import { MAX_QUERY_LENGTH } from './useSearchState'

/** Time to wait after the last key stroke before asking for suggestions. */
export const SUGGEST_DELAY_MS = 150

/**
 * Autocomplete for the search box: asks GET /api/suggest once typing pauses. A newer request
 * cancels an older one, so suggestions always belong to the text in the box. Failures only mean
 * no suggestions: the search itself still works.
 */
export function useSuggestions() {
  const suggestions = shallowRef<Suggestion[]>([])
  /** The text the suggestions were made for. */
  const forText = shallowRef('')
  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  function cancel() {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
    controller?.abort()
    controller = null
  }

  function clear() {
    cancel()
    suggestions.value = []
    forText.value = ''
  }

  /** Suggestions for this text, after the pause; empty text clears them at once. */
  function request(text: string) {
    cancel()
    const q = text.trim()
    if (q === '' || q.length > MAX_QUERY_LENGTH) {
      suggestions.value = []
      forText.value = ''
      return
    }
    timer = setTimeout(() => {
      timer = null
      void load(q)
    }, SUGGEST_DELAY_MS)
  }

  async function load(q: string) {
    const current = new AbortController()
    controller = current
    try {
      const answer = await fetchSuggestions(q, current.signal)
      if (controller === current) {
        const entries: unknown = answer?.suggestions
        suggestions.value = (Array.isArray(entries) ? (entries as Suggestion[]) : []).filter(
          (entry) => typeof entry?.text === 'string' && entry.text.trim() !== '',
        )
        forText.value = q
      }
    } catch (failure) {
      if (!isAbort(failure) && controller === current) {
        suggestions.value = []
        forText.value = q
      }
    } finally {
      if (controller === current) {
        controller = null
      }
    }
  }

  onScopeDispose(cancel)

  return { suggestions, forText, request, cancel, clear }
}
