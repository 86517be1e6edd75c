package cn.beibugulf.roadtosea.elasticsearch.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers Lucene's Chinese, ICU and common analysis under the names the official
 * distribution uses (analysis-smartcn and analysis-icu plugins, analysis-common module), so
 * one index template runs both embedded and on a cluster. Elasticsearch's server already
 * provides the {@code standard} tokenizer and analyzer, the {@code keyword}, {@code simple},
 * {@code whitespace} and {@code stop} analyzers, the {@code lowercase} (multi-term aware),
 * {@code stop}, {@code shingle} and {@code hunspell} token filters and the {@code lowercase}
 * normalizer: those are not registered again.
 *
 * <table>
 * <caption>Names registered here</caption>
 * <tr><td>analyzers</td><td>{@code smartcn}</td></tr>
 * <tr><td>tokenizers</td><td>{@code smartcn_tokenizer}, {@code icu_tokenizer}, {@code keyword}</td></tr>
 * <tr><td>token filters</td><td>{@code icu_folding}, {@code icu_normalizer}, {@code icu_transform},
 * {@code cjk_bigram}, {@code cjk_width}, {@code stemmer}, {@code edge_ngram}, {@code asciifolding}</td></tr>
 * </table>
 */
public class ChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("smartcn", (indexSettings, environment, name, settings) -> new SmartChinese(name));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                "smartcn_tokenizer",
                (indexSettings, environment, name, settings) -> TokenizerFactory.newFactory(name, HMMChineseTokenizer::new),
                "icu_tokenizer",
                (indexSettings, environment, name, settings) -> {
                    if (settings.get("rule_files") != null) {
                        throw new IllegalArgumentException("[" + name + "]: rule_files are not supported embedded");
                    }
                    DefaultICUTokenizerConfig config = new DefaultICUTokenizerConfig(true, true);
                    return TokenizerFactory.newFactory(name, () -> new ICUTokenizer(config));
                },
                "keyword",
                (indexSettings, environment, name, settings) -> {
                    int bufferSize = settings.getAsInt("buffer_size", KeywordTokenizer.DEFAULT_BUFFER_SIZE);
                    return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
                });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "icu_folding", (indexSettings, environment, name, settings) -> IcuFilters.folding(name, settings),
                "icu_normalizer", (indexSettings, environment, name, settings) -> IcuFilters.normalizer(name, settings),
                "icu_transform", (indexSettings, environment, name, settings) -> IcuFilters.transform(name, settings),
                "cjk_bigram", (indexSettings, environment, name, settings) -> CommonFilters.cjkBigram(name, settings),
                "cjk_width", (indexSettings, environment, name, settings) -> CommonFilters.cjkWidth(name, settings),
                "asciifolding", (indexSettings, environment, name, settings) -> CommonFilters.asciiFolding(name, settings),
                "edge_ngram", (indexSettings, environment, name, settings) -> CommonFilters.edgeNGram(name, settings),
                "stemmer", (indexSettings, environment, name, settings) -> Stemmers.stemmer(name, settings));
    }

    /** The {@code smartcn} analyzer: smartcn words, punctuation dropped, English Porter-stemmed. */
    private static final class SmartChinese extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {

        private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet());

        SmartChinese(String name) {
            super(name);
        }

        @Override
        public SmartChineseAnalyzer get() {
            return this.analyzer;
        }

    }

}
