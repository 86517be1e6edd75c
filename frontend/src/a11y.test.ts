import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import type { PortalRecord } from './api/types'
import { jsonResponse, mountApp, stubFetch } from './test-support/app'
import { searchResponse } from './test-support/fixtures'

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
})
