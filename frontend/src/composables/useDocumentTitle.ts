import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'

/** Each page has its own title (WCAG 2.4.2), in the interface language. */
export function useDocumentTitle(page: () => string | null) {
  const { t } = useI18n()
  watchEffect(() => {
    const name = page()
    document.title = name ? t('app.documentTitle', { page: name }) : `${t('app.name')} · ${t('app.altName')}`
  })
}
