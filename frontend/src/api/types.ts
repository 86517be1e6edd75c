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

/**
 * Type codes the harvesters write (ingest-jobs: OAI-PMH dc:type and MARC leader crosswalks, files,
 * feeds, sheets, chronicles, MARC catalogues; the demo records). Each needs a label in `types.*`;
 * an unknown code still shows as it is.
 */
export const TYPE_CODES = [
  'text',
  'article',
  'book',
  'chapter',
  'thesis',
  'working-paper',
  'conference',
  'report',
  'newspaper',
  'news',
  'travel-guide',
  'guide',
  'policy',
  'interpretation',
  'case',
  'expert',
  'event',
  'image',
  'video',
  'audio',
  'map',
  'manuscript',
  'rare-book',
  'object',
  'course',
  'dataset',
  'webpage',
  'other',
] as const

/**
 * Facets in display order; each is also a repeatable query parameter of GET /api/search.
 * `fullText` has the values `true` (has full text) and `false`.
 */
export const FACET_NAMES = ['module', 'theme', 'type', 'fullText', 'library', 'city', 'language', 'year'] as const
export type FacetName = (typeof FACET_NAMES)[number]

/** The years a year filter accepts (GET /api/search `yearFrom`, `yearTo`). */
export const MIN_YEAR = -3000
export const MAX_YEAR = 3000

/** Result orders of GET /api/search (`sort`); relevance is the default and stays out of URLs. */
export const SORT_ORDERS = ['relevance', 'date', 'date_asc', 'title'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]
export const DEFAULT_SORT: SortOrder = 'relevance'

/** Citation formats of GET /api/citations. */
export const CITATION_FORMATS = ['ris', 'bibtex', 'csl-json'] as const
export type CitationFormat = (typeof CITATION_FORMATS)[number]

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
  /** Other records of the same work (e.g. held by another library). */
  versions?: RecordVersion[] | null
}

/** Another record of the same work as a hit (same workKey). */
export interface RecordVersion {
  id: string
  title?: string | null
  library?: string | null
  sourceId?: string | null
}

export interface SearchResponse {
  query: string
  page: number
  size: number
  total: number
  tookMs?: number
  hits: SearchHit[]
  facets: Partial<Record<FacetName, FacetBucket[]>> & Record<string, FacetBucket[] | undefined>
  /** Records per year (or decade, century) under every filter but the year filters. */
  yearHistogram?: YearHistogram | null
  /** Present when the page is full: the `after` of the next page (deep paging). */
  nextCursor?: string | null
}

/** One bar of the year histogram: years `from`…`to`, both inclusive. */
export interface YearBucket {
  from: number
  to: number
  count: number
}

export interface YearHistogram {
  /** The earliest and latest year of any record; null when no record has a year. */
  min: number | null
  max: number | null
  /** Years per bucket: 1, 10, 100 or 1000. */
  interval: number
  buckets: YearBucket[]
  /** Records without a year (a year range leaves them out). */
  withoutYear: number
}

/** GET /api/suggest: words to search for, or records to open. */
export interface Suggestion {
  text: string
  kind: 'query' | 'record'
  id?: string | null
}

export interface SuggestResponse {
  query: string
  suggestions: Suggestion[]
}

/** GET /api/suggest/spelling: a corrected query that finds records, if there is one. */
export interface SpellingResponse {
  query: string
  total: number
  suggestion?: string | null
  suggestionTotal?: number | null
}

/** One record in GET /api/related. */
export interface RelatedRecord {
  id: string
  title?: string | null
  type?: string | null
  date?: string | null
  library?: string | null
}

/** GET /api/related: up to four records per module code. */
export type RelatedResponse = Partial<Record<string, RelatedRecord[] | null>>

/** One match of GET /api/within: character offsets into the text and an HTML-escaped context with mark. */
export interface WithinMatch {
  start: number
  end: number
  context: string
}

export interface WithinResponse {
  id: string
  query: string
  /** `fullText` or `description`: the text the offsets point into; null when nothing matched. */
  field?: string | null
  total: number
  matches: WithinMatch[]
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
  fullText?: TextValue
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
