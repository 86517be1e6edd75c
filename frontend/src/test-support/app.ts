import { flushPromises, mount } from '@vue/test-utils'
import { vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '../App.vue'
import type { Locale } from '../i18n'
import { createPortalI18n } from '../i18n'
import { createPortalRouter } from '../router'

/** The whole app (layout, router, i18n) at a path, as a reader would open it. Only fetch is replaced. */
export async function mountApp(path: string, locale: Locale = 'zh-CN') {
  const router = createPortalRouter(createMemoryHistory())
  const i18n = createPortalI18n(locale)
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router, i18n] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router, i18n }
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

type Handler = (url: URL) => Response | Promise<Response>

/** Replaces fetch; each call's URL (resolved against the page) goes to the handler. */
export function stubFetch(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => handler(new URL(String(input), 'http://localhost')))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The URLs fetch was called with, as URL objects. */
export function requestedUrls(fetchMock: ReturnType<typeof stubFetch>): URL[] {
  return fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
}
