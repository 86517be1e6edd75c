import { createI18n } from 'vue-i18n'
import en from './en.json'
import zhCN from './zh-CN.json'

export type MessageSchema = typeof zhCN
export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'roadtosea.locale'

export const messages: Record<Locale, MessageSchema> = { 'zh-CN': zhCN, en }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The reader's saved choice, or Chinese. Storage can be unavailable (private mode, kiosk lock-down). */
export function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
    return isLocale(saved) ? saved : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function createPortalI18n(locale: Locale = storedLocale()) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type PortalI18n = ReturnType<typeof createPortalI18n>

/** Tells browsers and assistive technology the page language ({@code <html lang>}). */
export function reflectLocale(locale: Locale): void {
  document.documentElement.lang = locale
}

/** Remembers the reader's choice for the next visit. */
export function saveLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // not persisted: the choice still holds for this visit
  }
}
