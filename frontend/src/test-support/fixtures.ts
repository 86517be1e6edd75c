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
      fullText: [
        { value: 'true', count: 5 },
        { value: 'false', count: 37 },
      ],
      library: [{ value: '北海市图书馆', count: 40 }],
      city: [{ value: '北海', count: 40 }],
      year: [{ value: '2020', count: 42 }],
    },
    yearHistogram: {
      min: 2015,
      max: 2020,
      interval: 1,
      buckets: [
        { from: 2015, to: 2015, count: 3 },
        { from: 2016, to: 2016, count: 0 },
        { from: 2017, to: 2017, count: 9 },
        { from: 2018, to: 2018, count: 12 },
        { from: 2019, to: 2019, count: 6 },
        { from: 2020, to: 2020, count: 12 },
      ],
      withoutYear: 0,
    },
    ...overrides,
  }
}
