import type {
  CitationFormat,
  FacetName,
  PortalRecord,
  ProblemDetail,
  RelatedResponse,
  SearchResponse,
  SortOrder,
  SpellingResponse,
  SuggestResponse,
  WithinResponse,
} from './types'
import { DEFAULT_SORT, FACET_NAMES } from './types'

export const DEFAULT_PAGE_SIZE = 20

/** A failed API call: HTTP status (0 when the server could not be reached) and the problem details, if any. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail | null

  constructor(status: number, problem: ProblemDetail | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }

  get detail(): string | null {
    const detail = this.problem?.detail
    return typeof detail === 'string' && detail.trim() !== '' ? detail : null
  }
}

/** A request cancelled because a newer one replaced it (DOMException "AbortError", whichever realm made it). */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

export interface SearchParams {
  q: string
  page: number
  size?: number
  filters: Partial<Record<FacetName, readonly string[]>>
  /** The year range, both ends inclusive and optional. */
  years?: { from: number | null; to: number | null }
  sort?: SortOrder
  /** The `nextCursor` of the previous page: the next page without from/size paging (page is then left out). */
  after?: string | null
}

/** What defines a result set: the words, the filters (in contract order) and the order. */
export type ResultSetParams = Pick<SearchParams, 'q' | 'filters' | 'years' | 'sort'>

function resultSetQuery(params: ResultSetParams): URLSearchParams {
  const query = new URLSearchParams()
  query.set('q', params.q)
  for (const facet of FACET_NAMES) {
    for (const value of params.filters[facet] ?? []) {
      query.append(facet, value)
    }
  }
  if (params.years?.from != null) {
    query.set('yearFrom', String(params.years.from))
  }
  if (params.years?.to != null) {
    query.set('yearTo', String(params.years.to))
  }
  if (params.sort && params.sort !== DEFAULT_SORT) {
    query.set('sort', params.sort)
  }
  return query
}

export function searchUrl(params: SearchParams): string {
  const query = resultSetQuery(params)
  if (params.after) {
    query.set('after', params.after)
  } else {
    query.set('page', String(params.page))
  }
  query.set('size', String(params.size ?? DEFAULT_PAGE_SIZE))
  return `/api/search?${query}`
}

/** The same result set as a CSV download (the first 1,000 hits). */
export function searchCsvUrl(params: ResultSetParams): string {
  return `/api/search.csv?${resultSetQuery(params)}`
}

export function suggestUrl(q: string): string {
  return `/api/suggest?${new URLSearchParams({ q })}`
}

/** "Did you mean": the query with the same facet filters as the search. */
export function spellingUrl(params: ResultSetParams): string {
  const query = resultSetQuery({ q: params.q, filters: params.filters, years: params.years })
  return `/api/suggest/spelling?${query}`
}

/** Citations of records, in the order given (the API takes at most 200 ids). */
export function citationsUrl(ids: readonly string[], format: CitationFormat): string {
  const query = new URLSearchParams()
  for (const id of ids) {
    query.append('id', id)
  }
  query.set('format', format)
  return `/api/citations?${query}`
}

export function relatedUrl(id: string): string {
  return `/api/related?${new URLSearchParams({ id })}`
}

export function withinUrl(id: string, q: string): string {
  return `/api/within?${new URLSearchParams({ id, q })}`
}

export function jsonLdUrl(id: string): string {
  return `/api/records-jsonld?${new URLSearchParams({ id })}`
}

/**
 * A record id ({sourceId}:{source identifier}) as a URL path: every character that is not safe in a
 * path segment is percent-encoded, but "/" stays a separator (an encoded slash, %2F, is refused by
 * default by servlet containers) and ":" stays readable. The backend matches the rest of the path.
 */
export function encodeRecordId(id: string): string {
  return id
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':'))
    .join('/')
}

export function recordUrl(id: string): string {
  return `/api/records/${encodeRecordId(id)}`
}

export async function searchRecords(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return getJson<SearchResponse>(searchUrl(params), signal)
}

export async function fetchRecord(id: string, signal?: AbortSignal): Promise<PortalRecord> {
  return getJson<PortalRecord>(recordUrl(id), signal)
}

export async function fetchSuggestions(q: string, signal?: AbortSignal): Promise<SuggestResponse> {
  return getJson<SuggestResponse>(suggestUrl(q), signal)
}

export async function fetchSpelling(params: ResultSetParams, signal?: AbortSignal): Promise<SpellingResponse> {
  return getJson<SpellingResponse>(spellingUrl(params), signal)
}

export async function fetchRelated(id: string, signal?: AbortSignal): Promise<RelatedResponse> {
  return getJson<RelatedResponse>(relatedUrl(id), signal)
}

export async function fetchWithin(id: string, q: string, signal?: AbortSignal): Promise<WithinResponse> {
  return getJson<WithinResponse>(withinUrl(id, q), signal)
}

/** The record's schema.org JSON-LD, as text: it is embedded as it is, never parsed into the page. */
export async function fetchJsonLd(id: string, signal?: AbortSignal): Promise<string> {
  const response = await send(jsonLdUrl(id), 'application/ld+json, application/json, application/problem+json', signal)
  return response.text()
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await send(url, 'application/json, application/problem+json', signal)
  return (await response.json()) as T
}

async function send(url: string, accept: string, signal?: AbortSignal): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: accept }, signal })
  } catch (error) {
    if (isAbort(error)) {
      throw error
    }
    throw new ApiError(0, null, error instanceof Error ? error.message : String(error))
  }
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response))
  }
  return response
}

async function readProblem(response: Response): Promise<ProblemDetail | null> {
  const type = response.headers.get('Content-Type') ?? ''
  if (!/json/i.test(type)) {
    return null
  }
  try {
    const body: unknown = await response.json()
    return body !== null && typeof body === 'object' ? (body as ProblemDetail) : null
  } catch {
    return null
  }
}
