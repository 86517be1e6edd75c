import type { Ref } from 'vue'
import { onScopeDispose, watch } from 'vue'
import { fetchJsonLd } from '../api/client'

/** Marks the element this page put into the head, for browser tests and to find it again. */
export const JSON_LD_TEST_ID = 'record-jsonld'

/**
 * Puts the record's schema.org description (GET /api/records-jsonld) into the document head as
 * <script type="application/ld+json">, for search engines, and takes it out again when the page
 * shows another record or is left. The answer goes in as the script's textContent — a text node,
 * never parsed as HTML — and only when it is JSON.
 */
export function useJsonLd(id: Ref<string>) {
  let script: HTMLScriptElement | null = null
  let controller: AbortController | null = null

  function remove() {
    script?.remove()
    script = null
  }

  async function load() {
    controller?.abort()
    remove()
    const current = new AbortController()
    controller = current
    try {
      const text = await fetchJsonLd(id.value, current.signal)
      if (controller !== current) {
        return
      }
      JSON.parse(text)
      const element = document.createElement('script')
      element.type = 'application/ld+json'
      element.dataset.testid = JSON_LD_TEST_ID
      element.textContent = text
      document.head.appendChild(element)
      script = element
    } catch {
      // no description for search engines: the page itself is unaffected
    }
  }

  watch(id, load, { immediate: true })
  onScopeDispose(() => {
    controller?.abort()
    controller = null
    remove()
  })
}
