import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import HighlightedText from '../components/HighlightedText.vue'
import { highlightText, parseHighlight } from './highlight'

describe('parseHighlight', () => {
  it('splits a fragment into marked and plain text', () => {
    expect(parseHighlight('合浦与<mark>北海</mark>是<mark>始发港</mark>')).toEqual([
      { text: '合浦与', marked: false },
      { text: '北海', marked: true },
      { text: '是', marked: false },
      { text: '始发港', marked: true },
    ])
  })

  it('decodes the escaping done by Elasticsearch and Spring (named and numeric references)', () => {
    expect(parseHighlight('A &amp; B &lt;i&gt; &quot;x&quot; &#x27;y&#x27; &#x2F; caf&eacute; &#21271;')).toEqual([
      { text: 'A & B <i> "x" \'y\' / café 北', marked: false },
    ])
  })

  it('keeps escaped markup as text', () => {
    expect(highlightText('&lt;img src=x onerror=alert(1)&gt;<mark>北海</mark>')).toBe('<img src=x onerror=alert(1)>北海')
  })

  it('drops markup other than mark, keeping only its text', () => {
    expect(parseHighlight('<b>粗</b><mark><a href="javascript:alert(1)">北海</a></mark><script>alert(1)</script><style>*{}</style>')).toEqual([
      { text: '粗', marked: false },
      { text: '北海', marked: true },
    ])
  })

  it('survives unbalanced and empty input', () => {
    expect(parseHighlight('<mark>北海')).toEqual([{ text: '北海', marked: true }])
    expect(parseHighlight('北海</mark>港')).toEqual([{ text: '北海港', marked: false }])
    expect(parseHighlight('')).toEqual([])
    expect(parseHighlight(null)).toEqual([])
  })
})

describe('HighlightedText', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('renders mark elements for the highlights and nothing else', () => {
    const wrapper = mount(HighlightedText, { props: { fragment: '合浦与<mark>北海</mark>港' } })
    expect(wrapper.findAll('mark').map((mark) => mark.text())).toEqual(['北海'])
    expect(wrapper.text()).toBe('合浦与北海港')
    expect(wrapper.element.querySelectorAll('*:not(mark)')).toHaveLength(0)
  })

  it.each([
    '<img src=x onerror=alert(1)>',
    '<mark><img src=x onerror=alert(1)></mark>',
    '<svg><script>alert(1)</script></svg>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<mark onclick="alert(1)" style="color:red">北海</mark>',
    '</span><img src=x onerror=alert(1)>',
    '<!--<img src=x onerror=alert(1)>-->',
  ])('never turns hostile input into an element or attribute: %s', (fragment) => {
    const alert = vi.fn()
    vi.stubGlobal('alert', alert)
    const wrapper = mount(HighlightedText, { props: { fragment }, attachTo: document.body })
    expect(document.querySelector('img, svg, script, iframe')).toBeNull()
    for (const element of wrapper.element.querySelectorAll('*')) {
      expect(element.tagName).toBe('MARK')
      expect(element.attributes).toHaveLength(0)
    }
    expect(alert).not.toHaveBeenCalled()
  })

  it('shows escaped markup as visible text', () => {
    const wrapper = mount(HighlightedText, { props: { fragment: '&lt;img src=x onerror=alert(1)&gt;' } })
    expect(wrapper.text()).toBe('<img src=x onerror=alert(1)>')
    expect(wrapper.find('img').exists()).toBe(false)
  })
})
