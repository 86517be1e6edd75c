import type { SearchHit, SearchResponse } from '../api/types'

export function hit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    id: 'demo-beihai:oai:demo.beihai:0001',
    title: '北海港口史',
    titleHighlight: '<mark>北海</mark>港口史',
    snippet: '合浦与<mark>北海</mark>是海上丝绸之路的始发港 &amp; 重要节点',
    modules: ['origins'],
    themes: ['history'],
    type: 'book',
    date: '2020-03-24',
    library: '北海市图书馆',
    city: '北海',
    creators: ['张三', '李四'],
    ...overrides,
  }
}

export function searchResponse(overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    query: '北海',
    page: 1,
    size: 20,
    total: 42,
    tookMs: 7,
    hits: [
      hit(),
      hit({
        id: 'demo-qinzhou:oai:demo.qinzhou:0002',
        title: '钦州港发展报告',
        titleHighlight: '钦州港发展报告',
        snippet: '与<mark>北海</mark>、防城港联动',
        modules: ['dynamics', 'thinktank'],
        themes: ['trade'],
        type: 'report',
        library: '钦州市图书馆',
        city: '钦州',
      }),
    ],
    facets: {
      module: [
        { value: 'origins', count: 30 },
        { value: 'dynamics', count: 12 },
      ],
      theme: [
        { value: 'history', count: 20 },
        { value: 'belt-and-road', count: 5 },
      ],
      type: [{ value: 'book', count: 42 }],
      library: [{ value: '北海市图书馆', count: 40 }],
      city: [{ value: '北海', count: 40 }],
      year: [{ value: '2020', count: 42 }],
    },
    ...overrides,
  }
}
