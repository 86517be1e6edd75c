package cn.beibugulf.roadtosea.ingest.local;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFilesTests {

	private static final String TEXT = "1月5日，北海市图书馆举办合浦汉代文化讲座。";

	@Test
	void readsUtf8WithAndWithoutAByteOrderMark() {
		byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[plain.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, withBom, 3, plain.length);

		assertThat(TextFiles.decode(plain)).isEqualTo(new TextFiles.Decoded(TEXT, StandardCharsets.UTF_8));
		assertThat(TextFiles.decode(withBom)).isEqualTo(new TextFiles.Decoded(TEXT, StandardCharsets.UTF_8));
	}

	@Test
	void readsGbkText() {
		TextFiles.Decoded decoded = TextFiles.decode(TEXT.getBytes(Charset.forName("GBK")));

		assertThat(decoded.text()).isEqualTo(TEXT);
		assertThat(decoded.charset().name()).isEqualTo("GB18030");
	}

	@Test
	void decodesNamesInUtf8OrGbk() {
		assertThat(TextFiles.decodeName("北海老街骑楼.txt".getBytes(StandardCharsets.UTF_8))).isEqualTo("北海老街骑楼.txt");
		assertThat(TextFiles.decodeName("北海老街骑楼.txt".getBytes(Charset.forName("GBK")))).isEqualTo("北海老街骑楼.txt");
		assertThat(TextFiles.decodeName("photo-01.jpg".getBytes(StandardCharsets.US_ASCII))).isEqualTo("photo-01.jpg");
	}

}
