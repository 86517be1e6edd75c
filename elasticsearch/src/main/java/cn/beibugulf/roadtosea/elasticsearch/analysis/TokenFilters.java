package cn.beibugulf.roadtosea.elasticsearch.analysis;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * Token filter factories made from a function. Filters that work on one token at a time without
 * changing positions are "normalizing": Elasticsearch also applies them to the terms of
 * multi-term queries (prefix, wildcard, fuzzy) and allows them in a {@code normalizer}.
 */
final class TokenFilters {

    private TokenFilters() {
    }

    static TokenFilterFactory normalizing(String name, UnaryOperator<TokenStream> filter) {
        return new Normalizing(name, filter);
    }

    static TokenFilterFactory plain(String name, UnaryOperator<TokenStream> filter) {
        return new Plain(name, filter);
    }

    private static class Plain extends AbstractTokenFilterFactory {

        private final UnaryOperator<TokenStream> filter;

        Plain(String name, UnaryOperator<TokenStream> filter) {
            super(name);
            this.filter = filter;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return this.filter.apply(tokenStream);
        }

    }

    private static final class Normalizing extends Plain implements NormalizingTokenFilterFactory {

        Normalizing(String name, UnaryOperator<TokenStream> filter) {
            super(name, filter);
        }

    }

}
