/**
 * Enrichment of harvested records, free of Spring so that jobs, tests and tools can use it alike:
 * Traditional→Simplified folding ({@link cn.beibugulf.roadtosea.enrich.ChineseText}), pinyin
 * for autocomplete ({@link cn.beibugulf.roadtosea.enrich.Pinyin}), language detection
 * ({@link cn.beibugulf.roadtosea.enrich.LanguageDetector}), place tagging against the Beibu Gulf
 * and Maritime Silk Road gazetteer ({@link cn.beibugulf.roadtosea.enrich.Gazetteer}, data in
 * {@code gazetteer/places.json}) and the key that groups one work harvested from several sources
 * ({@link cn.beibugulf.roadtosea.enrich.WorkKey}).
 */
@NullMarked
package cn.beibugulf.roadtosea.enrich;

import org.jspecify.annotations.NullMarked;
