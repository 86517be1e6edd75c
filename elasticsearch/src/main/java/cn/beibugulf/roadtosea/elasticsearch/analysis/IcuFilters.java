package cn.beibugulf.roadtosea.elasticsearch.analysis;

import java.util.Locale;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code icu_folding}, {@code icu_normalizer} and {@code icu_transform} with the settings of the
 * official analysis-icu plugin.
 */
final class IcuFilters {

    private IcuFilters() {
    }

    /** Settings: {@code unicode_set_filter} (optional, e.g. {@code "[^åäöÅÄÖ]"}). */
    static TokenFilterFactory folding(String name, Settings settings) {
        Normalizer2 normalizer = restrict(ICUFoldingFilter.NORMALIZER, settings);
        return TokenFilters.normalizing(name, stream -> new ICUNormalizer2Filter(stream, normalizer));
    }

    /**
     * Settings: {@code name} ({@code nfc}, {@code nfkc}, {@code nfkc_cf} – the default),
     * {@code mode} ({@code compose} – the default, or {@code decompose}), {@code unicode_set_filter}.
     */
    static TokenFilterFactory normalizer(String name, Settings settings) {
        String form = settings.get("name", "nfkc_cf");
        Normalizer2.Mode mode = switch (settings.get("mode", "compose").toLowerCase(Locale.ROOT)) {
            case "compose" -> Normalizer2.Mode.COMPOSE;
            case "decompose" -> Normalizer2.Mode.DECOMPOSE;
            default -> throw new IllegalArgumentException("Unknown mode [" + settings.get("mode")
                    + "] in [" + name + "]: expected [compose] or [decompose]");
        };
        Normalizer2 normalizer = restrict(Normalizer2.getInstance(null, form, mode), settings);
        return TokenFilters.normalizing(name, stream -> new ICUNormalizer2Filter(stream, normalizer));
    }

    /**
     * Settings: {@code id} (an ICU transform id such as {@code Traditional-Simplified}; default
     * {@code Null}), {@code dir} ({@code forward} – the default, or {@code reverse}).
     */
    static TokenFilterFactory transform(String name, Settings settings) {
        String id = settings.get("id", "Null");
        int direction = switch (settings.get("dir", "forward").toLowerCase(Locale.ROOT)) {
            case "forward" -> Transliterator.FORWARD;
            case "reverse" -> Transliterator.REVERSE;
            default -> throw new IllegalArgumentException("Unknown dir [" + settings.get("dir") + "] in [" + name
                    + "]: expected [forward] or [reverse]");
        };
        Transliterator transliterator = Transliterator.getInstance(id, direction);
        return TokenFilters.normalizing(name, stream -> new ICUTransformFilter(stream, transliterator));
    }

    private static Normalizer2 restrict(Normalizer2 normalizer, Settings settings) {
        String unicodeSetFilter = settings.get("unicode_set_filter");
        if (unicodeSetFilter == null) {
            return normalizer;
        }
        UnicodeSet set = new UnicodeSet(unicodeSetFilter);
        set.freeze();
        return new FilteredNormalizer2(normalizer, set);
    }

}
