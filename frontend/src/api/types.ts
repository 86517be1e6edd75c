/** The JSON of the portal API (docs/architecture.md, "Search API"). */

export const MODULE_CODES = ['origins', 'dynamics', 'features', 'thinktank', 'guide'] as const
export type ModuleCode = (typeof MODULE_CODES)[number]

export const THEME_CODES = [
  'history',
  'belt-and-road',
  'folk-customs',
  'trade',
  'cultural-exchange',
  'sightseeing',
  'ecology',
] as const
export type ThemeCode = (typeof THEME_CODES)[number]

/** Facets in display order; each is also a repeatable query parameter of GET /api/search. */
export const FACET_NAMES = ['module', 'theme', 'type', 'library', 'city', 'language', 'year'] as const
export type FacetName = (typeof FACET_NAMES)[number]

export interface FacetBucket {
  value: string
  count: number
  selected?: boolean
}

export interface SearchHit {
  id: string
  title: string
  /** HTML-escaped; the only markup is mark. */
  titleHighlight?: string | null
  /** HTML-escaped; the only markup is mark. */
  snippet?: string | null
  modules?: string[]
  themes?: string[]
  type?: string | null
  date?: string | null
  library?: string | null
  city?: string | null
  creators?: string[]
}

export interface SearchResponse {
  query: string
  page: number
  size: number
  total: number
  tookMs?: number
  hits: SearchHit[]
  facets: Partial<Record<FacetName, FacetBucket[]>> & Record<string, FacetBucket[] | undefined>
}

/** Text fields of an indexed record may be one string, several, or one per language. */
export type TextValue = string | string[] | Record<string, string | string[]> | null | undefined

/** GET /api/records/{id}: the record as indexed (only the fields the page shows are listed). */
export interface PortalRecord {
  id: string
  title?: TextValue
  altTitles?: TextValue
  creators?: TextValue
  subjects?: TextValue
  description?: TextValue
  issued?: string | null
  year?: number | string | null
  date?: string | null
  type?: string | null
  modules?: string[]
  themes?: string[]
  library?: string | null
  city?: string | null
  language?: string | null
  rights?: string | null
  url?: string | null
  [field: string]: unknown
}

/** RFC 9457 problem details. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  [extension: string]: unknown
}
