package cn.beibugulf.roadtosea.elasticsearch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexTemplateFileTests {

    @Test
    void theNewestShippedTemplateIsTheCurrentIndex() {
        List<IndexTemplateFile> templates = IndexTemplateFile.load(RecordsIndex.TEMPLATE_LOCATION);

        assertThat(templates).isNotEmpty();
        assertThat(templates.getLast().name()).isEqualTo(RecordsIndex.CURRENT);
    }

    @Test
    void ordersByVersionNumberNotByText() {
        List<IndexTemplateFile> templates = IndexTemplateFile.load("classpath*:template-order/records-v*.json");

        assertThat(templates).extracting(IndexTemplateFile::name).containsExactly("records-v2", "records-v9",
                "records-v10");
        assertThat(templates).extracting(IndexTemplateFile::version).containsExactly(2, 9, 10);
    }

    @Test
    void eachShippedTemplateTargetsExactlyItsOwnIndex() {
        for (IndexTemplateFile template : IndexTemplateFile.load(RecordsIndex.TEMPLATE_LOCATION)) {
            assertThat(template.json()).contains("\"index_patterns\": [\"" + template.name() + "\"]");
        }
    }

}
