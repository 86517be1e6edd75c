import { describe, expect, it } from 'vitest'
import type { WithinMatch } from '../api/types'
import { markedWords, segments, valueWithMatches } from './marks'

const text = '合浦港是海上丝绸之路的始发港，合浦也是汉代郡治。'
const matches: WithinMatch[] = [
  { start: 0, end: 2, context: '<mark>合浦</mark>港是海上丝绸之路的始发港…' },
  { start: 15, end: 17, context: '…始发港，<mark>合浦</mark>也是汉代郡治。' },
]

describe('marking matches in a text', () => {
  it('cuts the text at the offsets and keeps the answer’s match numbers', () => {
    expect(segments(text, matches)).toEqual([
      { text: '合浦', match: 0 },
      { text: '港是海上丝绸之路的始发港，', match: null },
      { text: '合浦', match: 1 },
      { text: '也是汉代郡治。', match: null },
    ])
    expect(segments(text, [...matches].reverse()).filter((part) => part.match !== null).map((part) => part.match)).toEqual([1, 0])
  })

  it('leaves out offsets that do not fit and overlapping ones', () => {
    const odd: WithinMatch[] = [
      { start: 3, end: 6, context: '' },
      { start: 4, end: 5, context: '' },
      { start: 20, end: 999, context: '' },
      { start: -1, end: 1, context: '' },
    ]
    expect(segments(text, odd).map((part) => part.match)).toEqual([null, 0, null])
    expect(segments('', [])).toEqual([{ text: '', match: null }])
  })

  it('reads the marked words of a context as text', () => {
    expect(markedWords({ start: 0, end: 5, context: '…a &lt;b&gt; <mark>&amp;c</mark>…<mark>d</mark>' })).toEqual(['&c', 'd'])
  })

  it('finds the value the offsets point into, or none', () => {
    expect(valueWithMatches(['别的内容', text], matches)).toBe(1)
    expect(valueWithMatches(['合浦港', '另一个合浦'], matches)).toBe(-1)
    expect(valueWithMatches([text], [])).toBe(-1)
  })
})
