package cn.beibugulf.roadtosea.portal.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationWritersTests {

	@Test
	void bibtexEscapesEveryTexSpecialCharacter() {
		assertThat(BibtexWriter.escape("a\\b{c}d$e&f%g#h_i~j^k\nl"))
			.isEqualTo("a\\textbackslash{}b\\{c\\}d\\$e\\&f\\%g\\#h\\_i\\textasciitilde{}j\\textasciicircum{}k l");
	}

	@Test
	void bibtexKeysAreSafeAndUnique() {
		Set<String> taken = new HashSet<>();
		assertThat(BibtexWriter.key("demo-beihai:oai:demo.beihai:0001", taken)).isEqualTo("demo-beihai:oai:demo.beihai:0001");
		assertThat(BibtexWriter.key("a b,c", taken)).isEqualTo("a_b_c");
		assertThat(BibtexWriter.key("a_b{c", taken)).isEqualTo("a_b_c_2");
	}

	@Test
	void namesKeepTheirShape() {
		assertThat(BibtexWriter.name("张三")).isEqualTo("{张三}");
		assertThat(BibtexWriter.name("Smith, John")).isEqualTo("Smith, John");
		assertThat(BibtexWriter.name("Beibu Gulf Research and Development Centre"))
			.isEqualTo("{Beibu Gulf Research and Development Centre}");
		assertThat(CslJsonWriter.name("Smith, John")).containsEntry("family", "Smith").containsEntry("given", "John");
		assertThat(CslJsonWriter.name("王, 芳")).containsOnlyKeys("literal");
	}

	@Test
	void typesMapToEachFormat() {
		for (String type : List.of("article", "book", "thesis", "report", "news", "image")) {
			assertThat(RisWriter.type(type)).isNotBlank();
		}
		assertThat(List.of(RisWriter.type("article"), RisWriter.type("book"), RisWriter.type("thesis"),
				RisWriter.type("report"), RisWriter.type("news"), RisWriter.type("image"), RisWriter.type(null)))
			.containsExactly("JOUR", "BOOK", "THES", "RPRT", "NEWS", "GEN", "GEN");
		assertThat(List.of(BibtexWriter.type("article"), BibtexWriter.type("book"), BibtexWriter.type("thesis"),
				BibtexWriter.type("report"), BibtexWriter.type("news")))
			.containsExactly("article", "book", "phdthesis", "techreport", "misc");
	}

	@Test
	void csvDefusesFormulasOnly() {
		assertThat(ResultCsv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(ResultCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ResultCsv.cell("-2")).isEqualTo("'-2");
		assertThat(ResultCsv.cell("北海, \"quoted\"")).isEqualTo("北海, \"quoted\"");
		assertThat(ResultCsv.cell(null)).isNull();
	}

}
