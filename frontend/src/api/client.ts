import type { FacetName, PortalRecord, ProblemDetail, SearchResponse } from './types'
import { FACET_NAMES } from './types'

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
}

export function searchUrl(params: SearchParams): string {
  const query = new URLSearchParams()
  query.set('q', params.q)
  for (const facet of FACET_NAMES) {
    for (const value of params.filters[facet] ?? []) {
      query.append(facet, value)
    }
  }
  query.set('page', String(params.page))
  query.set('size', String(params.size ?? DEFAULT_PAGE_SIZE))
  return `/api/search?${query}`
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

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json, application/problem+json' },
      signal,
    })
  } catch (error) {
    if (isAbort(error)) {
      throw error
    }
    throw new ApiError(0, null, error instanceof Error ? error.message : String(error))
  }
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response))
  }
  return (await response.json()) as T
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
