package cn.beibugulf.roadtosea.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * A sensible query over the template's text fields, as the tests use it (the backend owns the
 * real search service): words ({@code title}, smartcn) and CJK bigrams ({@code title.bigram})
 * must match; the query as a phrase of words in the title ranks exact-word titles first.
 */
final class TextQueries {

    private TextQueries() {
    }

    static Query records(String text) {
        return Query.of(q -> q.bool(b -> b
            .must(m -> m.multiMatch(mm -> mm.query(text)
                .fields("title^3", "title.bigram^2", "altTitles", "altTitles.bigram", "subjects", "subjects.bigram",
                        "description", "description.bigram")
                .type(TextQueryType.MostFields)
                .minimumShouldMatch("75%")))
            .should(s -> s.matchPhrase(p -> p.field("title").query(text).boost(5.0f)))
            .should(s -> s.matchPhrase(p -> p.field("description").query(text).boost(2.0f)))));
    }

    /** {@code <mark>} around hits in the title (whole) and the description (one fragment), HTML-escaped. */
    static Highlight marks() {
        return Highlight.of(h -> h.preTags("<mark>").postTags("</mark>").encoder(HighlighterEncoder.Html)
            .fields(NamedValue.of("title",
                    HighlightField.of(f -> f.numberOfFragments(0).matchedFields("title", "title.bigram"))),
                    NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(60).numberOfFragments(1)
                        .matchedFields("description", "description.bigram")))));
    }

}
