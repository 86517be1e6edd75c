import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { jsonResponse, mountApp, requestedUrls, stubFetch } from '../test-support/app'
import { hit, searchResponse } from '../test-support/fixtures'

const byTestId = (id: string) => `[data-testid="${id}"]`

describe('search page', () => {
  it('searches what the URL says and shows highlighted results, the total and the facets', async () => {
    const fetchMock = stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper } = await mountApp('/search?q=北海&module=origins&page=2')

    const [url] = requestedUrls(fetchMock)
    expect(url?.pathname).toBe('/api/search')
    expect(url?.searchParams.get('q')).toBe('北海')
    expect(url?.searchParams.getAll('module')).toEqual(['origins'])
    expect(url?.searchParams.get('page')).toBe('2')

    expect((wrapper.find(byTestId('search-input')).element as HTMLInputElement).value).toBe('北海')
    const total = wrapper.find(byTestId('total-count'))
    expect(total.attributes('data-total')).toBe('42')
    expect(total.attributes('aria-live')).toBe('polite')
    expect(total.text()).toBe('“北海”共 42 条结果')

    const items = wrapper.findAll(byTestId('result-item'))
    expect(items).toHaveLength(2)
    expect(items[0]?.attributes('data-record-id')).toBe('demo-beihai:oai:demo.beihai:0001')
    const title = items[0]!.find(byTestId('result-title'))
    expect(title.text()).toBe('北海港口史')
    expect(title.findAll('mark').map((mark) => mark.text())).toEqual(['北海'])
    expect(title.attributes('href')).toBe('/records/demo-beihai:oai:demo.beihai:0001')
    const snippet = items[0]!.find(byTestId('result-snippet'))
    expect(snippet.text()).toBe('合浦与北海是海上丝绸之路的始发港 & 重要节点')
    expect(snippet.find('mark').text()).toBe('北海')
    expect(items[0]!.find('h3').attributes('lang')).toBe('zh')
    expect(items[0]!.text()).toContain('海路·起源')
    expect(items[0]!.text()).toContain('历史印记')

    const groups = wrapper.findAll(byTestId('facet-group'))
    expect(groups.map((group) => group.attributes('data-facet'))).toEqual(['module', 'theme', 'type', 'fullText', 'library', 'city'])
    // years are chosen with the range slider, drawn over the histogram
    expect(wrapper.find(byTestId('year-range')).attributes('data-min')).toBe('2015')
    expect(wrapper.findAll(byTestId('year-bar'))).toHaveLength(6)
    const withText = wrapper.find('[data-testid="facet-option"][data-facet="fullText"][data-value="true"]')
    expect(withText.text()).toContain('有全文')
    expect(withText.text()).toContain('5')
    const origins = wrapper.find('[data-testid="facet-option"][data-facet="module"][data-value="origins"]')
    expect(origins.text()).toContain('海路·起源')
    expect((origins.find('input').element as HTMLInputElement).checked).toBe(true)
    const theme = wrapper.find('[data-testid="facet-option"][data-facet="theme"][data-value="belt-and-road"]')
    expect(theme.text()).toContain('一带一路')
  })

  it('never lets markup from the index become an element', async () => {
    stubFetch(() =>
      jsonResponse(
        searchResponse({
          hits: [
            hit({
              titleHighlight: '<img src=x onerror=alert(1)><mark>北海</mark>',
              snippet: '&lt;img src=x onerror=alert(1)&gt; <script>alert(2)</script><mark>北海</mark>',
            }),
          ],
        }),
      ),
    )
    const { wrapper } = await mountApp('/search?q=北海')
    expect(document.querySelector('main img, main script')).toBeNull()
    expect(wrapper.find(byTestId('result-snippet')).text()).toBe('<img src=x onerror=alert(1)> 北海')
  })

  it('ticking a facet filters through the URL, and its chip takes it off again', async () => {
    const fetchMock = stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper, router } = await mountApp('/search?q=北海&page=3')

    await wrapper.find('[data-testid="facet-option"][data-facet="theme"][data-value="history"] input').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海', theme: 'history' })
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.getAll('theme')).toEqual(['history'])

    const chip = wrapper.find('[data-testid="filter-chip"][data-facet="theme"][data-value="history"]')
    expect(chip.text()).toContain('主题：历史印记')
    expect(chip.attributes('aria-label')).toBe('移除筛选条件 主题：历史印记')
    expect(wrapper.find(byTestId('facets-toggle')).text()).toBe('筛选（已选 1 项）')

    await chip.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海' })
    expect(wrapper.find(byTestId('filter-chip')).exists()).toBe(false)
  })

  it('keeps a chosen value listed even when the answer has no bucket for it', async () => {
    stubFetch(() => jsonResponse(searchResponse({ facets: { module: [] } })))
    const { wrapper } = await mountApp('/search?module=guide')
    const option = wrapper.find('[data-testid="facet-option"][data-facet="module"][data-value="guide"]')
    expect(option.text()).toBe('海路·指南')
    expect((option.find('input').element as HTMLInputElement).checked).toBe(true)
  })

  it('a new search keeps the filters, starts at page 1 and the back button returns to the old one', async () => {
    const fetchMock = stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper, router } = await mountApp('/search?q=北海&module=origins&page=3')

    await wrapper.find(byTestId('search-input')).setValue('  钦州  ')
    await wrapper.find(byTestId('search-button')).trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '钦州', module: 'origins' })
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('q')).toBe('钦州')

    router.back()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海', module: 'origins', page: '3' })
    expect((wrapper.find(byTestId('search-input')).element as HTMLInputElement).value).toBe('北海')
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('page')).toBe('3')
  })

  it('loads more results with the cursor, never by page number, and moves focus to the first new one', async () => {
    const fetchMock = stubFetch((url) =>
      jsonResponse(
        url.searchParams.get('after') === 'cursor-1'
          ? searchResponse({
              total: 4,
              // a record already shown as another version of a hit is not listed again
              hits: [hit({ id: 'p2:shown-as-version' }), hit({ id: 'p2:new', title: '钦州港', titleHighlight: '钦州港' })],
              nextCursor: null,
            })
          : searchResponse({
              total: 4,
              hits: [hit({ versions: [{ id: 'p2:shown-as-version', library: '钦州市图书馆' }] }), hit({ id: 'p1:2' })],
              nextCursor: 'cursor-1',
            }),
      ),
    )
    const { wrapper, router } = await mountApp('/search?q=北海&sort=date')
    expect(wrapper.find(byTestId('shown-count')).text()).toBe('已显示 2 条，共 4 条')
    expect(wrapper.find('[data-testid="pager"]').exists()).toBe(false)

    await wrapper.find(byTestId('load-more')).trigger('click')
    await flushPromises()
    const searches = () => requestedUrls(fetchMock).filter((url) => url.pathname === '/api/search')
    const more = searches().at(-1)!
    expect(more.searchParams.get('after')).toBe('cursor-1')
    expect(more.searchParams.has('page')).toBe(false)
    expect(more.searchParams.get('sort')).toBe('date')
    expect(more.searchParams.get('q')).toBe('北海')
    expect(wrapper.findAll(byTestId('result-item')).map((item) => item.attributes('data-record-id'))).toEqual([
      'demo-beihai:oai:demo.beihai:0001',
      'p1:2',
      'p2:new',
    ])
    expect(document.activeElement?.closest('[data-testid="result-item"]')?.getAttribute('data-record-id')).toBe('p2:new')
    expect(wrapper.find(byTestId('load-more')).exists()).toBe(false)
    // the URL still names the search, not how far it was read
    expect(router.currentRoute.value.query).toEqual({ q: '北海', sort: 'date' })

    // a new search starts again with its first page
    await wrapper.find(byTestId('search-input')).setValue('钦州')
    await wrapper.find(byTestId('search-button')).trigger('click')
    await flushPromises()
    expect(wrapper.findAll(byTestId('result-item'))).toHaveLength(2)
    expect(searches().at(-1)?.searchParams.get('page')).toBe('1')
    expect(searches().at(-1)?.searchParams.has('after')).toBe(false)
  })

  it('still opens a later page from an older link, numbering the list from there', async () => {
    const fetchMock = stubFetch(() => jsonResponse(searchResponse({ total: 45, page: 2, nextCursor: 'c' })))
    const { wrapper } = await mountApp('/search?q=北海&page=2')
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('page')).toBe('2')
    expect(wrapper.find(byTestId('result-list')).attributes('start')).toBe('21')
    expect(wrapper.find(byTestId('shown-count')).attributes('data-shown')).toBe('22')
  })

  it('shows a loading state until the answer arrives', async () => {
    let answer: (response: Response) => void = () => {}
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)))
    const { wrapper } = await mountApp('/search?q=北海')

    expect(wrapper.find(byTestId('search-loading')).exists()).toBe(true)
    expect(wrapper.find(byTestId('total-count')).text()).toBe('正在检索…')
    expect(wrapper.find('section.results').attributes('aria-busy')).toBe('true')

    answer(jsonResponse(searchResponse()))
    await flushPromises()
    expect(wrapper.find(byTestId('search-loading')).exists()).toBe(false)
    expect(wrapper.findAll(byTestId('result-item'))).toHaveLength(2)
  })

  it('an older answer arriving late does not replace a newer one', async () => {
    const pending: Array<(response: Response) => void> = []
    stubFetch(() => new Promise<Response>((resolve) => pending.push(resolve)))
    const { wrapper, router } = await mountApp('/search?q=旧')
    await router.push('/search?q=新')
    await flushPromises()

    pending[1]!(jsonResponse(searchResponse({ total: 2, hits: [hit({ id: 'new:1', titleHighlight: '新' })] })))
    await flushPromises()
    pending[0]!(jsonResponse(searchResponse({ total: 9, hits: [hit({ id: 'old:1', titleHighlight: '旧' })] })))
    await flushPromises()
    expect(wrapper.findAll(byTestId('result-item')).map((item) => item.attributes('data-record-id'))).toEqual(['new:1'])
  })

  it('shows the detail of a problem+json error and can try again', async () => {
    let fail = true
    stubFetch(() =>
      fail
        ? jsonResponse(
            { title: 'Search unavailable', status: 503, detail: 'The search service is temporarily unavailable.' },
            503,
            'application/problem+json',
          )
        : jsonResponse(searchResponse()),
    )
    const { wrapper } = await mountApp('/search?q=北海')

    const error = wrapper.find(byTestId('search-error'))
    expect(error.attributes('role')).toBe('alert')
    expect(error.text()).toContain('检索暂时无法完成')
    expect(wrapper.find(byTestId('search-error-detail')).text()).toBe('The search service is temporarily unavailable.')
    expect(wrapper.find(byTestId('result-item')).exists()).toBe(false)

    fail = false
    await error.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.find(byTestId('search-error')).exists()).toBe(false)
    expect(wrapper.findAll(byTestId('result-item'))).toHaveLength(2)
  })

  it('says so when the server cannot be reached', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const { wrapper } = await mountApp('/search?q=北海')
    expect(wrapper.find(byTestId('search-error-detail')).text()).toBe('无法连接到服务器，请检查网络后重试。')
  })

  it('has an empty state', async () => {
    stubFetch(() => jsonResponse(searchResponse({ total: 0, hits: [], facets: {} })))
    const { wrapper } = await mountApp('/search?q=不存在的词')
    expect(wrapper.find(byTestId('search-empty')).text()).toContain('没有找到相关资源')
    expect(wrapper.find(byTestId('total-count')).text()).toBe('“不存在的词”共 0 条结果')
    expect(wrapper.find(byTestId('load-more')).exists()).toBe(false)
  })

  it('folds the filters behind a button that says whether they are open', async () => {
    stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper } = await mountApp('/search')
    const toggle = wrapper.find(byTestId('facets-toggle'))
    const panelId = toggle.attributes('aria-controls')
    expect(wrapper.find(`#${panelId}`).exists()).toBe(true)
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(wrapper.find('.facets').classes()).toContain('facets--open')
  })

  it('module links in the header filter the search by module', async () => {
    const fetchMock = stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper, router } = await mountApp('/')
    const links = wrapper.findAll(byTestId('module-link'))
    expect(links.map((link) => link.text())).toEqual(['海路·起源', '海路·动态', '向海之路特色库', '海路·智囊', '海路·指南'])
    await links[2]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/search?module=features')
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.getAll('module')).toEqual(['features'])
    expect(wrapper.find('[data-testid="module-link"][data-module="features"]').attributes('aria-current')).toBe('page')
  })

  it('switches to English and back, remembering the choice and updating <html lang>', async () => {
    stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper } = await mountApp('/search?q=北海&module=origins')
    const switcher = wrapper.find(byTestId('language-switch'))
    expect(switcher.text()).toBe('English')
    expect(switcher.attributes('lang')).toBe('en')

    await switcher.trigger('click')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('roadtosea.locale')).toBe('en')
    expect(wrapper.find(byTestId('total-count')).text()).toBe('42 results for “北海”')
    expect(wrapper.find('[data-testid="module-link"][data-module="origins"]').text()).toBe('Origins')
    expect(wrapper.find(byTestId('search-button')).text()).toBe('Search')
    expect(document.title).toBe('Search: 北海 · Road to the Sea')

    await switcher.trigger('click')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(localStorage.getItem('roadtosea.locale')).toBe('zh-CN')
    expect(wrapper.find(byTestId('search-button')).text()).toBe('检索')
  })

  it('has the landmarks and the skip link', async () => {
    stubFetch(() => jsonResponse(searchResponse()))
    const { wrapper } = await mountApp('/')
    expect(wrapper.find('header').exists()).toBe(true)
    expect(wrapper.find('nav').attributes('aria-label')).toBe('栏目导航')
    expect(wrapper.find('form[role="search"]').exists()).toBe(true)
    const skip = wrapper.find(byTestId('skip-link'))
    expect(skip.attributes('href')).toBe('#main-content')
    await skip.trigger('click')
    expect(document.activeElement).toBe(wrapper.find('main').element)
    const input = wrapper.find(byTestId('search-input'))
    expect(wrapper.find(`label[for="${input.attributes('id')}"]`).text()).toBe('检索词')
    expect(wrapper.findAll('h1')).toHaveLength(1)
  })
})
