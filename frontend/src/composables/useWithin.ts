import type { Ref } from 'vue'
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { ApiError, fetchWithin, isAbort } from '../api/client'
import type { WithinResponse } from '../api/types'
import { MAX_QUERY_LENGTH } from './useSearchState'

export type WithinStatus = 'idle' | 'loading' | 'success' | 'error'

/** Search within one record (GET /api/within); starts over when the record changes. */
export function useWithin(id: Ref<string>) {
  const status = ref<WithinStatus>('idle')
  const result = shallowRef<WithinResponse | null>(null)
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  function reset() {
    controller?.abort()
    controller = null
    status.value = 'idle'
    result.value = null
    error.value = null
  }

  async function search(text: string) {
    const q = text.trim().slice(0, MAX_QUERY_LENGTH)
    if (q === '') {
      reset()
      return
    }
    controller?.abort()
    const current = new AbortController()
    controller = current
    status.value = 'loading'
    error.value = null
    try {
      const answer = await fetchWithin(id.value, q, current.signal)
      if (controller === current) {
        const matches = Array.isArray(answer?.matches) ? answer.matches.filter((match) => typeof match?.context === 'string') : []
        result.value = { ...answer, total: typeof answer?.total === 'number' ? answer.total : matches.length, matches }
        status.value = 'success'
      }
    } catch (failure) {
      if (isAbort(failure) || controller !== current) {
        return
      }
      error.value = failure instanceof ApiError ? failure : new ApiError(0, null, String(failure))
      result.value = null
      status.value = 'error'
    }
  }

  watch(id, reset)
  onScopeDispose(() => controller?.abort())

  return { status, result, error, search, reset }
}
