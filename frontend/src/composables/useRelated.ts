import type { Ref } from 'vue'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import { fetchRelated, isAbort } from '../api/client'
import type { RelatedRecord, RelatedResponse } from '../api/types'
import { MODULE_CODES } from '../api/types'

function listOf(value: unknown): RelatedRecord[] {
  return Array.isArray(value) ? (value as RelatedRecord[]) : []
}

export interface RelatedSection {
  module: string
  records: RelatedRecord[]
}

/**
 * GET /api/related for a record: one section per module that has related records, in the
 * portal's module order (modules the portal does not know yet come last). A failure only leaves
 * the sections out: the record page stands without them.
 */
export function useRelated(id: Ref<string>) {
  const answer = shallowRef<RelatedResponse | null>(null)
  let controller: AbortController | null = null

  async function load() {
    controller?.abort()
    const current = new AbortController()
    controller = current
    answer.value = null
    try {
      const result = await fetchRelated(id.value, current.signal)
      if (controller === current) {
        answer.value = result
      }
    } catch (failure) {
      if (!isAbort(failure) && controller === current) {
        answer.value = null
      }
    }
  }

  const sections = computed<RelatedSection[]>(() => {
    const related = answer.value
    if (!related || typeof related !== 'object') {
      return []
    }
    const known: readonly string[] = MODULE_CODES
    const modules = [...MODULE_CODES, ...Object.keys(related).filter((module) => !known.includes(module))]
    return modules
      .map((module) => ({
        module,
        records: listOf(related[module]).filter(
          (record) => record !== null && typeof record === 'object' && typeof record.id === 'string' && record.id !== id.value,
        ),
      }))
      .filter((section) => section.records.length > 0)
  })

  watch(id, load, { immediate: true })
  onScopeDispose(() => controller?.abort())

  return { sections }
}
