import type { TextValue } from '../api/types'

/** The strings of a text field, preferring the reader's language when the field has one per language. */
export function texts(value: TextValue, locale = 'zh-CN'): string[] {
  if (value == null) {
    return []
  }
  if (typeof value === 'string') {
    return value.trim() ? [value] : []
  }
  if (Array.isArray(value)) {
    return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
  }
  const language = locale.split('-')[0] ?? locale
  const preferred = value[locale] ?? value[language] ?? value.zh ?? Object.values(value)[0]
  return texts(preferred ?? null, locale)
}

export function firstText(value: TextValue, locale?: string): string | null {
  return texts(value, locale)[0] ?? null
}

/** Only web links leave the portal: anything else (javascript:, data:…) is not a link. */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') {
    return null
  }
  try {
    const parsed = new URL(url.trim())
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

/** A language tag fit for a lang attribute ("zh", "en", "zh-Hant"…), or undefined. */
export function languageTag(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value) ? value : undefined
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * A lang attribute for text whose language the API does not give (result titles and snippets):
 * Chinese when it contains Han characters, otherwise the page's language applies.
 */
export function textLanguage(text: string | null | undefined): string | undefined {
  return text && HAN.test(text) ? 'zh' : undefined
}
