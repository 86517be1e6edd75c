import { computed } from 'vue'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { useRoute, useRouter } from 'vue-router'
import type { FacetName, SortOrder } from '../api/types'
import { DEFAULT_SORT, FACET_NAMES, MAX_YEAR, MIN_YEAR, SORT_ORDERS } from '../api/types'

/**
 * Everything that defines a search lives in the URL query, e.g.
 * /search?q=北海&module=origins&module=features&yearFrom=1990&yearTo=2020&sort=date — so a search can be
 * shared and bookmarked, and the back button walks through earlier searches. `page` is only read (links made
 * before "load more"), never written: further results are loaded with the API's cursor.
 */
export interface SearchState {
  q: string
  page: number
  filters: Record<FacetName, string[]>
  /** The year range, both ends inclusive and optional. */
  years: YearRange
  sort: SortOrder
}

export interface YearRange {
  from: number | null
  to: number | null
}

/** Elasticsearch pages through the first 10,000 hits only. */
export const MAX_RESULT_WINDOW = 10_000
export const MAX_QUERY_LENGTH = 256

export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(FACET_NAMES.map((facet) => [facet, [] as string[]])) as Record<FacetName, string[]>
}

export function emptySearchState(): SearchState {
  return { q: '', page: 1, filters: emptyFilters(), years: { from: null, to: null }, sort: DEFAULT_SORT }
}

/** A whole year the API accepts, or null. */
export function parseYear(value: string | number | null | undefined): number | null {
  const text = String(value ?? '').trim()
  if (!/^-?\d{1,4}$/.test(text)) {
    return null
  }
  const year = Number(text)
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null
}

/** Both ends in order (a reversed hand-made range is turned round). */
function ordered(range: YearRange): YearRange {
  const { from, to } = range
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }
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
  state.years = ordered({ from: parseYear(values(query.yearFrom)[0]), to: parseYear(values(query.yearTo)[0]) })
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
  if (state.years.from !== null) {
    query.yearFrom = String(state.years.from)
  }
  if (state.years.to !== null) {
    query.yearTo = String(state.years.to)
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
  return { q: state.q, page: state.page, filters, years: { ...state.years }, sort: state.sort }
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

/** Another year range (null ends: open); starts again at page 1. */
export function withYears(state: SearchState, years: YearRange): SearchState {
  const next = copy(state)
  next.years = ordered(years)
  next.page = 1
  return next
}

export function withoutFilters(state: SearchState): SearchState {
  const next = copy(state)
  next.filters = emptyFilters()
  next.years = { from: null, to: null }
  next.page = 1
  return next
}

export function withPage(state: SearchState, page: number): SearchState {
  const next = copy(state)
  next.page = Math.max(1, Math.floor(page))
  return next
}

export function selectedFilterCount(state: SearchState): number {
  const years = state.years.from !== null || state.years.to !== null ? 1 : 0
  return FACET_NAMES.reduce((sum, facet) => sum + state.filters[facet].length, years)
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
