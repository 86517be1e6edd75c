import { useI18n } from 'vue-i18n'
import type { FacetName } from '../api/types'

/** i18n sections holding labels for coded facet values; other facets show their values as they are. */
const CODED: Partial<Record<FacetName, string>> = {
  module: 'modules',
  theme: 'themes',
  type: 'types',
  fullText: 'fullTextValues',
  language: 'languages',
}

export function useLabels() {
  const { t, te } = useI18n()

  function facetLabel(facet: FacetName): string {
    return t(`facets.${facet}`)
  }

  function valueLabel(facet: FacetName, value: string): string {
    const section = CODED[facet]
    // keys may contain "-" (belt-and-road) but never "." or "@": only look up plain codes
    if (section && /^[a-z][a-z0-9_-]*$/i.test(value) && te(`${section}.${value}`)) {
      return t(`${section}.${value}`)
    }
    return value
  }

  return { facetLabel, valueLabel }
}
