import { computed, ref, watch } from 'vue'

/** GET /api/citations takes at most this many ids. */
export const MAX_CITATIONS = 200
const STORAGE_KEY = 'roadtosea.citeSelection'

function restore(): string[] {
  try {
    const saved: unknown = JSON.parse(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string').slice(0, MAX_CITATIONS) : []
  } catch {
    return []
  }
}

/**
 * The results a reader ticked for citing, in the order ticked. It lasts for the browser tab's
 * session, so it survives paging, other searches and a visit to a record page.
 */
export function useCitationSelection() {
  const ids = ref<string[]>(restore())

  watch(
    ids,
    (now) => {
      try {
        globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(now))
      } catch {
        // not kept: the selection still holds on this page
      }
    },
    { deep: true },
  )

  const chosen = computed(() => new Set(ids.value))

  function isSelected(id: string): boolean {
    return chosen.value.has(id)
  }

  function select(id: string, on: boolean) {
    if (on && !chosen.value.has(id) && ids.value.length < MAX_CITATIONS) {
      ids.value = [...ids.value, id]
    } else if (!on && chosen.value.has(id)) {
      ids.value = ids.value.filter((other) => other !== id)
    }
  }

  function clear() {
    ids.value = []
  }

  return { ids, isSelected, select, clear }
}
