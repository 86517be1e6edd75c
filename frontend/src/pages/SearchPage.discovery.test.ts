import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { SearchResponse, SpellingResponse } from '../api/types'
import { jsonResponse, mountApp, requestedUrls, stubFetch } from '../test-support/app'
import { hit, searchResponse } from '../test-support/fixtures'

const byTestId = (id: string) => `[data-testid="${id}"]`

function stubBackend(search: (url: URL) => SearchResponse = () => searchResponse(), spelling?: (url: URL) => SpellingResponse) {
  return stubFetch((url) => {
    if (url.pathname === '/api/suggest/spelling') {
      return jsonResponse(spelling ? spelling(url) : { query: url.searchParams.get('q'), total: 0 })
    }
    return jsonResponse(search(url))
  })
}

const searches = (fetchMock: ReturnType<typeof stubFetch>) => requestedUrls(fetchMock).filter((url) => url.pathname === '/api/search')

describe('sorting', () => {
  it('reads the order from the URL, sends it and shows it in the selector', async () => {
    const fetchMock = stubBackend()
    const { wrapper } = await mountApp('/search?q=北海&sort=date')
    expect(searches(fetchMock)[0]?.searchParams.get('sort')).toBe('date')
    const select = wrapper.find(byTestId('sort-select'))
    expect((select.element as HTMLSelectElement).value).toBe('date')
    expect(select.findAll('option').map((option) => [option.attributes('value'), option.text()])).toEqual([
      ['relevance', '相关度'],
      ['date', '最新'],
      ['date_asc', '最早'],
      ['title', '题名'],
    ])
    expect(wrapper.find(`label[for="${select.attributes('id')}"]`).text()).toBe('排序')
  })

  it('a new order goes into the URL from page 1, and back restores the old one', async () => {
    const fetchMock = stubBackend()
    const { wrapper, router } = await mountApp('/search?q=北海&module=origins&sort=date&page=2')

    await wrapper.find(byTestId('sort-select')).setValue('title')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海', module: 'origins', sort: 'title' })
    expect(searches(fetchMock).at(-1)?.searchParams.get('sort')).toBe('title')
    expect(searches(fetchMock).at(-1)?.searchParams.get('page')).toBe('1')
    expect(document.activeElement).not.toBe(document.body)

    await wrapper.find(byTestId('sort-select')).setValue('relevance')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海', module: 'origins' })
    expect(searches(fetchMock).at(-1)?.searchParams.has('sort')).toBe(false)

    router.back()
    await flushPromises()
    router.back()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海', module: 'origins', sort: 'date', page: '2' })
    expect((wrapper.find(byTestId('sort-select')).element as HTMLSelectElement).value).toBe('date')
  })

  it('a new query and loading more keep the order', async () => {
    const fetchMock = stubBackend(() => searchResponse({ total: 45, nextCursor: 'next' }))
    const { wrapper, router } = await mountApp('/search?q=北海&sort=date_asc')
    await wrapper.find(byTestId('load-more')).trigger('click')
    await flushPromises()
    expect(searches(fetchMock).at(-1)?.searchParams.get('sort')).toBe('date_asc')
    expect(searches(fetchMock).at(-1)?.searchParams.get('after')).toBe('next')
    await wrapper.find(byTestId('search-input')).setValue('钦州')
    await wrapper.find(byTestId('search-button')).trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '钦州', sort: 'date_asc' })
  })
})

describe('export as CSV', () => {
  it('links to /api/search.csv with the same query string', async () => {
    stubBackend()
    const { wrapper } = await mountApp('/search?q=北海&theme=history&module=origins&sort=date&page=3')
    const link = wrapper.find(byTestId('export-csv'))
    expect(link.text()).toBe('导出检索结果（CSV）')
    expect(link.attributes('download')).toBeDefined()
    const url = new URL(link.attributes('href')!, 'http://localhost')
    expect(url.pathname).toBe('/api/search.csv')
    expect([...url.searchParams.entries()]).toEqual([
      ['q', '北海'],
      ['module', 'origins'],
      ['theme', 'history'],
      ['sort', 'date'],
    ])
  })

  it('is not offered for an empty result', async () => {
    stubBackend(() => searchResponse({ total: 0, hits: [], facets: {} }))
    const { wrapper } = await mountApp('/search?q=无')
    expect(wrapper.find(byTestId('export-csv')).exists()).toBe(false)
    expect(wrapper.find(byTestId('sort-select')).exists()).toBe(true)
  })
})

describe('did you mean', () => {
  it('offers a link that runs the corrected query when nothing was found', async () => {
    const fetchMock = stubBackend(
      (url) =>
        url.searchParams.get('q') === '北海'
          ? searchResponse()
          : searchResponse({ total: 0, hits: [], facets: {} }),
      (url) => ({ query: url.searchParams.get('q') ?? '', total: 0, suggestion: '北海', suggestionTotal: 3 }),
    )
    const { wrapper, router } = await mountApp('/search?q=beihia&module=origins&sort=title')

    const spelling = requestedUrls(fetchMock).find((url) => url.pathname === '/api/suggest/spelling')
    expect(spelling?.searchParams.get('q')).toBe('beihia')
    expect(spelling?.searchParams.getAll('module')).toEqual(['origins'])
    const notice = wrapper.find(byTestId('did-you-mean'))
    expect(notice.text()).toBe('您是不是要找：北海（3 条结果）')
    const link = wrapper.find(byTestId('did-you-mean-link'))
    expect(link.attributes('href')).toBe(`/search?q=${encodeURIComponent('北海')}&module=origins&sort=title`)
    expect(link.attributes('lang')).toBe('zh')

    await link.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海', module: 'origins', sort: 'title' })
    expect(searches(fetchMock).at(-1)?.searchParams.get('q')).toBe('北海')
    expect(wrapper.findAll(byTestId('result-item'))).toHaveLength(2)
    expect(wrapper.find(byTestId('did-you-mean')).exists()).toBe(false)
  })

  it('is asked for few results too, in English', async () => {
    stubBackend(
      () => searchResponse({ total: 1, hits: [hit()] }),
      () => ({ query: 'maritme silk road', total: 1, suggestion: 'maritime silk road', suggestionTotal: 12 }),
    )
    const { wrapper } = await mountApp('/search?q=maritme silk road', 'en')
    expect(wrapper.find(byTestId('did-you-mean')).text()).toBe('Did you mean: maritime silk road (12 results)')
  })

  it('is not asked when there are enough results, nor shown without a proposal', async () => {
    const many = stubBackend(() => searchResponse({ total: 42 }))
    const first = await mountApp('/search?q=北海')
    expect(requestedUrls(many).some((url) => url.pathname === '/api/suggest/spelling')).toBe(false)
    expect(first.wrapper.find(byTestId('did-you-mean')).exists()).toBe(false)
    first.wrapper.unmount()

    stubBackend(() => searchResponse({ total: 0, hits: [], facets: {} }))
    const { wrapper } = await mountApp('/search?q=海丝申遗')
    expect(wrapper.find(byTestId('search-empty')).exists()).toBe(true)
    expect(wrapper.find(byTestId('did-you-mean')).exists()).toBe(false)
  })
})

describe('other versions', () => {
  const withVersions = searchResponse({
    hits: [
      hit({
        versions: [
          { id: 'demo-qinzhou:oai:demo.qinzhou:0009', title: '北海港口史', library: '钦州市图书馆', sourceId: 'demo-qinzhou' },
          { id: 'demo-fcg:oai:x:1', title: '北海港口史（修订版）', library: null, sourceId: 'demo-fcg' },
        ],
      }),
      hit({ id: 'b:2', versions: [] }),
    ],
  })

  it('lists the libraries holding other versions, linking to their records', async () => {
    stubBackend(() => withVersions)
    const { wrapper, router } = await mountApp('/search?q=北海')
    const [first, second] = wrapper.findAll(byTestId('result-item'))
    const versions = first!.find(byTestId('result-versions'))
    expect(versions.text()).toContain('其他版本')
    const links = versions.findAll(byTestId('result-version'))
    expect(links.map((link) => link.text())).toEqual(['钦州市图书馆', 'demo-fcg · 北海港口史（修订版）'])
    expect(links.map((link) => link.attributes('href'))).toEqual(['/records/demo-qinzhou:oai:demo.qinzhou:0009', '/records/demo-fcg:oai:x:1'])
    const list = versions.find('ul')
    expect(wrapper.find(`#${list.attributes('aria-labelledby')}`).text()).toBe('其他版本')
    expect(second!.find(byTestId('result-versions')).exists()).toBe(false)

    await links[0]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/records/demo-qinzhou:oai:demo.qinzhou:0009')
  })

  it('says "Other versions" in English', async () => {
    stubBackend(() => withVersions)
    const { wrapper } = await mountApp('/search?q=北海', 'en')
    expect(wrapper.find(byTestId('result-versions')).text()).toContain('Other versions')
  })
})

describe('cite selected', () => {
  it('ticks results and downloads their citations in RIS, BibTeX or CSL-JSON', async () => {
    stubBackend()
    const { wrapper } = await mountApp('/search?q=北海')
    const toggle = wrapper.find(byTestId('cite-selected-toggle'))
    expect(toggle.attributes('disabled')).toBeDefined()
    expect(toggle.text()).toBe('引用所选（请先勾选结果）')

    const boxes = wrapper.findAll(byTestId('result-select'))
    expect(boxes).toHaveLength(2)
    expect(boxes[0]!.element.closest('label')?.textContent).toContain('选择以引用')
    expect(boxes[0]!.element.closest('label')?.textContent).toContain('北海港口史')
    await boxes[1]!.setValue(true)
    await boxes[0]!.setValue(true)
    expect(toggle.attributes('disabled')).toBeUndefined()
    expect(toggle.text()).toBe('引用所选（2 条）')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(wrapper.find(byTestId('cite-selected-menu')).isVisible()).toBe(false)

    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const menu = wrapper.find(byTestId('cite-selected-menu'))
    expect(menu.isVisible()).toBe(true)
    expect(toggle.attributes('aria-controls')).toBe(menu.attributes('id'))
    const links = menu.findAll(byTestId('cite-download'))
    expect(links.map((link) => link.attributes('data-format'))).toEqual(['ris', 'bibtex', 'csl-json'])
    for (const link of links) {
      const url = new URL(link.attributes('href')!, 'http://localhost')
      expect(url.pathname).toBe('/api/citations')
      expect(url.searchParams.getAll('id')).toEqual(['demo-qinzhou:oai:demo.qinzhou:0002', 'demo-beihai:oai:demo.beihai:0001'])
      expect(url.searchParams.get('format')).toBe(link.attributes('data-format'))
      expect(link.attributes('download')).toBeDefined()
    }

    // Escape closes the menu and gives focus back to its button
    await links[1]!.trigger('keydown', { key: 'Escape' })
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(toggle.element)

    await boxes[1]!.setValue(false)
    expect(toggle.text()).toBe('引用所选（1 条）')
    await toggle.trigger('click')
    await wrapper.find(byTestId('cite-clear')).trigger('click')
    expect(toggle.attributes('disabled')).toBeDefined()
    expect(wrapper.findAll(byTestId('result-select')).map((box) => (box.element as HTMLInputElement).checked)).toEqual([false, false])
  })

  it('keeps the selection across pages of results', async () => {
    stubBackend((url) =>
      url.searchParams.get('page') === '2'
        ? searchResponse({ total: 45, page: 2, hits: [hit({ id: 'p2:1' })] })
        : searchResponse({ total: 45 }),
    )
    const { wrapper, router } = await mountApp('/search?q=北海')
    await wrapper.findAll(byTestId('result-select'))[0]!.setValue(true)
    await router.push('/search?q=北海&page=2')
    await flushPromises()
    await wrapper.find(byTestId('result-select')).setValue(true)
    await wrapper.find(byTestId('cite-selected-toggle')).trigger('click')
    const href = wrapper.find('[data-testid="cite-download"][data-format="bibtex"]').attributes('href')!
    expect(new URL(href, 'http://localhost').searchParams.getAll('id')).toEqual(['demo-beihai:oai:demo.beihai:0001', 'p2:1'])
  })
})
