import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { PortalRecord, RelatedResponse, WithinResponse } from '../api/types'
import { jsonResponse, mountApp, requestedUrls, stubFetch } from '../test-support/app'
import { searchResponse } from '../test-support/fixtures'

const byTestId = (id: string) => `[data-testid="${id}"]`

const ID = 'demo-beihai:oai:demo.beihai:0001'
const FULL_TEXT = '合浦港是海上丝绸之路的始发港。\n汉代，合浦郡治所在今合浦县境内。'

function record(overrides: Partial<PortalRecord> = {}): PortalRecord {
  return {
    id: ID,
    title: '合浦港与海上丝绸之路',
    type: 'article',
    description: '汉代合浦港的研究。',
    fullText: FULL_TEXT,
    language: 'zh',
    ...overrides,
  }
}

const RELATED: RelatedResponse = {
  origins: [
    { id: 'demo-beihai:oai:demo.beihai:0002', title: '北海老城历史街区的骑楼建筑', type: 'article', date: '2019-01-01', library: '北海市图书馆' },
  ],
  dynamics: [],
  features: [{ id: 'demo-qinzhou:oai:demo.qinzhou:0003', title: '钦州坭兴陶', type: 'image', date: null, library: '钦州市图书馆' }],
  thinktank: [],
  guide: [],
}

const JSON_LD = '{"@context":"https://schema.org","@type":"Article","@id":"http://localhost/records/demo-beihai:oai:demo.beihai:0001","name":"合浦港 \\u003c/script\\u003e\\u003cb\\u003e"}'

interface Answers {
  record?: PortalRecord
  related?: RelatedResponse | Response
  within?: (q: string) => WithinResponse | Response
  jsonLd?: Response
}

function stubBackend(answers: Answers = {}) {
  return stubFetch((url) => {
    switch (url.pathname) {
      case '/api/related':
        return answers.related instanceof Response ? answers.related : jsonResponse(answers.related ?? RELATED)
      case '/api/within': {
        const answer = answers.within?.(url.searchParams.get('q') ?? '') ?? { id: ID, query: '', total: 0, matches: [] }
        return answer instanceof Response ? answer : jsonResponse(answer)
      }
      case '/api/records-jsonld':
        return answers.jsonLd ?? new Response(JSON_LD, { headers: { 'Content-Type': 'application/ld+json' } })
      case '/api/search':
        return jsonResponse(searchResponse())
      default:
        return jsonResponse(answers.record ?? record())
    }
  })
}

function hepuMatches(q: string): WithinResponse {
  return {
    id: ID,
    query: q,
    field: 'fullText',
    total: 3,
    matches: [
      { start: 0, end: 2, context: '<mark>合浦</mark>港是海上丝绸之路的始发港。…' },
      { start: 19, end: 21, context: '…的始发港。\n汉代，<mark>合浦</mark>郡治所在今<mark>合浦</mark>县境内。' },
      { start: 26, end: 28, context: '…汉代，合浦郡治所在今<mark>合浦</mark>县境内。 &lt;img src=x onerror=alert(1)&gt;' },
    ],
  }
}

async function searchWithin(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], q: string) {
  await wrapper.find(byTestId('within-input')).setValue(q)
  await wrapper.find(`${byTestId('record-within')} form`).trigger('submit')
  await flushPromises()
}

describe('related records', () => {
  it('shows a section per module that has related records, linking to them', async () => {
    const fetchMock = stubBackend()
    const { wrapper, router } = await mountApp(`/records/${ID}`)
    const related = requestedUrls(fetchMock).find((url) => url.pathname === '/api/related')
    expect(related?.searchParams.get('id')).toBe(ID)

    const block = wrapper.find(byTestId('record-related'))
    expect(block.find('h2').text()).toBe('相关资源')
    const sections = block.findAll(byTestId('related-module'))
    expect(sections.map((section) => section.attributes('data-module'))).toEqual(['origins', 'features'])
    expect(sections.map((section) => section.find('h3').text())).toEqual(['海路·起源', '向海之路特色库'])
    const links = block.findAll(byTestId('related-link'))
    expect(links.map((link) => link.text())).toEqual(['北海老城历史街区的骑楼建筑', '钦州坭兴陶'])
    expect(links[0]!.attributes('href')).toBe('/records/demo-beihai:oai:demo.beihai:0002')
    expect(sections[0]!.text()).toContain('文章 · 2019-01-01 · 北海市图书馆')

    await links[1]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/records/demo-qinzhou:oai:demo.qinzhou:0003')
    expect(requestedUrls(fetchMock).filter((url) => url.pathname === '/api/related').at(-1)?.searchParams.get('id')).toBe(
      'demo-qinzhou:oai:demo.qinzhou:0003',
    )
  })

  it('labels the sections in English', async () => {
    stubBackend()
    const { wrapper } = await mountApp(`/records/${ID}`, 'en')
    expect(wrapper.find(byTestId('record-related')).find('h2').text()).toBe('Related records')
    expect(wrapper.findAll(`${byTestId('related-module')} h3`).map((h) => h.text())).toEqual(['Origins', 'Feature Library'])
  })

  it('shows nothing when no module has related records or the service fails', async () => {
    stubBackend({ related: { origins: [], dynamics: [], features: [], thinktank: [], guide: [] } })
    const first = await mountApp(`/records/${ID}`)
    expect(first.wrapper.find(byTestId('record-related')).exists()).toBe(false)
    first.wrapper.unmount()

    stubBackend({ related: jsonResponse({ status: 503 }, 503, 'application/problem+json') })
    const { wrapper } = await mountApp(`/records/${ID}`)
    expect(wrapper.find(byTestId('record-title')).exists()).toBe(true)
    expect(wrapper.find(byTestId('record-related')).exists()).toBe(false)
  })
})

describe('search within this record', () => {
  it('lists the matches in context and shows one in the full text when chosen', async () => {
    const fetchMock = stubBackend({ within: hepuMatches })
    const { wrapper } = await mountApp(`/records/${ID}`)
    const toggle = wrapper.find(byTestId('record-fulltext-toggle'))
    expect(toggle.text()).toBe('全文')
    expect(toggle.attributes('aria-expanded')).toBe('false')

    await searchWithin(wrapper, ' 合浦 ')
    const request = requestedUrls(fetchMock).find((url) => url.pathname === '/api/within')
    expect(request?.searchParams.get('id')).toBe(ID)
    expect(request?.searchParams.get('q')).toBe('合浦')

    const summary = wrapper.find(byTestId('within-summary'))
    expect(summary.attributes('role')).toBe('status')
    expect(summary.attributes('data-total')).toBe('3')
    expect(summary.text()).toBe('“合浦”在本文中出现 3 处')
    const matches = wrapper.findAll(byTestId('within-match'))
    expect(matches).toHaveLength(3)
    expect(matches[1]!.element.tagName).toBe('BUTTON')
    expect(matches[1]!.findAll('mark').map((mark) => mark.text())).toEqual(['合浦', '合浦'])
    // contexts are text with marks only: markup in them never becomes an element
    expect(matches[2]!.text()).toContain('<img src=x onerror=alert(1)>')
    expect(wrapper.find(`${byTestId('within-results')} img`).exists()).toBe(false)
    expect(toggle.text()).toBe('全文（3 处匹配）')

    await matches[1]!.trigger('click')
    await flushPromises()
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const body = wrapper.find(byTestId('record-fulltext-text'))
    expect(body.isVisible()).toBe(true)
    expect(body.text()).toBe(FULL_TEXT)
    const marks = body.findAll(byTestId('text-match'))
    expect(marks.map((mark) => [mark.attributes('data-index'), mark.text()])).toEqual([
      ['0', '合浦'],
      ['1', '合浦'],
      ['2', '合浦'],
    ])
    expect(document.activeElement).toBe(marks[1]!.element)
    expect(marks[1]!.classes()).toContain('text-match--current')
    expect(marks[0]!.classes()).not.toContain('text-match--current')

    await wrapper.findAll(byTestId('within-match'))[2]!.trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(body.findAll(byTestId('text-match'))[2]!.element)
  })

  it('scrolls the chosen match into view', async () => {
    stubBackend({ within: hepuMatches })
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView')
    const { wrapper } = await mountApp(`/records/${ID}`)
    await searchWithin(wrapper, '合浦')
    await wrapper.findAll(byTestId('within-match'))[0]!.trigger('click')
    await flushPromises()
    const target = scroll.mock.contexts.at(-1) as Element
    expect(target.getAttribute('data-testid')).toBe('text-match')
    expect(target.getAttribute('data-index')).toBe('0')
  })

  it('marks matches in the description when the record has no full text', async () => {
    stubBackend({
      record: record({ fullText: null, description: '汉代合浦港的研究。' }),
      within: (q) => ({ id: ID, query: q, field: 'description', total: 1, matches: [{ start: 2, end: 4, context: '汉代<mark>合浦</mark>港的研究。' }] }),
    })
    const { wrapper } = await mountApp(`/records/${ID}`)
    expect(wrapper.find(byTestId('record-fulltext')).exists()).toBe(false)
    await searchWithin(wrapper, '合浦')
    await wrapper.find(byTestId('within-match')).trigger('click')
    await flushPromises()
    const description = wrapper.find(byTestId('record-description'))
    expect(description.text()).toBe('汉代合浦港的研究。')
    expect(description.find(byTestId('text-match')).text()).toBe('合浦')
    expect(document.activeElement).toBe(description.find(byTestId('text-match')).element)
  })

  it('says when the words do not occur, and when the search fails', async () => {
    stubBackend({
      within: (q) =>
        q === '故障' ? jsonResponse({ status: 503 }, 503, 'application/problem+json') : { id: ID, query: q, field: null, total: 0, matches: [] },
    })
    const { wrapper } = await mountApp(`/records/${ID}`)
    await searchWithin(wrapper, '钦州')
    expect(wrapper.find(byTestId('within-summary')).text()).toBe('本文中没有找到“钦州”')
    expect(wrapper.find(byTestId('within-results')).exists()).toBe(false)
    await searchWithin(wrapper, '故障')
    expect(wrapper.find(byTestId('within-summary')).text()).toBe('文内检索暂时无法完成，请稍后再试。')
  })

  it('is not offered for a record without any text', async () => {
    stubBackend({ record: record({ fullText: null, description: null }) })
    const { wrapper } = await mountApp(`/records/${ID}`)
    expect(wrapper.find(byTestId('record-within')).exists()).toBe(false)
    expect(wrapper.find(byTestId('record-fulltext')).exists()).toBe(false)
  })

  it('opens and closes the full text with its button', async () => {
    stubBackend()
    const { wrapper } = await mountApp(`/records/${ID}`, 'en')
    const toggle = wrapper.find(byTestId('record-fulltext-toggle'))
    expect(toggle.text()).toBe('Full text')
    expect(toggle.attributes('aria-controls')).toBe(wrapper.find(byTestId('record-fulltext-text')).attributes('id'))
    await toggle.trigger('click')
    expect(wrapper.find(byTestId('record-fulltext-text')).text()).toBe(FULL_TEXT)
    await toggle.trigger('click')
    expect(wrapper.find(byTestId('record-fulltext-text')).isVisible()).toBe(false)
  })
})

describe('citations of the record', () => {
  it('offers RIS, BibTeX and CSL-JSON downloads', async () => {
    stubBackend()
    const { wrapper } = await mountApp(`/records/${ID}`)
    const cite = wrapper.find(byTestId('record-cite'))
    expect(cite.find('h2').text()).toBe('引用本条')
    const links = cite.findAll(byTestId('cite-download'))
    expect(links.map((link) => link.text())).toEqual(['RISEndNote、Zotero 等', 'BibTeXLaTeX', 'CSL-JSONZotero、Mendeley 等'])
    expect(
      links.map((link) => {
        const url = new URL(link.attributes('href')!, 'http://localhost')
        return [url.pathname, url.searchParams.getAll('id'), url.searchParams.get('format')]
      }),
    ).toEqual([
      ['/api/citations', [ID], 'ris'],
      ['/api/citations', [ID], 'bibtex'],
      ['/api/citations', [ID], 'csl-json'],
    ])
  })
})

describe('schema.org JSON-LD', () => {
  const scripts = () => document.head.querySelectorAll('script[type="application/ld+json"]')

  it('puts the answer into the head as the text of a script element, and removes it on leaving', async () => {
    const innerHtml = vi.spyOn(Element.prototype, 'innerHTML', 'set')
    const fetchMock = stubBackend()
    const { router } = await mountApp(`/records/${ID}`)

    expect(requestedUrls(fetchMock).find((url) => url.pathname === '/api/records-jsonld')?.searchParams.get('id')).toBe(ID)
    expect(scripts()).toHaveLength(1)
    const script = scripts()[0] as HTMLScriptElement
    expect(script.textContent).toBe(JSON_LD)
    expect(script.children).toHaveLength(0)
    expect(script.childNodes).toHaveLength(1)
    expect(script.firstChild?.nodeType).toBe(Node.TEXT_NODE)
    expect(script.dataset.testid).toBe('record-jsonld')
    expect(innerHtml.mock.calls.some(([value]) => String(value).includes('schema.org'))).toBe(false)

    await router.push('/search')
    await flushPromises()
    expect(scripts()).toHaveLength(0)
  })

  it('keeps one script, for the record shown', async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/records-jsonld') {
        return new Response(JSON.stringify({ '@id': url.searchParams.get('id') }), { headers: { 'Content-Type': 'application/ld+json' } })
      }
      return jsonResponse(url.pathname === '/api/related' ? RELATED : record())
    })
    const { router } = await mountApp(`/records/${ID}`)
    await router.push('/records/demo-qinzhou:oai:demo.qinzhou:0003')
    await flushPromises()
    expect(scripts()).toHaveLength(1)
    expect(JSON.parse(scripts()[0]!.textContent ?? '')).toEqual({ '@id': 'demo-qinzhou:oai:demo.qinzhou:0003' })
  })

  it('inserts nothing for a missing record or an answer that is not JSON', async () => {
    stubBackend({ jsonLd: jsonResponse({ status: 404 }, 404, 'application/problem+json') })
    const first = await mountApp(`/records/${ID}`)
    expect(scripts()).toHaveLength(0)
    first.wrapper.unmount()

    stubBackend({ jsonLd: new Response('<html>proxy error</html>', { headers: { 'Content-Type': 'text/html' } }) })
    await mountApp(`/records/${ID}`)
    expect(scripts()).toHaveLength(0)
  })
})
