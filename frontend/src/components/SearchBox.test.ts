import { flushPromises } from '@vue/test-utils'
import type { DOMWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { SuggestResponse } from '../api/types'
import { jsonResponse, mountApp, requestedUrls, stubFetch } from '../test-support/app'
import { searchResponse } from '../test-support/fixtures'

const byTestId = (id: string) => `[data-testid="${id}"]`

/** What the backend suggests for pinyin of 北海 (docs/api.md, GET /api/suggest). */
const BEIHAI: SuggestResponse = {
  query: 'bh',
  suggestions: [
    { text: '北海', kind: 'query' },
    { text: '北海市', kind: 'query' },
    { text: '北海老城历史街区的骑楼建筑', kind: 'record', id: 'demo-beihai:oai:demo.beihai:0001' },
  ],
}

function stubBackend(suggest: (q: string) => SuggestResponse | Response = () => ({ query: '', suggestions: [] })) {
  return stubFetch((url) => {
    if (url.pathname === '/api/suggest') {
      const answer = suggest(url.searchParams.get('q') ?? '')
      return answer instanceof Response ? answer : jsonResponse(answer)
    }
    if (url.pathname.startsWith('/api/records/')) {
      return jsonResponse({ id: 'demo-beihai:oai:demo.beihai:0001', title: '北海老城历史街区的骑楼建筑' })
    }
    return jsonResponse(searchResponse())
  })
}

const suggestRequests = (fetchMock: ReturnType<typeof stubFetch>) =>
  requestedUrls(fetchMock)
    .filter((url) => url.pathname === '/api/suggest')
    .map((url) => url.searchParams.get('q'))

const inputElement = (input: DOMWrapper<Element>) => input.element as HTMLInputElement

async function type(input: DOMWrapper<Element>, text: string) {
  inputElement(input).focus()
  await input.setValue(text)
}

/** Waits until the listbox shows (the request goes out after the debounce pause). */
async function suggestionsShown(input: DOMWrapper<Element>) {
  await vi.waitFor(() => expect(input.attributes('aria-expanded')).toBe('true'))
}

describe('search box autocomplete', () => {
  it.each(['bh', 'beihai'])('typing %s shows the 北海 suggestions as a listbox', async (typed) => {
    const fetchMock = stubBackend(() => BEIHAI)
    const { wrapper } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('aria-autocomplete')).toBe('list')
    expect(input.attributes('aria-expanded')).toBe('false')

    await type(input, typed)
    await suggestionsShown(input)

    expect(suggestRequests(fetchMock)).toEqual([typed])
    const listbox = wrapper.find(byTestId('suggest-listbox'))
    expect(input.attributes('aria-controls')).toBe(listbox.attributes('id'))
    expect(listbox.attributes('role')).toBe('listbox')
    expect(listbox.attributes('aria-label')).toBe('检索建议')
    const options = wrapper.findAll(byTestId('suggest-option'))
    expect(options.map((option) => option.attributes('role'))).toEqual(['option', 'option', 'option'])
    expect(options[0]!.text()).toBe('北海')
    expect(options[0]!.attributes('aria-selected')).toBe('false')
    expect(options[2]!.attributes('data-kind')).toBe('record')
    expect(options[2]!.text()).toContain('记录')
    expect(wrapper.find(byTestId('suggest-status')).text()).toBe('有 3 条检索建议')
    expect(input.attributes('aria-activedescendant')).toBeUndefined()
  })

  it('waits for a pause in typing and asks only for the latest text', async () => {
    const fetchMock = stubBackend(() => BEIHAI)
    const { wrapper } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'b')
    await input.setValue('be')
    await input.setValue('bei')
    await suggestionsShown(input)
    expect(suggestRequests(fetchMock)).toEqual(['bei'])
  })

  it('moves through the options with the arrow keys, wrapping at both ends', async () => {
    stubBackend(() => BEIHAI)
    const { wrapper } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    const ids = wrapper.findAll(byTestId('suggest-option')).map((option) => option.attributes('id'))
    const active = () => input.attributes('aria-activedescendant')
    const selected = () =>
      wrapper.findAll(byTestId('suggest-option')).filter((option) => option.attributes('aria-selected') === 'true').map((o) => o.attributes('id'))

    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe(ids[0])
    expect(selected()).toEqual([ids[0]])
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe(ids[2])
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe(ids[0])
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(active()).toBe(ids[2])
    expect(selected()).toEqual([ids[2]])
    // focus never leaves the input
    expect(document.activeElement).toBe(input.element)
  })

  it('Enter on a word searches for it', async () => {
    const fetchMock = stubBackend(() => BEIHAI)
    const { wrapper, router } = await mountApp('/search?module=origins')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ q: '北海市', module: 'origins' })
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('q')).toBe('北海市')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(inputElement(input).value).toBe('北海市')
  })

  it('Enter on a record opens it', async () => {
    stubBackend(() => BEIHAI)
    const { wrapper, router } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    await input.trigger('keydown', { key: 'ArrowUp' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/records/demo-beihai:oai:demo.beihai:0001')
  })

  it('Escape closes the list and keeps the text; Enter then searches for what was typed', async () => {
    stubBackend(() => BEIHAI)
    const { wrapper, router } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(input.attributes('aria-activedescendant')).toBeUndefined()
    expect(wrapper.find(byTestId('suggest-listbox')).isVisible()).toBe(false)
    expect(inputElement(input).value).toBe('bh')

    // the arrow key opens the list again
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-expanded')).toBe('true')
    await input.trigger('keydown', { key: 'Escape' })

    await wrapper.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'bh' })
  })

  it('leaves keys to an input method that is still composing', async () => {
    stubBackend(() => BEIHAI)
    const { wrapper, router } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter', isComposing: true })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(input.attributes('aria-expanded')).toBe('true')
  })

  it('a click on an option chooses it; leaving the box closes the list', async () => {
    stubBackend(() => BEIHAI)
    const { wrapper, router } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    inputElement(input).blur()
    await flushPromises()
    expect(input.attributes('aria-expanded')).toBe('false')
    inputElement(input).focus()
    await flushPromises()
    expect(input.attributes('aria-expanded')).toBe('true')
    await wrapper.findAll(byTestId('suggest-option'))[0]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '北海' })
  })

  it('shows suggestion text as text, never as markup', async () => {
    stubBackend(() => ({
      query: 'x',
      suggestions: [{ text: '<img src=x onerror="alert(1)">北海<b>港</b>', kind: 'query' }],
    }))
    const { wrapper } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'x')
    await suggestionsShown(input)
    const option = wrapper.find(byTestId('suggest-option'))
    expect(option.text()).toBe('<img src=x onerror="alert(1)">北海<b>港</b>')
    expect(option.find('img').exists()).toBe(false)
    expect(option.find('b').exists()).toBe(false)
  })

  it('clearing the box or a failing service shows no list, and searching still works', async () => {
    const fetchMock = stubBackend((q) =>
      q === 'down' ? jsonResponse({ status: 503, detail: 'down' }, 503, 'application/problem+json') : BEIHAI,
    )
    const { wrapper, router } = await mountApp('/search')
    const input = wrapper.find(byTestId('search-input'))
    await type(input, 'bh')
    await suggestionsShown(input)
    await input.setValue('  ')
    expect(input.attributes('aria-expanded')).toBe('false')

    await input.setValue('down')
    await vi.waitFor(() => expect(suggestRequests(fetchMock)).toContain('down'))
    await flushPromises()
    expect(input.attributes('aria-expanded')).toBe('false')
    await wrapper.find(byTestId('search-button')).trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'down' })
  })
})
