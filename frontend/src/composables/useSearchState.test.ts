import { describe, expect, it } from 'vitest'
import type { LocationQuery } from 'vue-router'
import { createMemoryHistory } from 'vue-router'
import { createPortalRouter } from '../router'
import type { SearchState } from './useSearchState'
import {
  emptySearchState,
  parseSearchQuery,
  toSearchQuery,
  withFilterToggled,
  withoutFilters,
  withPage,
  withQuery,
  withSort,
  withYears,
} from './useSearchState'

function state(overrides: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> } = {}): SearchState {
  const base = emptySearchState()
  return { ...base, ...overrides, filters: { ...base.filters, ...overrides.filters } }
}

const rich = state({
  q: '北海 海上丝绸之路',
  page: 3,
  filters: { module: ['origins', 'features'], theme: ['belt-and-road'], library: ['北海市图书馆'], year: ['2020', '2019'] },
})

describe('search state in the URL', () => {
  it('leaves defaults out of the URL', () => {
    expect(toSearchQuery(emptySearchState())).toEqual({})
    expect(toSearchQuery(state({ q: '北海' }))).toEqual({ q: '北海' })
  })

  it('writes one value as a string and several as a list', () => {
    expect(toSearchQuery(rich)).toEqual({
      q: '北海 海上丝绸之路',
      module: ['origins', 'features'],
      theme: 'belt-and-road',
      library: '北海市图书馆',
      year: ['2020', '2019'],
      page: '3',
    })
  })

  it('reads back exactly what it wrote', () => {
    expect(parseSearchQuery(toSearchQuery(rich) as LocationQuery)).toEqual(rich)
    expect(parseSearchQuery(toSearchQuery(emptySearchState()) as LocationQuery)).toEqual(emptySearchState())
  })

  it('normalises hand-made URLs', () => {
    const parsed = parseSearchQuery({ q: ['  北海 ', 'ignored'], module: ['origins', '', null, 'origins'], page: 'abc', unknown: 'x' })
    expect(parsed).toEqual(state({ q: '北海', filters: { module: ['origins'] } }))
    expect(parseSearchQuery({ page: '0' }).page).toBe(1)
    expect(parseSearchQuery({ page: '-2' }).page).toBe(1)
    expect(parseSearchQuery({ page: '99999999' }).page).toBe(1)
    expect(parseSearchQuery({ page: '7' }).page).toBe(7)
  })

  it('starts again at page 1 when the question changes, but not when only the page does', () => {
    expect(withQuery(rich, ' 钦州 ')).toEqual({ ...rich, q: '钦州', page: 1 })
    expect(withFilterToggled(rich, 'module', 'origins').filters.module).toEqual(['features'])
    expect(withFilterToggled(rich, 'module', 'guide').filters.module).toEqual(['origins', 'features', 'guide'])
    expect(withFilterToggled(rich, 'city', '北海').page).toBe(1)
    expect(withoutFilters(rich)).toEqual(state({ q: rich.q }))
    expect(withPage(rich, 4)).toEqual({ ...rich, page: 4 })
  })

  it('does not change the state it was given', () => {
    const before = structuredClone(rich)
    withFilterToggled(rich, 'module', 'guide')
    withQuery(rich, 'x')
    withPage(rich, 9)
    expect(rich).toEqual(before)
  })

  it('keeps a chosen order in the URL and reads it back', () => {
    const sorted = withSort(rich, 'date')
    expect(sorted.page).toBe(1)
    expect(toSearchQuery(sorted).sort).toBe('date')
    expect(parseSearchQuery(toSearchQuery(sorted) as LocationQuery)).toEqual(sorted)
    expect(toSearchQuery(withSort(rich, 'relevance'))).not.toHaveProperty('sort')
    expect(withQuery(sorted, '钦州').sort).toBe('date')
    expect(withFilterToggled(sorted, 'module', 'guide').sort).toBe('date')
    expect(withPage(sorted, 2).sort).toBe('date')
  })

  it('ignores an order the API does not know', () => {
    expect(parseSearchQuery({ sort: 'popularity' }).sort).toBe('relevance')
    expect(parseSearchQuery({ sort: ['title', 'date'] }).sort).toBe('title')
  })

  it('survives a trip through the router and the address bar', async () => {
    const router = createPortalRouter(createMemoryHistory())
    await router.push({ name: 'search', query: toSearchQuery(rich) })
    const href = router.currentRoute.value.fullPath
    expect(href).toMatch(/^\/search\?/)
    // a shared link: a fresh router opens the same address
    const other = createPortalRouter(createMemoryHistory())
    await other.push(href)
    expect(parseSearchQuery(other.currentRoute.value.query)).toEqual(rich)

    const sorted = withSort(rich, 'date_asc')
    await other.push({ name: 'search', query: toSearchQuery(sorted) })
    expect(other.currentRoute.value.fullPath).toContain('sort=date_asc')
    const third = createPortalRouter(createMemoryHistory())
    await third.push(other.currentRoute.value.fullPath)
    expect(parseSearchQuery(third.currentRoute.value.query)).toEqual(sorted)
  })

  it('keeps a year range and the full-text choice in the URL, and starts again at page 1', () => {
    const ranged = withYears(withFilterToggled(rich, 'fullText', 'true'), { from: 1990, to: 2020 })
    expect(ranged.page).toBe(1)
    const query = toSearchQuery(ranged)
    expect(query).toMatchObject({ yearFrom: '1990', yearTo: '2020', fullText: 'true' })
    expect(parseSearchQuery(query as LocationQuery)).toEqual(ranged)
    expect(toSearchQuery(withYears(ranged, { from: null, to: 2000 }))).not.toHaveProperty('yearFrom')
    expect(withoutFilters(ranged).years).toEqual({ from: null, to: null })
    expect(withYears(rich, { from: 2020, to: 1990 }).years).toEqual({ from: 1990, to: 2020 })
  })

  it('reads only whole years the API accepts, turning a reversed range round', () => {
    expect(parseSearchQuery({ yearFrom: '2020', yearTo: '1990' }).years).toEqual({ from: 1990, to: 2020 })
    expect(parseSearchQuery({ yearFrom: '-111' }).years).toEqual({ from: -111, to: null })
    for (const odd of ['abc', '1990.5', '99999', '', '1e3']) {
      expect(parseSearchQuery({ yearFrom: odd }).years.from, odd).toBeNull()
    }
  })
})
