import { encodeRecordId } from '../api/client'

/** Where a record's page lives: /records/{id}, the id percent-encoded per path segment. */
export function recordLocation(id: string) {
  return { path: `/records/${encodeRecordId(id)}` }
}
