import { describe, expect, it } from 'vitest'
import { jsonResponse, stubFetch } from '../test-support/app'
import { ApiError, encodeRecordId, fetchRecord, recordUrl, searchRecords, searchUrl } from './client'

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
