import { computed } from 'vue'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { useRoute, useRouter } from 'vue-router'
import type { FacetName, SortOrder } from '../api/types'
import { DEFAULT_SORT, FACET_NAMES, SORT_ORDERS } from '../api/types'

/**
 * Everything that defines a search lives in the URL query, e.g.
 * /search?q=北海&module=origins&module=features&sort=date&page=2 — so a search can be shared and bookmarked,
 * and the back button walks through earlier searches.
 */
export interface SearchState {
  q: string
  page: number
  filters: Record<FacetName, string[]>
  sort: SortOrder
}

/** Elasticsearch pages through the first 10,000 hits only. */
export const MAX_RESULT_WINDOW = 10_000
export const MAX_QUERY_LENGTH = 256

export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(FACET_NAMES.map((facet) => [facet, [] as string[]])) as Record<FacetName, string[]>
}

export function emptySearchState(): SearchState {
  return { q: '', page: 1, filters: emptyFilters(), sort: DEFAULT_SORT }
}

function values(raw: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw]
  const seen = new Set<string>()
  for (const value of list) {
    const trimmed = value?.trim()
    if (trimmed) {
      seen.add(trimmed)
    }
  }
  return [...seen]
}

export function parseSearchQuery(query: LocationQuery): SearchState {
  const state = emptySearchState()
  state.q = (values(query.q)[0] ?? '').slice(0, MAX_QUERY_LENGTH)
  const page = Number.parseInt(values(query.page)[0] ?? '', 10)
  state.page = Number.isSafeInteger(page) && page >= 1 && page <= MAX_RESULT_WINDOW ? page : 1
  for (const facet of FACET_NAMES) {
    state.filters[facet] = values(query[facet])
  }
  state.sort = parseSort(values(query.sort)[0])
  return state
}

export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && (SORT_ORDERS as readonly string[]).includes(value)
}

function parseSort(value: string | undefined): SortOrder {
  return isSortOrder(value) ? value : DEFAULT_SORT
}

/** The URL query for a state; defaults (empty query, page 1, no filter, relevance) are left out. */
export function toSearchQuery(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const q = state.q.trim()
  if (q) {
    query.q = q
  }
  for (const facet of FACET_NAMES) {
    const chosen = state.filters[facet]
    if (chosen.length === 1) {
      query[facet] = chosen[0]
    } else if (chosen.length > 1) {
      query[facet] = [...chosen]
    }
  }
  if (state.sort !== DEFAULT_SORT) {
    query.sort = state.sort
  }
  if (state.page > 1) {
    query.page = String(state.page)
  }
  return query
}

function copy(state: SearchState): SearchState {
  const filters = emptyFilters()
  for (const facet of FACET_NAMES) {
    filters[facet] = [...state.filters[facet]]
  }
  return { q: state.q, page: state.page, filters, sort: state.sort }
}

/** A new query keeps the chosen filters (they stay visible as chips) and the order, and starts at page 1. */
export function withQuery(state: SearchState, q: string): SearchState {
  const next = copy(state)
  next.q = q.trim().slice(0, MAX_QUERY_LENGTH)
  next.page = 1
  return next
}

export function withFilterToggled(state: SearchState, facet: FacetName, value: string): SearchState {
  const next = copy(state)
  const chosen = next.filters[facet]
  next.filters[facet] = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  next.page = 1
  return next
}

/** Another order of the same results starts again at page 1. */
export function withSort(state: SearchState, sort: SortOrder): SearchState {
  const next = copy(state)
  next.sort = sort
  next.page = 1
  return next
}

export function withoutFilters(state: SearchState): SearchState {
  const next = copy(state)
  next.filters = emptyFilters()
  next.page = 1
  return next
}

export function withPage(state: SearchState, page: number): SearchState {
  const next = copy(state)
  next.page = Math.max(1, Math.floor(page))
  return next
}

export function selectedFilterCount(state: SearchState): number {
  return FACET_NAMES.reduce((sum, facet) => sum + state.filters[facet].length, 0)
}

/** The search state of the current route, and navigation that records each change in the history. */
export function useSearchState() {
  const route = useRoute()
  const router = useRouter()
  const state = computed(() => parseSearchQuery(route.query))

  function locationOf(next: SearchState) {
    return { name: 'search' as const, query: toSearchQuery(next) }
  }

  function navigate(next: SearchState) {
    return router.push(locationOf(next))
  }

  return { state, locationOf, navigate }
}
