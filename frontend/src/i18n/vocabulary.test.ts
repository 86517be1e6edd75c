import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MODULE_CODES, THEME_CODES, TYPE_CODES } from '../api/types'
import { createPortalI18n, LOCALES } from './index'

/**
 * Every code the backend can put into a record's `type`, `modules` or `themes` has a label in both
 * languages. The codes are read from where they are made: the portal's vocabulary
 * (ingest-jobs `Vocabulary.java`), the harvesters' type tables and constants, and the shipped demo
 * records. A new code there without a label here fails this test.
 */
/** The repository: the first folder up from where the tests run that holds ingest-jobs (Maven runs them in frontend/). */
function repository(): string {
  let folder = process.cwd()
  while (!existsSync(join(folder, 'ingest-jobs')) && dirname(folder) !== folder) {
    folder = dirname(folder)
  }
  return folder
}
const root = repository()
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const ingest = 'ingest-jobs/src/main/java/cn/beibugulf/roadtosea/'

function javaList(source: string, name: string): string[] {
  const list = new RegExp(`${name}\\s*=\\s*List\\.of\\(([^)]*)\\)`).exec(source)?.[1] ?? ''
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!)
}

/** The codes a Java type mapper writes: map values, `.type("…")`, `return "…"`, `-> "…"`, `TYPE = "…"`. */
/** The values of a Java `NAME = Map.ofEntries(Map.entry("label", "code"), …)` table. */
function javaTable(source: string, name: string): string[] {
  const start = source.indexOf(`${name} = Map.ofEntries(`)
  if (start < 0) {
    return []
  }
  const table = source.slice(start, source.indexOf(');', start))
  return [...table.matchAll(/Map\.entry\("[^"]*",\s*"([^"]+)"\)/g)].map((match) => match[1]!)
}

function javaTypeCodes(path: string): string[] {
  const source = read(ingest + path)
  const patterns = [
    /\.type\("([^"]+)"\)/g,
    /return "([a-z-]+)";/g,
    /-> "([a-z-]+)"/g,
    /TYPE = "([a-z-]+)"/g,
    /\? "([a-z-]+)" : "([a-z-]+)"/g,
  ]
  const codes = patterns.flatMap((pattern) => [...source.matchAll(pattern)].flatMap((match) => match.slice(1).filter(Boolean)))
  return [...javaTable(source, 'TYPES'), ...codes]
}

interface DemoRecord {
  sets?: string[]
  dc?: { type?: string[] }
}

function demoRecords(): DemoRecord[] {
  const folder = 'backend/src/main/resources/demo/records/'
  return readdirSync(join(root, folder))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => (JSON.parse(read(folder + file)) as { records: DemoRecord[] }).records)
}

const mappers = [
  'ingest/oai/DcVocabulary.java',
  'ingest/oai/MarcXmlCrosswalk.java',
  'ingest/files/FileTypes.java',
  'ingest/feed/FeedRecordMapper.java',
  'ingest/sheet/PolicyRowMapper.java',
  'ingest/sheet/ExpertRowMapper.java',
  'ingest/sheet/ChronicleRowMapper.java',
  'ingest/chronicle/ChronicleRecordProcessor.java',
  'ingest/marc/MarcRecordMapper.java',
]

describe('labels for every code the backend emits', () => {
  it('modules and themes are the portal vocabulary', () => {
    const vocabulary = read(`${ingest}record/Vocabulary.java`)
    expect(javaList(vocabulary, 'MODULES')).toEqual([...MODULE_CODES])
    expect(javaList(vocabulary, 'THEMES')).toEqual([...THEME_CODES])
  })

  it.each(mappers)('every type code of %s is a known type', (mapper) => {
    const codes = javaTypeCodes(mapper)
    expect(codes.length, `no type code found in ${mapper}: has it moved?`).toBeGreaterThan(0)
    expect(codes.filter((code) => !(TYPE_CODES as readonly string[]).includes(code))).toEqual([])
  })

  it.each(LOCALES)('%s labels every language code the OAI-PMH crosswalk writes', (locale) => {
    const { te } = createPortalI18n(locale).global
    const codes = javaTable(read(`${ingest}ingest/oai/DcVocabulary.java`), 'LANGUAGES')
    expect(codes.length).toBeGreaterThan(0)
    expect([...new Set(codes)].filter((code) => !te(`languages.${code}`, locale))).toEqual([])
  })

  it('every type, module and theme of the demo records is a known code', () => {
    const records = demoRecords()
    expect(records.length).toBeGreaterThan(0)
    const types = new Set(records.flatMap((record) => record.dc?.type ?? []).map((type) => type.trim().toLowerCase()))
    const sets = records.flatMap((record) => record.sets ?? [])
    const modules = new Set(sets.filter((set) => set.startsWith('module:')).map((set) => set.slice('module:'.length)))
    const themes = new Set(sets.filter((set) => set.startsWith('theme:')).map((set) => set.slice('theme:'.length)))
    expect([...types].filter((code) => !(TYPE_CODES as readonly string[]).includes(code))).toEqual([])
    expect([...modules].filter((code) => !(MODULE_CODES as readonly string[]).includes(code))).toEqual([])
    expect([...themes].filter((code) => !(THEME_CODES as readonly string[]).includes(code))).toEqual([])
  })

  it.each(LOCALES)('%s labels every type, module, theme and full-text value', (locale) => {
    const { te } = createPortalI18n(locale).global
    const keys = [
      ...TYPE_CODES.map((code) => `types.${code}`),
      ...MODULE_CODES.map((code) => `modules.${code}`),
      ...THEME_CODES.map((code) => `themes.${code}`),
      'fullTextValues.true',
      'fullTextValues.false',
    ]
    expect(keys.filter((key) => !te(key, locale))).toEqual([])
  })
})
