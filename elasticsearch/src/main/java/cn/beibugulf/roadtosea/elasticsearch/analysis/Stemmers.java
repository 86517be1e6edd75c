package cn.beibugulf.roadtosea.elasticsearch.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * {@code stemmer} with the English languages of the official filter (the portal's text is
 * Chinese and English). Settings: {@code language} (or {@code name}), default {@code english}.
 */
final class Stemmers {

    private static final Map<String, UnaryOperator<TokenStream>> ENGLISH = Map.of(
            "english", PorterStemFilter::new,
            "porter", PorterStemFilter::new,
            "light_english", KStemFilter::new,
            "kstem", KStemFilter::new,
            "minimal_english", EnglishMinimalStemFilter::new,
            "possessive_english", EnglishPossessiveFilter::new,
            "porter2", stream -> new SnowballFilter(stream, new EnglishStemmer()));

    private Stemmers() {
    }

    static TokenFilterFactory stemmer(String name, Settings settings) {
        String language = settings.get("language", settings.get("name", "english")).toLowerCase(Locale.ROOT);
        UnaryOperator<TokenStream> filter = ENGLISH.get(language);
        if (filter == null) {
            throw new IllegalArgumentException("Stemmer language [" + language + "] of [" + name
                    + "] is not available on the embedded node; available: " + ENGLISH.keySet().stream().sorted().toList());
        }
        return TokenFilters.plain(name, filter);
    }

}
