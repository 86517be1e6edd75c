import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { PortalRecord } from '../api/types'
import { jsonResponse, mountApp, requestedUrls, stubFetch } from '../test-support/app'
import { searchResponse } from '../test-support/fixtures'

const byTestId = (id: string) => `[data-testid="${id}"]`

const ID = 'demo-beihai:oai:demo.beihai:2020/001 合浦'

function record(overrides: Partial<PortalRecord> = {}): PortalRecord {
  return {
    id: ID,
    title: '合浦港与海上丝绸之路',
    creators: ['王五', '赵六'],
    issued: '2020-03-24',
    type: 'article',
    modules: ['origins', 'features'],
    themes: ['history', 'cultural-exchange'],
    library: '北海市图书馆',
    city: '北海',
    subjects: ['海上丝绸之路', '合浦'],
    description: '汉代合浦港是海上丝绸之路的始发港之一。\n第二段。',
    language: 'zh',
    url: 'https://example.org/records/1',
    ...overrides,
  }
}

describe('record page', () => {
  it('asks for the record with its id encoded and shows every field', async () => {
    const fetchMock = stubFetch(() => jsonResponse(record()))
    const { wrapper } = await mountApp('/records/demo-beihai:oai:demo.beihai:2020/001%20%E5%90%88%E6%B5%A6')

    expect(requestedUrls(fetchMock)[0]?.pathname).toBe('/api/records/demo-beihai:oai:demo.beihai:2020/001%20%E5%90%88%E6%B5%A6')
    const title = wrapper.find(byTestId('record-title'))
    expect(title.text()).toBe('合浦港与海上丝绸之路')
    expect(title.attributes('lang')).toBe('zh')
    expect(document.activeElement).toBe(title.element)
    expect(document.title).toBe('合浦港与海上丝绸之路 · 向海之路')

    const field = (name: string) => wrapper.find(`[data-field="${name}"] dd`).text()
    expect(field('creators')).toBe('王五赵六')
    expect(wrapper.findAll('[data-field="creators"] .record-fields__value').map((value) => value.text())).toEqual(['王五', '赵六'])
    expect(field('date')).toBe('2020-03-24')
    expect(field('type')).toBe('文章')
    expect(field('modules')).toBe('海路·起源向海之路特色库')
    expect(field('themes')).toBe('历史印记文化交流')
    expect(field('library')).toBe('北海市图书馆')
    expect(field('city')).toBe('北海')
    expect(field('subjects')).toBe('海上丝绸之路合浦')
    expect(wrapper.find(byTestId('record-description')).text()).toContain('汉代合浦港')

    const original = wrapper.find(byTestId('record-original-link'))
    expect(original.attributes('href')).toBe('https://example.org/records/1')
    expect(original.attributes('rel')).toBe('noopener noreferrer')
  })

  it('accepts a fully percent-encoded id in the address too', async () => {
    const fetchMock = stubFetch(() => jsonResponse(record({ id: 'a:b/c' })))
    await mountApp('/records/a%3Ab%2Fc')
    expect(requestedUrls(fetchMock)[0]?.pathname).toBe('/api/records/a:b/c')
  })

  it('does not link to anything but a web address', async () => {
    stubFetch(() => jsonResponse(record({ url: 'javascript:alert(1)' })))
    const { wrapper } = await mountApp('/records/a:b')
    expect(wrapper.find(byTestId('record-original-link')).exists()).toBe(false)
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
  })

  it('shows a title given per language in the interface language', async () => {
    stubFetch(() => jsonResponse(record({ title: { zh: '北海', en: 'Beihai' }, url: null })))
    const { wrapper } = await mountApp('/records/a:b', 'en')
    expect(wrapper.find(byTestId('record-title')).text()).toBe('Beihai')
    expect(wrapper.find(`[data-field="type"] dd`).text()).toBe('Article')
  })

  it('says when a record does not exist', async () => {
    stubFetch(() => jsonResponse({ title: 'Record not found', status: 404, detail: 'No record a:b' }, 404, 'application/problem+json'))
    const { wrapper } = await mountApp('/records/a:b')
    const error = wrapper.find(byTestId('record-error'))
    expect(error.attributes('role')).toBe('alert')
    expect(error.find('h1').text()).toBe('未找到这条记录')
  })

  it('opens from a result and goes back to the same results', async () => {
    const fetchMock = stubFetch((url) => jsonResponse(url.pathname === '/api/search' ? searchResponse() : record()))
    const { wrapper, router } = await mountApp('/search?q=北海&theme=history&page=2')

    await wrapper.find(byTestId('result-title')).trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/records/demo-beihai:oai:demo.beihai:0001')
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).toContain('/api/records/demo-beihai:oai:demo.beihai:0001')

    const back = wrapper.find(byTestId('record-back'))
    expect(back.text()).toBe('返回检索结果')
    expect(back.attributes('href')).toBe(`/search?q=${encodeURIComponent('北海')}&theme=history&page=2`)
    await back.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('search')
    expect(router.currentRoute.value.query).toEqual({ q: '北海', theme: 'history', page: '2' })
    expect(wrapper.findAll(byTestId('result-item'))).toHaveLength(2)
  })

  it('offers the search when opened directly', async () => {
    stubFetch(() => jsonResponse(record()))
    const { wrapper } = await mountApp('/records/a:b')
    const back = wrapper.find(byTestId('record-back'))
    expect(back.text()).toBe('前往检索')
    expect(back.attributes('href')).toBe('/search')
  })
})
