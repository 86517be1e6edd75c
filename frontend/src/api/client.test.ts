import { describe, expect, it } from 'vitest'
import { jsonResponse, stubFetch } from '../test-support/app'
import {
  ApiError,
  citationsUrl,
  encodeRecordId,
  fetchJsonLd,
  fetchRecord,
  jsonLdUrl,
  recordUrl,
  relatedUrl,
  searchCsvUrl,
  searchRecords,
  searchUrl,
  spellingUrl,
  suggestUrl,
  withinUrl,
} from './client'

describe('searchUrl', () => {
  it('sends the query, repeated filters in contract order, page and size', () => {
    const url = new URL(
      searchUrl({ q: '北海 港口', page: 2, filters: { theme: ['trade'], module: ['origins', 'features'], year: ['2020'] } }),
      'http://localhost',
    )
    expect(url.pathname).toBe('/api/search')
    expect(url.searchParams.get('q')).toBe('北海 港口')
    expect(url.searchParams.getAll('module')).toEqual(['origins', 'features'])
    expect(url.searchParams.getAll('theme')).toEqual(['trade'])
    expect(url.searchParams.getAll('year')).toEqual(['2020'])
    expect(url.searchParams.get('page')).toBe('2')
    expect(url.searchParams.get('size')).toBe('20')
    expect([...url.searchParams.keys()]).toEqual(['q', 'module', 'module', 'theme', 'year', 'page', 'size'])
  })

  it('escapes values that mean something in a query string', () => {
    const url = searchUrl({ q: 'a&b=c#d', page: 1, filters: { library: ['A+B 图书馆'] } })
    const params = new URL(url, 'http://localhost').searchParams
    expect(params.get('q')).toBe('a&b=c#d')
    expect(params.get('library')).toBe('A+B 图书馆')
  })
})

describe('discovery URLs', () => {
  const params = (url: string) => new URL(url, 'http://localhost')

  it('sends a non-default sort after the filters and leaves relevance out', () => {
    const url = params(searchUrl({ q: '北海', page: 1, filters: { module: ['origins'] }, sort: 'date_asc' }))
    expect([...url.searchParams.keys()]).toEqual(['q', 'module', 'sort', 'page', 'size'])
    expect(url.searchParams.get('sort')).toBe('date_asc')
    expect(params(searchUrl({ q: '北海', page: 1, filters: {}, sort: 'relevance' })).searchParams.has('sort')).toBe(false)
  })

  it('exports the same result set as CSV, without page and size', () => {
    const url = params(searchCsvUrl({ q: '北海 港口', filters: { theme: ['trade'], module: ['origins'] }, sort: 'title' }))
    expect(url.pathname).toBe('/api/search.csv')
    expect([...url.searchParams.entries()]).toEqual([
      ['q', '北海 港口'],
      ['module', 'origins'],
      ['theme', 'trade'],
      ['sort', 'title'],
    ])
  })

  it('asks for spelling with the query and filters only', () => {
    const url = params(spellingUrl({ q: 'beihia', filters: { city: ['北海'] }, sort: 'date' }))
    expect(url.pathname).toBe('/api/suggest/spelling')
    expect([...url.searchParams.entries()]).toEqual([
      ['q', 'beihia'],
      ['city', '北海'],
    ])
  })

  it('puts ids into query parameters, escaped', () => {
    const id = 'lib:oai:x.org:路/径 ?&=#'
    const cite = params(citationsUrl([id, 'b:2'], 'csl-json'))
    expect(cite.pathname).toBe('/api/citations')
    expect(cite.searchParams.getAll('id')).toEqual([id, 'b:2'])
    expect(cite.searchParams.get('format')).toBe('csl-json')
    expect(params(relatedUrl(id)).searchParams.get('id')).toBe(id)
    expect(params(jsonLdUrl(id)).pathname).toBe('/api/records-jsonld')
    expect(params(jsonLdUrl(id)).searchParams.get('id')).toBe(id)
    const within = params(withinUrl(id, '合浦 & 北海'))
    expect(within.pathname).toBe('/api/within')
    expect(within.searchParams.get('q')).toBe('合浦 & 北海')
    expect(params(suggestUrl('bei hai')).searchParams.get('q')).toBe('bei hai')
  })

  it('reads JSON-LD as text, exactly as sent', async () => {
    const body = '{"@context":"https://schema.org","name":"\\u003cb\\u003e"}'
    stubFetch(() => new Response(body, { status: 200, headers: { 'Content-Type': 'application/ld+json' } }))
    expect(await fetchJsonLd('a:b')).toBe(body)
  })
})

describe('record ids in URLs', () => {
  it('keeps ":" and "/" readable and encodes the rest per segment', () => {
    expect(encodeRecordId('demo-beihai:oai:demo.beihai:0001')).toBe('demo-beihai:oai:demo.beihai:0001')
    expect(encodeRecordId('src:oai:arXiv.org:hep-th/9901001')).toBe('src:oai:arXiv.org:hep-th/9901001')
    expect(encodeRecordId('src:本地 文献?#%')).toBe('src:%E6%9C%AC%E5%9C%B0%20%E6%96%87%E7%8C%AE%3F%23%25')
    expect(recordUrl('a:b/c d')).toBe('/api/records/a:b/c%20d')
  })

  it('round-trips through decoding', () => {
    const id = 'lib:oai:x.org:路/径 ?&=#%:end'
    expect(decodeURIComponent(encodeRecordId(id))).toBe(id)
  })
})

describe('API errors', () => {
  it('reads RFC 9457 problem details', async () => {
    stubFetch(() =>
      jsonResponse(
        { type: 'about:blank', title: 'Invalid search request', status: 400, detail: 'page must be 1 or more.' },
        400,
        'application/problem+json',
      ),
    )
    const failure = await searchRecords({ q: '', page: 1, filters: {} }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).status).toBe(400)
    expect((failure as ApiError).detail).toBe('page must be 1 or more.')
  })

  it('copes with an error page that is not JSON', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    const failure = (await fetchRecord('a:b').catch((error: unknown) => error)) as ApiError
    expect(failure.status).toBe(502)
    expect(failure.detail).toBeNull()
  })

  it('reports an unreachable server as status 0', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const failure = (await fetchRecord('a:b').catch((error: unknown) => error)) as ApiError
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure.status).toBe(0)
  })

  it('lets a cancelled request stay a cancellation', async () => {
    stubFetch(() => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')))
    const failure = await fetchRecord('a:b').catch((error: unknown) => error)
    expect((failure as Error).name).toBe('AbortError')
  })
})
