package cn.beibugulf.roadtosea.elasticsearch.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.lucene.analysis.miscellaneous.DisableGraphAttribute;

/**
 * The token filters of Elasticsearch's analysis-common module that our template uses,
 * re-created on Lucene's analysis-common jar with the official names and settings.
 */
final class CommonFilters {

    private static final List<String> CJK_SCRIPTS = List.of("han", "hiragana", "katakana", "hangul");

    private CommonFilters() {
    }

    /**
     * {@code cjk_bigram}. Settings: {@code output_unigrams} (default false), {@code ignored_scripts}
     * (any of han, hiragana, katakana, hangul: those scripts are not bigrammed).
     */
    static TokenFilterFactory cjkBigram(String name, Settings settings) {
        boolean outputUnigrams = settings.getAsBoolean("output_unigrams", false);
        Set<String> scripts = new HashSet<>(CJK_SCRIPTS);
        for (String ignored : settings.getAsList("ignored_scripts")) {
            String script = ignored.toLowerCase(Locale.ROOT);
            if (!CJK_SCRIPTS.contains(script)) {
                throw new IllegalArgumentException("Unknown script [" + ignored + "] in [" + name + "].ignored_scripts: "
                        + "expected one of " + CJK_SCRIPTS);
            }
            scripts.remove(script);
        }
        int flags = (scripts.contains("han") ? CJKBigramFilter.HAN : 0)
                | (scripts.contains("hiragana") ? CJKBigramFilter.HIRAGANA : 0)
                | (scripts.contains("katakana") ? CJKBigramFilter.KATAKANA : 0)
                | (scripts.contains("hangul") ? CJKBigramFilter.HANGUL : 0);
        return TokenFilters.plain(name, stream -> {
            CJKBigramFilter bigrams = new CJKBigramFilter(stream, flags, outputUnigrams);
            if (outputUnigrams) {
                // unigrams and bigrams overlap: a graph of them is meaningless (same as upstream)
                bigrams.addAttribute(DisableGraphAttribute.class);
            }
            return bigrams;
        });
    }

    /** {@code cjk_width}: full-width ASCII to half-width, half-width Katakana to full-width. */
    static TokenFilterFactory cjkWidth(String name, Settings settings) {
        return TokenFilters.normalizing(name, CJKWidthFilter::new);
    }

    /** {@code asciifolding}. Settings: {@code preserve_original} (default false). */
    static TokenFilterFactory asciiFolding(String name, Settings settings) {
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        return new AsciiFolding(name, preserveOriginal);
    }

    /**
     * {@code edge_ngram}. Settings: {@code min_gram} (default 1), {@code max_gram} (default 2),
     * {@code preserve_original} (default false).
     */
    static TokenFilterFactory edgeNGram(String name, Settings settings) {
        int minGram = settings.getAsInt("min_gram", 1);
        int maxGram = settings.getAsInt("max_gram", 2);
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException("[" + name + "] needs 1 <= min_gram <= max_gram, got min_gram=" + minGram
                    + ", max_gram=" + maxGram);
        }
        return TokenFilters.plain(name, stream -> new EdgeNGramTokenFilter(stream, minGram, maxGram, preserveOriginal));
    }

    /** With {@code preserve_original}, multi-term queries still only see the folded form. */
    private static final class AsciiFolding extends AbstractTokenFilterFactory
            implements NormalizingTokenFilterFactory {

        private final boolean preserveOriginal;

        AsciiFolding(String name, boolean preserveOriginal) {
            super(name);
            this.preserveOriginal = preserveOriginal;
        }

        @Override
        public TokenStream create(TokenStream stream) {
            return new ASCIIFoldingFilter(stream, this.preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream stream) {
            return new ASCIIFoldingFilter(stream, false);
        }

    }

}
