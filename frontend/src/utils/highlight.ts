/**
 * Highlight fragments from the search API are HTML: escaped text whose only markup is
 * <mark>…</mark>. They are never inserted as HTML. Instead they are parsed in an inert document
 * (DOMParser: no scripts run, no images load) and turned into plain text parts, each marked or
 * not; components render those parts as text, with Vue's escaping. Any other markup, hostile or
 * not, ends up as its text content or is dropped; it can never become an element on the page.
 */
export interface HighlightPart {
  text: string
  marked: boolean
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/** Elements whose content is never text for a reader. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH'])

export function parseHighlight(fragment: string | null | undefined): HighlightPart[] {
  if (!fragment) {
    return []
  }
  const doc = new DOMParser().parseFromString(fragment, 'text/html')
  const parts: HighlightPart[] = []
  const push = (text: string, marked: boolean) => {
    if (text === '') {
      return
    }
    const last = parts.at(-1)
    if (last && last.marked === marked) {
      last.text += text
    } else {
      parts.push({ text, marked })
    }
  }
  const walk = (node: Node, marked: boolean) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        push((child as CharacterData).data, marked)
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase()
        if (!DROPPED.has(tag)) {
          walk(child, marked || tag === 'MARK')
        }
      }
    })
  }
  walk(doc.body, false)
  return parts
}

/** The fragment's text without any markup, e.g. for a link's accessible name or a page title. */
export function highlightText(fragment: string | null | undefined): string {
  return parseHighlight(fragment)
    .map((part) => part.text)
    .join('')
}
