import type { Ref } from 'vue'
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { ApiError, fetchRecord, isAbort } from '../api/client'
import type { PortalRecord } from '../api/types'
import type { LoadStatus } from './useSearch'

export function useRecord(id: Ref<string>) {
  const status = ref<LoadStatus>('loading')
  const record = shallowRef<PortalRecord | null>(null)
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  async function load() {
    controller?.abort()
    const current = new AbortController()
    controller = current
    status.value = 'loading'
    error.value = null
    try {
      const result = await fetchRecord(id.value, current.signal)
      if (controller === current) {
        record.value = result
        status.value = 'success'
      }
    } catch (failure) {
      if (isAbort(failure) || controller !== current) {
        return
      }
      error.value = failure instanceof ApiError ? failure : new ApiError(0, null, String(failure))
      record.value = null
      status.value = 'error'
    }
  }

  watch(id, load, { immediate: true })
  onScopeDispose(() => controller?.abort())

  return { status, record, error, reload: load }
}
