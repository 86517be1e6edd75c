import { describe, expect, it } from 'vitest'
import { FACET_NAMES, MODULE_CODES, THEME_CODES } from '../api/types'
import { createPortalI18n, LOCALES, messages } from './index'

/** Every leaf key of a message tree, as dotted paths. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) {
    return [prefix]
  }
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key))
}

function leaf(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree)
}

describe('i18n messages', () => {
  it('zh-CN and en define exactly the same keys', () => {
    const zh = keys(messages['zh-CN']).sort()
    const en = keys(messages.en).sort()
    expect(zh.filter((key) => !en.includes(key)), 'keys missing in en.json').toEqual([])
    expect(en.filter((key) => !zh.includes(key)), 'keys missing in zh-CN.json').toEqual([])
  })

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = keys(messages[locale]).filter((key) => {
      const value = leaf(messages[locale], key)
      return typeof value !== 'string' || value.trim() === ''
    })
    expect(empty).toEqual([])
  })

  it.each(LOCALES)('%s labels every module, theme and facet of the API contract', (locale) => {
    const i18n = createPortalI18n(locale)
    const { te } = i18n.global
    const expected = [
      ...MODULE_CODES.map((code) => `modules.${code}`),
      ...THEME_CODES.map((code) => `themes.${code}`),
      ...FACET_NAMES.map((facet) => `facets.${facet}`),
    ]
    expect(expected.filter((key) => !te(key, locale))).toEqual([])
  })

  it.each(LOCALES)('%s messages all compile and interpolate', (locale) => {
    const i18n = createPortalI18n(locale)
    const named = { count: '7', query: 'Q', page: '2', pages: '9', facet: 'F', value: 'V', status: '503' }
    for (const key of keys(messages[locale])) {
      const text = i18n.global.t(key, named, 2)
      expect(text, key).not.toBe(key)
      expect(text, key).not.toMatch(/[{}]/)
    }
  })

  it('uses the portal names given by the alliance', () => {
    expect(messages['zh-CN'].app.name).toBe('向海之路')
    expect(messages.en.app.name).toBe('Road to the Sea')
    expect(messages['zh-CN'].modules).toEqual({
      origins: '海路·起源',
      dynamics: '海路·动态',
      features: '向海之路特色库',
      thinktank: '海路·智囊',
      guide: '海路·指南',
    })
  })
})
