import type { WithinMatch } from '../api/types'
import { parseHighlight } from './highlight'

/** A piece of a text: plain, or the match with this index in the within answer. */
export interface TextSegment {
  text: string
  match: number | null
}

/** The marked words of a match's context (its `<mark>` parts), as plain text. */
export function markedWords(match: WithinMatch): string[] {
  return parseHighlight(match.context)
    .filter((part) => part.marked)
    .map((part) => part.text)
}

function fits(text: string, match: WithinMatch): boolean {
  return (
    Number.isInteger(match.start) &&
    Number.isInteger(match.end) &&
    match.start >= 0 &&
    match.end > match.start &&
    match.end <= text.length
  )
}

/**
 * Which of a field's values the offsets point into: the first in which every match lies and
 * spells the words its context marks (a field may hold several values). -1 when none does, e.g.
 * when the text shown is not the text that was searched.
 */
export function valueWithMatches(values: readonly string[], matches: readonly WithinMatch[]): number {
  if (matches.length === 0) {
    return -1
  }
  return values.findIndex((text) =>
    matches.every((match) => fits(text, match) && markedWords(match).includes(text.slice(match.start, match.end))),
  )
}

/** The text cut at the matches (in text order, overlapping ones skipped); match indexes are those of the answer. */
export function segments(text: string, matches: readonly WithinMatch[]): TextSegment[] {
  const ordered = matches
    .map((match, index) => ({ match, index }))
    .filter(({ match }) => fits(text, match))
    .sort((a, b) => a.match.start - b.match.start)
  const result: TextSegment[] = []
  let position = 0
  for (const { match, index } of ordered) {
    if (match.start < position) {
      continue
    }
    if (match.start > position) {
      result.push({ text: text.slice(position, match.start), match: null })
    }
    result.push({ text: text.slice(match.start, match.end), match: index })
    position = match.end
  }
  if (position < text.length || result.length === 0) {
    result.push({ text: text.slice(position), match: null })
  }
  return result
}
