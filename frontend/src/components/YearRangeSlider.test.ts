import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { YearHistogram } from '../api/types'
import type { Locale } from '../i18n'
import { createPortalI18n } from '../i18n'
import type { YearRange } from '../composables/useSearchState'
import YearRangeSlider from './YearRangeSlider.vue'

const byTestId = (id: string) => `[data-testid="${id}"]`

const histogram: YearHistogram = {
  min: 1990,
  max: 2020,
  interval: 10,
  buckets: [
    { from: 1990, to: 1999, count: 4 },
    { from: 2000, to: 2009, count: 0 },
    { from: 2010, to: 2019, count: 8 },
    { from: 2020, to: 2029, count: 2 },
  ],
  withoutYear: 1,
}

function mountSlider(years: YearRange = { from: null, to: null }, locale: Locale = 'zh-CN', data = histogram) {
  return mount(YearRangeSlider, {
    props: { histogram: data, years },
    global: { plugins: [createPortalI18n(locale)] },
    attachTo: document.body,
  })
}

function changes(wrapper: ReturnType<typeof mountSlider>): YearRange[] {
  return (wrapper.emitted('change') ?? []).map(([range]) => range as YearRange)
}

function labelOf(input: HTMLElement): string {
  if (input.getAttribute('aria-label')) {
    return input.getAttribute('aria-label')!
  }
  return document.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? ''
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('year range slider', () => {
  it('offers two labelled handles and two labelled year inputs over the whole span', () => {
    const wrapper = mountSlider()
    const from = wrapper.find(byTestId('year-slider-from')).element as HTMLInputElement
    const to = wrapper.find(byTestId('year-slider-to')).element as HTMLInputElement
    expect([from.type, from.min, from.max, from.step, from.value]).toEqual(['range', '1990', '2020', '1', '1990'])
    expect(to.value).toBe('2020')
    expect(labelOf(from)).toBe('起始年份（滑块）')
    expect(labelOf(to)).toBe('截止年份（滑块）')
    expect(from.getAttribute('aria-valuetext')).toBe('1990 年')
    const fromInput = wrapper.find(byTestId('year-from')).element as HTMLInputElement
    const toInput = wrapper.find(byTestId('year-to')).element as HTMLInputElement
    expect(labelOf(fromInput)).toBe('起始年份')
    expect(labelOf(toInput)).toBe('截止年份')
    expect([fromInput.value, toInput.value]).toEqual(['1990', '2020'])
    expect(wrapper.find('legend').text()).toBe('年份')
    expect(wrapper.find(byTestId('year-clear')).exists()).toBe(false)
  })

  it('speaks English too', () => {
    const wrapper = mountSlider({ from: null, to: null }, 'en')
    expect(labelOf(wrapper.find(byTestId('year-slider-from')).element as HTMLElement)).toBe('From year (slider)')
    expect(labelOf(wrapper.find(byTestId('year-to')).element as HTMLElement)).toBe('To year')
    expect(wrapper.find(byTestId('year-apply')).text()).toBe('Apply years')
  })

  it('draws the histogram as bars scaled to the largest, marking the chosen years', () => {
    const wrapper = mountSlider({ from: 2010, to: null })
    const bars = wrapper.findAll(byTestId('year-bar'))
    expect(bars.map((bar) => (bar.element as HTMLElement).style.height)).toEqual(['50%', '0%', '100%', '25%'])
    expect(bars.map((bar) => bar.classes('year-range__bar--inside'))).toEqual([false, false, true, true])
    expect(wrapper.find(byTestId('year-histogram')).attributes('aria-hidden')).toBe('true')
  })

  it('applies typed years with the button or Enter, in either order; an empty box is open', async () => {
    const wrapper = mountSlider()
    await wrapper.find(byTestId('year-from')).setValue('2005')
    await wrapper.find(byTestId('year-to')).setValue('2012')
    await wrapper.find(byTestId('year-form')).trigger('submit')
    await wrapper.find(byTestId('year-from')).setValue('2015')
    await wrapper.find(byTestId('year-to')).setValue('1995')
    await wrapper.find(byTestId('year-form')).trigger('submit')
    await wrapper.find(byTestId('year-from')).setValue('')
    await wrapper.find(byTestId('year-to')).setValue('-111')
    await wrapper.find(byTestId('year-form')).trigger('submit')
    expect(changes(wrapper)).toEqual([
      { from: 2005, to: 2012 },
      { from: 1995, to: 2015 },
      { from: null, to: -111 },
    ])
  })

  it('refuses a year that is not one, and says so', async () => {
    const wrapper = mountSlider()
    await wrapper.find(byTestId('year-from')).setValue('5000')
    await wrapper.find(byTestId('year-form')).trigger('submit')
    expect(changes(wrapper)).toEqual([])
    const error = wrapper.find(byTestId('year-error'))
    expect(error.text()).toBe('请输入 -3000 到 3000 之间的整数年份。')
    const input = wrapper.find(byTestId('year-from'))
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe(error.attributes('id'))
  })

  it('moves a handle (keys, mouse or finger) and searches once it rests; handles never cross', async () => {
    vi.useFakeTimers()
    const wrapper = mountSlider()
    const from = wrapper.find(byTestId('year-slider-from'))
    await from.setValue('2001')
    await from.trigger('change')
    await from.setValue('2002')
    await from.trigger('change')
    expect((wrapper.find(byTestId('year-from')).element as HTMLInputElement).value).toBe('2002')
    expect(changes(wrapper)).toEqual([])
    vi.advanceTimersByTime(400)
    expect(changes(wrapper)).toEqual([{ from: 2002, to: null }])

    const to = wrapper.find(byTestId('year-slider-to'))
    await to.setValue('1991')
    expect((to.element as HTMLInputElement).value).toBe('2002')
  })

  it('a handle moved back to the end opens that end; clearing drops the range', async () => {
    vi.useFakeTimers()
    const wrapper = mountSlider({ from: 2000, to: 2015 })
    const to = wrapper.find(byTestId('year-slider-to'))
    await to.setValue('2020')
    await to.trigger('change')
    vi.advanceTimersByTime(400)
    expect(changes(wrapper)).toEqual([{ from: 2000, to: null }])
    await wrapper.find(byTestId('year-clear')).trigger('click')
    expect(changes(wrapper).at(-1)).toEqual({ from: null, to: null })
  })

  it('keeps a chosen range outside the years found on the slider', () => {
    const wrapper = mountSlider({ from: 1950, to: 1960 })
    expect(wrapper.find(byTestId('year-range')).attributes('data-min')).toBe('1950')
    expect((wrapper.find(byTestId('year-slider-to')).element as HTMLInputElement).value).toBe('1960')
  })

  it('is not shown when no record has a year and none is chosen', () => {
    const wrapper = mountSlider({ from: null, to: null }, 'zh-CN', { min: null, max: null, interval: 1, buckets: [], withoutYear: 3 })
    expect(wrapper.find(byTestId('year-range')).exists()).toBe(false)
  })
})
