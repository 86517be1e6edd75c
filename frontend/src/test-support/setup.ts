import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach } from 'vitest'

// jsdom does not lay out or scroll; the router and the pages only ask it to
window.scrollTo = () => {}
Element.prototype.scrollIntoView = () => {}

enableAutoUnmount(afterEach)

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  document.documentElement.lang = 'zh-CN'
  document.title = ''
  document.body.innerHTML = ''
})
