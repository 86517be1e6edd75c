package cn.beibugulf.roadtosea.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetGuesserTests {

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			北海市图书馆 文旅快讯                           | GBK          | GB18030
			<title>钦州港 一带一路 海上丝绸之路 文明旅游</title> | GB2312       | GB18030
			北海市圖書館 文旅快訊                           | Big5         | Big5
			<title>臺灣 歌手 周杰倫 發行 國語專輯</title>         | Big5         | Big5
			Новости культуры Приморья                     | windows-1251 | windows-1251
			<title>Последние новости</title>              | windows-1251 | windows-1251
			Últimas Notícias de São Paulo                 | ISO-8859-1   | windows-1252
			<description>Informações úteis</description>  | ISO-8859-1   | windows-1252
			""")
	void guessesShortTextsInTheLegacyEncodingsOfOurSources(String text, String encoding, String expected) {
		byte[] bytes = text.getBytes(Charset.forName(encoding));

		Charset guessed = CharsetGuesser.guessLegacy(bytes);

		assertThat(guessed.name()).isEqualTo(expected);
		assertThat(new String(bytes, guessed)).isEqualTo(text);
	}

	@Test
	void tellsUtf8AndAsciiFromLegacyBytes() {
		assertThat(CharsetGuesser.isUtf8("北海".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(CharsetGuesser.isUtf8("北海".getBytes(CharsetGuesser.GB18030))).isFalse();
		assertThat(CharsetGuesser.isAscii("Beihai".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(CharsetGuesser.isAscii("Beihái".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

	@Test
	void fallsBackToAWesternCharsetThatDecodesAnything() {
		byte[] noise = { 'a', (byte) 0x81, 'b', (byte) 0xA9, ' ', (byte) 0x9D };

		Charset guessed = CharsetGuesser.guessLegacy(noise);

		assertThat(CharsetGuesser.decodesStrictly(noise, guessed)).isTrue();
	}

}
