import { flushPromises } from '@vue/test-utils'
import axe from 'axe-core'
import { describe, expect, it, vi } from 'vitest'
import type { PortalRecord } from './api/types'
import { jsonResponse, mountApp, stubFetch } from './test-support/app'
import { hit, searchResponse } from './test-support/fixtures'

/**
 * Automated WCAG 2.1 A/AA checks (axe-core) on the rendered pages. jsdom does no layout, so colour
 * contrast is checked by hand (values in styles/main.css) and by the browser tests.
 */
async function violations() {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false } },
  })
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)
}

const record: PortalRecord = {
  id: 'a:b',
  title: '北海港口史',
  creators: ['张三'],
  issued: '2020',
  modules: ['origins'],
  description: '简介',
  url: 'https://example.org/1',
}

describe('accessibility', () => {
  it.each(['zh-CN', 'en'] as const)('the search page with results has no violations (%s)', async (locale) => {
    stubFetch(() => jsonResponse(searchResponse({ total: 45 })))
    await mountApp('/search?q=北海&module=origins', locale)
    expect(await violations()).toEqual([])
  })

  it('the search page in its error state has no violations', async () => {
    stubFetch(() => jsonResponse({ status: 503, detail: 'down' }, 503, 'application/problem+json'))
    await mountApp('/search?q=北海')
    expect(await violations()).toEqual([])
  })

  it('the record page has no violations', async () => {
    stubFetch(() => jsonResponse(record))
    await mountApp('/records/a:b')
    expect(await violations()).toEqual([])
  })

  it.each(['zh-CN', 'en'] as const)(
    'the search page with suggestions, did you mean, versions and the cite menu open has no violations (%s)',
    async (locale) => {
      stubFetch((url) => {
        switch (url.pathname) {
          case '/api/suggest':
            return jsonResponse({
              query: 'bh',
              suggestions: [
                { text: '北海', kind: 'query' },
                { text: '北海老城历史街区的骑楼建筑', kind: 'record', id: 'a:1' },
              ],
            })
          case '/api/suggest/spelling':
            return jsonResponse({ query: 'beihia', total: 1, suggestion: '北海', suggestionTotal: 3 })
          default:
            return jsonResponse(
              searchResponse({
                total: 1,
                hits: [hit({ versions: [{ id: 'b:1', title: '北海港口史', library: '钦州市图书馆', sourceId: 'b' }] })],
              }),
            )
        }
      })
      const { wrapper } = await mountApp('/search?q=beihia&sort=date', locale)
      const input = wrapper.find('[data-testid="search-input"]')
      const element = input.element as HTMLInputElement
      element.focus()
      await input.setValue('bh')
      await vi.waitFor(() => expect(input.attributes('aria-expanded')).toBe('true'))
      await input.trigger('keydown', { key: 'ArrowDown' })
      await wrapper.find('[data-testid="result-select"]').setValue(true)
      const toggle = wrapper.find('[data-testid="cite-selected-toggle"]')
      await toggle.trigger('click')
      expect(toggle.attributes('aria-expanded')).toBe('true')
      expect(input.attributes('aria-expanded')).toBe('true')
      expect(wrapper.find('[data-testid="did-you-mean"]').exists()).toBe(true)
      expect(wrapper.find('[data-testid="result-versions"]').exists()).toBe(true)
      expect(await violations()).toEqual([])
    },
  )

  it.each(['zh-CN', 'en'] as const)(
    'the record page with related records, search within and the full text open has no violations (%s)',
    async (locale) => {
      stubFetch((url) => {
        switch (url.pathname) {
          case '/api/related':
            return jsonResponse({ origins: [{ id: 'c:1', title: '合浦汉墓', type: 'article', date: '2018', library: '北海市图书馆' }], guide: [] })
          case '/api/within':
            return jsonResponse({
              id: 'a:b',
              query: '北海',
              field: 'fullText',
              total: 1,
              matches: [{ start: 0, end: 2, context: '<mark>北海</mark>港口' }],
            })
          case '/api/records-jsonld':
            return new Response('{"@type":"Book"}', { headers: { 'Content-Type': 'application/ld+json' } })
          default:
            return jsonResponse({ ...record, fullText: '北海港口的历史。' })
        }
      })
      const { wrapper } = await mountApp('/records/a:b', locale)
      await wrapper.find('[data-testid="within-input"]').setValue('北海')
      await wrapper.find('[data-testid="record-within"] form').trigger('submit')
      await flushPromises()
      await wrapper.find('[data-testid="within-match"]').trigger('click')
      await flushPromises()
      expect(wrapper.find('[data-testid="text-match"]').exists()).toBe(true)
      expect(wrapper.find('[data-testid="related-link"]').exists()).toBe(true)
      expect(await violations()).toEqual([])
    },
  )
})
