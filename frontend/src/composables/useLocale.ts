import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '../i18n'
import { DEFAULT_LOCALE, isLocale, reflectLocale, saveLocale } from '../i18n'

/** The interface language: Chinese by default, English on request; the choice is remembered. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : DEFAULT_LOCALE))
  const other = computed<Locale>(() => (current.value === 'zh-CN' ? 'en' : 'zh-CN'))

  function switchTo(next: Locale) {
    locale.value = next
    reflectLocale(next)
    saveLocale(next)
  }

  return { current, other, switchTo, toggle: () => switchTo(other.value) }
}
