package cn.beibugulf.roadtosea.ingest.xml;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

class SafeXmlTests {

	private HostileXml hostile;

	@BeforeEach
	void startServer() throws Exception {
		this.hostile = HostileXml.start();
	}

	@AfterEach
	void stopServer() {
		this.hostile.close();
	}

	static Stream<Arguments> parsers() {
		return Stream.of(Arguments.of("DOM", (Parser) SafeXmlTests::dom), Arguments.of("SAX", (Parser) SafeXmlTests::sax),
				Arguments.of("StAX", (Parser) SafeXmlTests::stax));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parsers")
	void parsesAnOrdinaryDocument(String name, Parser parser) throws Exception {
		assertThat(parser.text("<?xml version=\"1.0\"?><x a=\"1\">北海 &amp; 钦州</x>")).isEqualTo("北海 & 钦州");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parsers")
	void refusesAnExternalEntityNamingEtcPasswd(String name, Parser parser) {
		Exception refused = catchException(() -> parser.text(HostileXml.PASSWD_ENTITY));

		assertThat(refused).isNotNull();
		assertThat(SafeXml.describe(refused)).startsWith(SafeXml.DOCTYPE_REFUSED).contains("line 2");
		assertThat(String.valueOf(refused.getMessage())).doesNotContain("root:");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parsers")
	void refusesTheBillionLaughs(String name, Parser parser) {
		Exception refused = catchException(() -> parser.text(HostileXml.BILLION_LAUGHS));

		assertThat(refused).isNotNull();
		assertThat(SafeXml.describe(refused)).startsWith(SafeXml.DOCTYPE_REFUSED);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parsers")
	void neverFetchesARemoteEntityOrDtd(String name, Parser parser) {
		Exception entity = catchException(() -> parser.text(this.hostile.remoteEntity()));
		Exception dtd = catchException(() -> parser.text(this.hostile.remoteDtd()));

		assertThat(SafeXml.describe(entity)).startsWith(SafeXml.DOCTYPE_REFUSED);
		assertThat(SafeXml.describe(dtd)).startsWith(SafeXml.DOCTYPE_REFUSED);
		assertThat(this.hostile.requests()).isZero();
	}

	@Test
	void theRequestCounterSeesAFetch() throws Exception {
		// the control for neverFetchesARemoteEntityOrDtd: an ordinary client does reach the server
		String url = this.hostile.remoteEntity().replaceAll("(?s).*SYSTEM \"([^\"]+)\".*", "$1");
		try (HttpClient client = HttpClient.newHttpClient()) {
			client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
		}
		assertThat(this.hostile.requests()).isOne();
	}

	@Test
	void describesABrokenDocumentWithItsPosition() {
		Exception broken = catchException(() -> dom("<x>\n<y></x>"));

		assertThat(SafeXml.describe(broken)).startsWith("not well-formed XML at line 2").contains("y");
	}

	private static String dom(String xml) throws Exception {
		Document document = SafeXml.documentBuilder().parse(new InputSource(new StringReader(xml)));
		return document.getDocumentElement().getTextContent();
	}

	private static String sax(String xml) throws Exception {
		StringBuilder text = new StringBuilder();
		SafeXml.saxParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler() {

			@Override
			public void characters(char[] ch, int start, int length) {
				text.append(ch, start, length);
			}

		});
		return text.toString();
	}

	private static String stax(String xml) throws Exception {
		XMLStreamReader reader = SafeXml.streamReader(new StringReader(xml));
		List<String> text = new ArrayList<>();
		while (reader.hasNext()) {
			if (reader.next() == XMLStreamConstants.CHARACTERS) {
				text.add(reader.getText());
			}
		}
		return String.join("", text);
	}

	@FunctionalInterface
	interface Parser {

		String text(String xml) throws Exception;

	}

}
