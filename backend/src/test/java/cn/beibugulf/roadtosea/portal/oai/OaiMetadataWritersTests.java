package cn.beibugulf.roadtosea.portal.oai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import cn.beibugulf.roadtosea.ingest.oai.OaiDcCrosswalk;
import cn.beibugulf.roadtosea.ingest.oai.OaiRecord;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.GeoPoint;
import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;
import cn.beibugulf.roadtosea.record.RecordFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The two metadata formats of the data provider: {@code rtts} validates against its own schema,
 * and {@code oai_dc} reads back through the portal's harvester crosswalk into the same record.
 */
class OaiMetadataWritersTests {

	private static final String PAGE = "https://portal.example/records/qinzhou:oai:qz:7";

	private final PortalRecord record = PortalRecord.builder()
		.id("qinzhou:oai:qz:7")
		.sourceId("qinzhou")
		.sourceIdentifier("oai:qz:7")
		.library("钦州市图书馆")
		.city("钦州")
		.modules(List.of("features", "origins"))
		.themes(List.of("folk-customs"))
		.categories(List.of("news-flash"))
		.type("article")
		.title("钦州坭兴陶 <烧制> & 窑变工艺")
		.altTitles(List.of("Nixing pottery of Qinzhou"))
		.creators(List.of("黄振华", "李 明"))
		.subjects(List.of("坭兴陶", "非物质文化遗产"))
		.description("坭兴陶是钦州的传统陶器\u0001，与宜兴紫砂齐名。")
		.fullText("很长的全文……")
		.pinyin("qinzhou nixingtao")
		.language("zh")
		.issued("2018-05")
		.year(2018)
		.eventDate(new EventDate("1949", "1978"))
		.places(List.of(new Place("钦州", new GeoPoint(21.98, 108.65)), Place.named("北部湾")))
		.rights("CC BY 4.0")
		.url("https://library.example/qz/7")
		.files(List.of(new RecordFile("files/abc", "application/pdf", 1234L, null, "坭兴陶.pdf")))
		.related(List.of("qinzhou:oai:qz:8"))
		.provenance(new Provenance("2024-03-01T08:00:00.123456Z", "2024-02-28T00:00:00Z", "oai_dc", "raw/qinzhou/x.xml",
				List.of("module:features")))
		.hasFullText(true)
		.featured(false)
		.hidden(false)
		.deleted(false)
		.build();

	@Test
	void theNativeFormatValidatesAgainstItsSchema() throws Exception {
		byte[] xml = NativeRecordWriter.write(this.record, PAGE, "https://portal.example/oai/rtts.xsd");
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(new ClassPathResource("oai/rtts.xsd").getInputStream()));
		assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))))
			.doesNotThrowAnyException();

		Document document = parse(xml);
		assertThat(texts(document, NativeRecordWriter.NAMESPACE, "title")).containsExactly("钦州坭兴陶 <烧制> & 窑变工艺");
		assertThat(texts(document, NativeRecordWriter.NAMESPACE, "module")).containsExactly("features", "origins");
		assertThat(texts(document, NativeRecordWriter.NAMESPACE, "place")).containsExactly("钦州", "北部湾");
		assertThat(texts(document, NativeRecordWriter.NAMESPACE, "description"))
			.containsExactly("坭兴陶是钦州的传统陶器，与宜兴紫砂齐名。");
		assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("很长的全文", "qinzhou nixingtao",
				"raw/qinzhou", "files/abc");
	}

	@Test
	void aSparseRecordIsValidToo() throws Exception {
		PortalRecord sparse = PortalRecord.builder().id("s:1").title("北海").build();
		byte[] xml = NativeRecordWriter.write(sparse, "https://portal.example/records/s:1",
				"https://portal.example/oai/rtts.xsd");
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(new ClassPathResource("oai/rtts.xsd").getInputStream()));
		assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))))
			.doesNotThrowAnyException();
	}

	@Test
	void dublinCoreCarriesTheRecordFields() throws Exception {
		Document document = parse(OaiDcWriter.write(this.record, PAGE));
		String dc = OaiDcWriter.DC_NAMESPACE;
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(OaiDcWriter.NAMESPACE);
		assertThat(texts(document, dc, "title")).containsExactly("钦州坭兴陶 <烧制> & 窑变工艺", "Nixing pottery of Qinzhou");
		assertThat(texts(document, dc, "creator")).containsExactly("黄振华", "李 明");
		assertThat(texts(document, dc, "publisher")).containsExactly("钦州市图书馆");
		assertThat(texts(document, dc, "identifier")).containsExactly(PAGE, "https://library.example/qz/7");
		assertThat(texts(document, dc, "coverage")).containsExactly("钦州", "北部湾", "1949/1978");
		assertThat(texts(document, dc, "date")).containsExactly("2018-05");
		assertThat(texts(document, dc, "format")).containsExactly("application/pdf");
	}

	@Test
	void dublinCoreReadsBackThroughTheHarvesterCrosswalk() {
		String metadata = new String(OaiDcWriter.write(this.record, PAGE), StandardCharsets.UTF_8);
		HarvestSource source = HarvestSource.oai("self", "向海之路", "http://localhost/oai", "向海之路", null, List.of(),
				List.of());
		PortalRecord harvested = new OaiDcCrosswalk().toPortalRecord(new OaiRecord("oai:x:qinzhou:oai:qz:7",
				Instant.parse("2024-03-01T08:00:00Z"), List.of("module:features"), false, "oai_dc", metadata), source,
				Instant.parse("2024-03-02T00:00:00Z"));
		assertThat(harvested.title()).isEqualTo(this.record.title());
		assertThat(harvested.altTitles()).isEqualTo(this.record.altTitles());
		assertThat(harvested.creators()).isEqualTo(this.record.creators());
		assertThat(harvested.subjects()).isEqualTo(this.record.subjects());
		assertThat(harvested.issued()).isEqualTo("2018-05");
		assertThat(harvested.type()).isEqualTo("article");
		assertThat(harvested.language()).isEqualTo("zh");
		assertThat(harvested.url()).isEqualTo(PAGE);
		assertThat(harvested.places()).extracting(Place::name).containsExactly("钦州", "北部湾");
		assertThat(harvested.eventDate()).isEqualTo(new EventDate("1949", "1978"));
		assertThat(harvested.rights()).isEqualTo("CC BY 4.0");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<String> texts(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

}
