package cn.beibugulf.roadtosea.ingest.feed;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FeedLinksTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			HTTPS://Lib.Example.CN:443/a/b?x=1#frag      | https://lib.example.cn/a/b?x=1
			http://lib.example.cn:80                      | http://lib.example.cn/
			http://lib.example.cn:8080/p?utm_source=rss&id=7&utm_campaign=x | http://lib.example.cn:8080/p?id=7
			tag:www.ruanyifeng.com,2020:/blog//1.2169     | tag:www.ruanyifeng.com,2020:/blog//1.2169
			""")
	void canonicalFormsOfTheSamePageAgree(String link, String canonical) {
		assertThat(FeedLinks.canonical(link)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			/atom.xml                  | https://diygod.me/      | https://diygod.me/atom.xml
			//www.mlook.mobi/book/1    | null                    | https://www.mlook.mobi/book/1
			//www.mlook.mobi/book/1    | http://mlook.mobi/feed  | http://www.mlook.mobi/book/1
			https://example.cn/北海 老街 | null                    | https://example.cn/%E5%8C%97%E6%B5%B7%20%E8%80%81%E8%A1%97
			'  '                       | null                    | null
			""")
	void makesLinksAbsolute(String href, String base, String expected) {
		assertThat(FeedLinks.absolute(href, (base != null) ? URI.create(base) : null)).isEqualTo(expected);
	}

}
