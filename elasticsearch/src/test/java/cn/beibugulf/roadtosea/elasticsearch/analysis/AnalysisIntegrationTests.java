package cn.beibugulf.roadtosea.elasticsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import cn.beibugulf.roadtosea.elasticsearch.IndexManager;
import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.elasticsearch.SharedNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.AnalyzeRequest;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The official analysis names answer on the embedded node through the {@code _analyze} API, with
 * the request bodies one would send to the official distribution with the analysis-smartcn and
 * analysis-icu plugins.
 */
@ExtendWith(SharedNode.class)
class AnalysisIntegrationTests {

    private static ElasticsearchClient client;

    @BeforeAll
    static void prepare(ElasticsearchClient sharedClient) {
        client = sharedClient;
        new IndexManager(client).ensureIndex();
    }

    @Test
    void smartcnAnalyzerSegmentsWordsAndDropsPunctuation() throws IOException {
        assertThat(tokens("""
                { "analyzer": "smartcn", "text": "北海老城历史街区，很美。" }""")).containsSequence("北海", "老城", "历史", "街区")
            .doesNotContain(",", "，", "。");
    }

    @Test
    void smartcnTokenizerSegmentsWords() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "smartcn_tokenizer", "text": "北方的大海" }""")).containsExactly("北方", "的", "大海");
    }

    @Test
    void icuTokenizerSegmentsChineseWithItsDictionary() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "icu_tokenizer", "text": "北海市图书馆 Beibu Gulf" }"""))
            .contains("北海", "图书", "Beibu", "Gulf");
    }

    @Test
    void icuTransformFoldsTraditionalToSimplified() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "keyword",
                  "filter": [ { "type": "icu_transform", "id": "Traditional-Simplified" } ],
                  "text": "佛教學與圖書館" }""")).containsExactly("佛教学与图书馆");
    }

    @Test
    void icuTransformRunsInReverse() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "keyword",
                  "filter": [ { "type": "icu_transform", "id": "Traditional-Simplified", "dir": "reverse" } ],
                  "text": "图书馆" }""")).containsExactly("圖書館");
    }

    @Test
    void icuFoldingRemovesCaseAndAccentsAndWidth() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ "icu_folding" ], "text": "Café ＢＥＩＨＡＩ Ærø" }"""))
            .containsExactly("cafe", "beihai", "aero");
    }

    @Test
    void icuFoldingHonoursUnicodeSetFilter() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard",
                  "filter": [ { "type": "icu_folding", "unicode_set_filter": "[^é]" } ],
                  "text": "Café BEIHAI" }""")).containsExactly("café", "beihai");
    }

    @Test
    void icuNormalizerAppliesTheChosenForm() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "keyword", "filter": [ "icu_normalizer" ], "text": "ＢＥＩＨＡＩ①" }"""))
            .containsExactly("beihai1");
        assertThat(tokens("""
                { "tokenizer": "keyword", "filter": [ { "type": "icu_normalizer", "name": "nfc" } ],
                  "text": "ＢＥＩＨＡＩ" }""")).containsExactly("ＢＥＩＨＡＩ");
    }

    @Test
    void cjkBigramPairsHanCharacters() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ "cjk_bigram" ], "text": "北海老城" }"""))
            .containsExactly("北海", "海老", "老城");
    }

    @Test
    void cjkBigramCanAlsoOutputUnigrams() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ { "type": "cjk_bigram", "output_unigrams": true } ],
                  "text": "北海" }""")).containsExactlyInAnyOrder("北", "北海", "海");
    }

    @Test
    void cjkBigramLeavesIgnoredScriptsAlone() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ { "type": "cjk_bigram", "ignored_scripts": [ "han" ] } ],
                  "text": "北海" }""")).containsExactly("北", "海");
    }

    @Test
    void cjkWidthFoldsFullWidthLatin() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "keyword", "filter": [ "cjk_width" ], "text": "ＢｅｉＨａｉ２０２４" }"""))
            .containsExactly("BeiHai2024");
    }

    @Test
    void lowercaseComesFromTheServer() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ "lowercase" ], "text": "Beibu GULF" }"""))
            .containsExactly("beibu", "gulf");
    }

    @Test
    void stemmerSupportsTheEnglishLanguages() throws IOException {
        assertThat(stem("light_english", "libraries harbours")).containsExactly("library", "harbour");
        assertThat(stem("english", "libraries harbours")).containsExactly("librari", "harbour");
        assertThat(stem("porter", "running")).containsExactly("run");
        assertThat(stem("possessive_english", "Beihai's")).containsExactly("Beihai");
    }

    @Test
    void stemmerRejectsALanguageItDoesNotHave() {
        assertThatExceptionOfType(ElasticsearchException.class).isThrownBy(() -> stem("klingon", "qapla"))
            .withMessageContaining("klingon");
    }

    @Test
    void edgeNgramBuildsPrefixes() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "keyword", "filter": [ { "type": "edge_ngram", "min_gram": 1, "max_gram": 3 } ],
                  "text": "北海老城" }""")).containsExactly("北", "北海", "北海老");
    }

    @Test
    void asciifoldingFoldsAndCanKeepTheOriginal() throws IOException {
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ "asciifolding" ], "text": "Hé Pǔ" }"""))
            .containsExactly("He", "Pu");
        assertThat(tokens("""
                { "tokenizer": "standard", "filter": [ { "type": "asciifolding", "preserve_original": true } ],
                  "text": "Pǔ" }""")).containsExactlyInAnyOrder("Pu", "Pǔ");
    }

    @Test
    void templateRecallAnalyzersGiveTraditionalAndSimplifiedTheSameTerms() throws IOException {
        for (String analyzer : List.of("zh_bigram", "icu_text")) {
            assertThat(indexTokens(analyzer, "佛教學")).as(analyzer).isEqualTo(indexTokens(analyzer, "佛教学"));
        }
        assertThat(indexTokens("zh_bigram", "佛教學")).containsExactly("佛教", "教学");
    }

    /**
     * smartcn segments before the transform (the official plugins have no transform char filter),
     * so Traditional and Simplified text may split differently; its terms are still Simplified,
     * and the {@code .bigram} sub-field guarantees the match.
     */
    @Test
    void templateSmartAnalyzerEmitsSimplifiedTerms() throws IOException {
        assertThat(indexTokens("zh_smart", "佛教學與圖書館")).contains("佛教", "学")
            .doesNotContain("學", "與", "圖書館", "圖書", "館");
    }

    @Test
    void templateSmartAnalyzerDropsChinesePunctuation() throws IOException {
        assertThat(indexTokens("zh_smart", "《合浦县志》，北海。")).doesNotContain(",", "，", "《", "》", "。")
            .contains("北海");
    }

    @Test
    void templateNormalizerFoldsCaseAndAccents() throws IOException {
        assertThat(tokens(RecordsIndex.ALIAS, """
                { "normalizer": "folded_keyword", "text": "Café BEIHAI" }""")).containsExactly("cafe beihai");
    }

    private static List<String> stem(String language, String text) throws IOException {
        return tokens("""
                { "tokenizer": "standard", "filter": [ { "type": "stemmer", "language": "%s" } ], "text": "%s" }"""
            .formatted(language, text));
    }

    /** Analyzes with an analyzer of the records index (defined by the template). */
    private static List<String> indexTokens(String analyzer, String text) throws IOException {
        return tokens(RecordsIndex.ALIAS, """
                { "analyzer": "%s", "text": "%s" }""".formatted(analyzer, text));
    }

    private static List<String> tokens(String json) throws IOException {
        return tokens(null, json);
    }

    private static List<String> tokens(String index, String json) throws IOException {
        AnalyzeRequest request = AnalyzeRequest.of(a -> a.index(index).withJson(new StringReader(json)));
        return client.indices().analyze(request).tokens().stream().map(AnalyzeToken::token).toList();
    }

}
