package cn.beibugulf.roadtosea.portal.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's OAI-PMH data provider, end to end: records reach the index through a real harvest
 * (and a few with chosen datestamps, one taken down, straight through the bulk indexer); the
 * portal's own OAI harvester then harvests {@code /oai} page by page as a new source, and every
 * record must arrive exactly once with its Chinese title, the deleted and the taken-down record as
 * tombstones. Protocol errors, from/until and sets are asked over HTTP as any harvester would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.demo.enabled=false", "portal.oai.page-size=5" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiProviderIntegrationTests {

	static final String OAI = "http://www.openarchives.org/OAI/2.0/";

	static final String PREFIX = "oai:roadtosea.beibugulf.cn:";

	static final int FIXTURE_RECORDS = 17;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("oai-provider"));
	}

	@LocalServerPort
	int port;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	BulkIndexer indexer;

	PortalHttp http;

	OaiFixtureServer source;

	@BeforeAll
	void loadRecords() throws IOException {
		this.http = new PortalHttp(this.port);
		List<OaiFixtureItem> items = new ArrayList<>();
		for (int i = 1; i <= FIXTURE_RECORDS; i++) {
			List<String> sets = (i % 2 == 1) ? List.of("module:origins", "theme:history") : List.of("module:features");
			items.add(OaiFixtureItem.of("oai:gulf:" + i, Instant.parse("2024-03-01T00:00:00Z").plusSeconds(i), sets,
					OaiDcBuilder.create()
						.title("北部湾海洋文化档案第" + i + "册：合浦港与海上丝绸之路")
						.creator("广西北部湾经济区图书馆联盟")
						.subject("海上丝绸之路")
						.date("2019")
						.language("chi")
						.toXml()));
		}
		items.add(OaiFixtureItem.deleted("oai:gulf:gone", Instant.parse("2024-03-02T00:00:00Z"),
				List.of("module:origins")));
		this.source = OaiFixtureServer.builder(OaiFixtureRepository.of("gulf", List.of(), items)).pageSize(7).start();
		assertThat(this.http.post("/api/admin/sources/gulf", """
				{"type":"OAI_PMH","name":"北部湾海洋文化档案","baseUrl":"%s","library":"北海市图书馆","city":"北海",
				 "modules":["origins"],"themes":["history"]}
				""".formatted(this.source.baseUrl())).status()).isEqualTo(201);
		harvest("gulf");

		// records with chosen datestamps (one within a second, one taken down by a curator), and one
		// of another source
		List<PortalRecord> direct = List.of(
				record("gulf:old-1", "合浦汉墓出土的琉璃杯", "2021-03-01T08:00:00.500Z", "gulf", "origins", false),
				record("gulf:old-2", "钦州港开港纪事", "2021-03-01T08:00:01Z", "gulf", "dynamics", false),
				record("gulf:old-3", "防城港京族哈节（已撤下）", "2021-03-02T10:00:00Z", "gulf", "features", true),
				record("other:1", "崇左花山岩画旅游指南", "2022-01-01T00:00:00Z", "other", "guide", false));
		assertThat(this.indexer.index(direct)).isEmpty();
		this.indexer.refresh();
	}

	@AfterAll
	void stopSource() {
		this.source.close();
	}

	private static PortalRecord record(String id, String title, String harvestedAt, String sourceId, String module,
			boolean hidden) {
		return PortalRecord.builder()
			.id(id)
			.sourceId(sourceId)
			.sourceIdentifier(id.substring(id.indexOf(':') + 1))
			.title(title)
			.modules(List.of(module))
			.themes(List.of("trade"))
			.type("article")
			.language("zh")
			.provenance(new Provenance(harvestedAt, null, "test", null, List.of()))
			.hidden(hidden)
			.deleted(false)
			.build();
	}

	private JsonNode harvest(String sourceId) {
		PortalHttp.Response started = this.http.post("/api/admin/sources/" + sourceId + "/harvests?mode=FULL", null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long executionId = started.json().get("executionId").asLong();
		JsonNode run = await().atMost(Duration.ofSeconds(120))
			.until(() -> this.http.get("/api/admin/harvests/" + executionId).json(),
					view -> !view.get("running").asBoolean())
			.get("run");
		assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("COMPLETED");
		return run;
	}

	private Map<String, PortalRecord> indexed(String sourceId) throws IOException {
		Map<String, PortalRecord> records = new LinkedHashMap<>();
		for (Hit<PortalRecord> hit : this.elasticsearch
			.search(s -> s.index(RecordsIndex.ALIAS)
				.size(1000)
				.query(q -> q.term(t -> t.field("sourceId").value(sourceId))), PortalRecord.class)
			.hits()
			.hits()) {
			records.put(hit.id(), hit.source());
		}
		return records;
	}

	@Test
	void ourOwnHarvesterHarvestsEveryRecordExactlyOnce() throws IOException {
		Map<String, PortalRecord> originals = indexed("gulf");
		assertThat(originals).hasSize(FIXTURE_RECORDS + 1 + 3);
		List<String> notShown = originals.values()
			.stream()
			.filter(record -> Boolean.TRUE.equals(record.hidden()) || Boolean.TRUE.equals(record.deleted()))
			.map(PortalRecord::id)
			.toList();
		assertThat(notShown).containsExactlyInAnyOrder("gulf:oai:gulf:gone", "gulf:old-3");

		// the portal harvests its own endpoint as a source; the set keeps the copies it writes out
		// of the list it reads
		assertThat(this.http.post("/api/admin/sources/self", """
				{"type":"OAI_PMH","name":"向海之路","baseUrl":"http://127.0.0.1:%d/oai","metadataPrefix":"oai_dc",
				 "setSpec":"source:gulf","library":"向海之路","modules":["guide"],"themes":[]}
				""".formatted(this.port)).status()).isEqualTo(201);
		JsonNode run = harvest("self");
		assertThat(run.get("read").asLong()).isEqualTo(originals.size());
		assertThat(run.get("written").asLong()).isEqualTo(originals.size());
		assertThat(run.get("skipped").asLong()).isZero();
		assertThat(this.http.get("/api/admin/harvests/" + run.get("executionId").asLong() + "/failures").json())
			.isEmpty();

		Map<String, PortalRecord> copies = indexed("self");
		assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(
				originals.keySet().stream().map(id -> "self:" + PREFIX + id).toList());
		for (PortalRecord original : originals.values()) {
			PortalRecord copy = copies.get("self:" + PREFIX + original.id());
			if (notShown.contains(original.id())) {
				assertThat(copy.deleted()).as(original.id()).isTrue();
				assertThat(copy.hidden()).as(original.id()).isTrue();
				assertThat(copy.title()).as(original.id()).isNull();
			}
			else {
				assertThat(copy.title()).as(original.id()).isEqualTo(original.title());
				assertThat(copy.modules()).as(original.id()).isEqualTo(original.modules());
				assertThat(copy.themes()).as(original.id()).isEqualTo(original.themes());
				assertThat(copy.deleted()).as(original.id()).isFalse();
				assertThat(copy.url()).as(original.id()).endsWith("/records/" + original.id());
				assertThat(copy.provenance().setSpecs()).as(original.id()).contains("source:gulf");
			}
		}
		assertThat(copies.get("self:" + PREFIX + "gulf:oai:gulf:3").title())
			.isEqualTo("北部湾海洋文化档案第3册：合浦港与海上丝绸之路");

		// the copies are searchable like any record; the taken-down one is not
		JsonNode search = this.http.get("/api/search?q=" + encode("钦州港开港纪事") + "&size=50").json();
		assertThat(search.findValues("id").stream().map(JsonNode::asString)).contains("gulf:old-2",
				"self:" + PREFIX + "gulf:old-2");
		JsonNode takenDown = this.http.get("/api/search?q=" + encode("京族哈节") + "&size=50").json();
		assertThat(takenDown.get("total").asLong()).isZero();
	}

	@Test
	void identifyDescribesTheRepository() {
		Document identify = oai("verb=Identify");
		assertThat(text(identify, "repositoryName")).isEqualTo("向海之路 Road to the Sea");
		assertThat(text(identify, "baseURL")).isEqualTo("http://127.0.0.1:" + this.port + "/oai");
		assertThat(text(identify, "protocolVersion")).isEqualTo("2.0");
		assertThat(text(identify, "deletedRecord")).isEqualTo("persistent");
		assertThat(text(identify, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
		// the oldest datestamp in the index, 2021-03-01T08:00:00.500Z, to the second
		assertThat(text(identify, "earliestDatestamp")).isEqualTo("2021-03-01T08:00:00Z");
		assertThat(identify.getElementsByTagNameNS("http://www.openarchives.org/OAI/2.0/oai-identifier",
				"repositoryIdentifier").item(0).getTextContent()).isEqualTo("roadtosea.beibugulf.cn");

		Document posted = parse(send(HttpRequest.newBuilder(URI.create(base() + "/oai"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("verb=Identify"))));
		assertThat(text(posted, "repositoryName")).isEqualTo("向海之路 Road to the Sea");

		assertThat(this.http.get("/v3/api-docs").body()).contains("\"/oai\"", "\"/oai/rtts.xsd\"");

		Document formats = oai("verb=ListMetadataFormats");
		assertThat(texts(formats, "metadataPrefix")).containsExactly("oai_dc", "rtts");
		assertThat(texts(formats, "schema")).contains(base() + "/oai/rtts.xsd");
	}

	@Test
	void protocolErrorsAreReportedByCode() {
		assertThat(errorCodes("verb=Sing")).containsExactly("badVerb");
		assertThat(errorCodes("identifier=x")).containsExactly("badVerb");
		assertThat(errorCodes("verb=ListRecords")).containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&colour=blue")).containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=rtts")).isNotEmpty()
			.containsOnly("badArgument");
		assertThat(errorCodes("verb=Identify&verb=ListSets")).containsExactly("badVerb");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=marc21")).containsExactly("cannotDisseminateFormat");
		assertThat(errorCodes("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(PREFIX + "gulf:nothing")))
			.containsExactly("idDoesNotExist");
		assertThat(errorCodes("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode("oai:elsewhere.org:gulf:old-1")))
			.containsExactly("idDoesNotExist");
		assertThat(errorCodes("verb=GetRecord&metadataPrefix=mods&identifier=" + encode(PREFIX + "gulf:old-1")))
			.containsExactly("cannotDisseminateFormat");
		assertThat(errorCodes("verb=ListMetadataFormats&identifier=" + encode(PREFIX + "gulf:nothing")))
			.containsExactly("idDoesNotExist");
		assertThat(errorCodes("verb=ListRecords&resumptionToken=" + encode("not a token!")))
			.containsExactly("badResumptionToken");
		assertThat(errorCodes("verb=ListIdentifiers&resumptionToken=" + encode("b2Zmc2V0Ojo1fHByZWZpeDo6b2FpX2Rj")))
			.as("offset 5 without the list's position").containsExactly("badResumptionToken");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x")).containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&from=2021-03-01&until=2021-03-01T00:00:00Z"))
			.containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday")).containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&from=2021-03-02T00:00:00Z&until=2021-03-01T00:00:00Z"))
			.containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&until=2999-01-01T00:00:00Z"))
			.as("an until in the future").containsExactly("badArgument");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&until=2001-01-01T00:00:00Z"))
			.containsExactly("noRecordsMatch");
		assertThat(errorCodes("verb=ListRecords&metadataPrefix=oai_dc&set=module:atlantis"))
			.containsExactly("noRecordsMatch");
	}

	@Test
	void fromAndUntilFollowSecondGranularity() {
		String list = "verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:gulf";
		// until is inclusive to the end of its second: 08:00:00.500 counts as 08:00:00
		assertThat(identifiers(list + "&from=2021-03-01T08:00:00Z&until=2021-03-01T08:00:00Z"))
			.containsExactly(PREFIX + "gulf:old-1");
		assertThat(identifiers(list + "&from=2021-03-01T08:00:01Z&until=2021-03-01T08:00:01Z"))
			.containsExactly(PREFIX + "gulf:old-2");
		assertThat(identifiers(list + "&until=2021-03-01T08:00:01Z")).containsExactly(PREFIX + "gulf:old-1",
				PREFIX + "gulf:old-2");
		assertThat(identifiers(list + "&from=2021-03-01T08:00:01Z&until=2021-12-31T00:00:00Z"))
			.containsExactly(PREFIX + "gulf:old-2", PREFIX + "gulf:old-3");
		// day granularity, which every repository must accept, covers whole days
		assertThat(identifiers(list + "&from=2021-03-01&until=2021-03-01")).containsExactly(PREFIX + "gulf:old-1",
				PREFIX + "gulf:old-2");
		assertThat(identifiers(list + "&until=2021-03-02")).hasSize(3);

		Document headers = oai(list + "&from=2021-03-01&until=2021-03-01");
		assertThat(texts(headers, "datestamp")).containsExactly("2021-03-01T08:00:00Z", "2021-03-01T08:00:01Z");

		// the harvested records are newer than the chosen ones, and today ends now
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		assertThat(identifiers(list + "&from=2024-01-01&until=" + today)).hasSize(FIXTURE_RECORDS + 1);
	}

	@Test
	void setsSelectRecords() {
		Document sets = oai("verb=ListSets");
		List<String> specs = texts(sets, "setSpec");
		assertThat(specs).contains("module:origins", "module:guide", "theme:history", "theme:ecology", "source:gulf",
				"source:other");
		assertThat(texts(sets, "setName")).contains("海路·起源 Origins", "北部湾海洋文化档案");

		assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=module:guide"))
			.containsExactly(PREFIX + "other:1");
		assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:other"))
			.containsExactly(PREFIX + "other:1");
		// 9 odd fixture records, the deleted one (its tombstone keeps the source's classification) and old-1
		assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=module:origins")
			.stream()
			.filter(id -> id.startsWith(PREFIX + "gulf:"))).hasSize(9 + 1 + 1);
		Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(PREFIX + "gulf:oai:gulf:1"));
		assertThat(texts(record, "setSpec")).containsExactly("module:origins", "theme:history", "source:gulf");
	}

	@Test
	void listsPageWithResumptionTokensInTheNativeFormat() throws Exception {
		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(new StringReader(this.http.get("/oai/rtts.xsd").body())));
		List<String> identifiers = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		Map<String, String> titles = new LinkedHashMap<>();
		Set<String> deleted = new HashSet<>();
		String query = "verb=ListRecords&metadataPrefix=rtts&set=source:gulf";
		String token;
		int pages = 0;
		do {
			Document page = oai(query);
			pages++;
			NodeList records = page.getElementsByTagNameNS(OAI, "record");
			assertThat(records.getLength()).isBetween(1, 5);
			for (int i = 0; i < records.getLength(); i++) {
				Element record = (Element) records.item(i);
				Element header = (Element) record.getElementsByTagNameNS(OAI, "header").item(0);
				String identifier = header.getElementsByTagNameNS(OAI, "identifier").item(0).getTextContent();
				identifiers.add(identifier);
				if ("deleted".equals(header.getAttribute("status"))) {
					deleted.add(identifier);
					assertThat(record.getElementsByTagNameNS(OAI, "metadata").getLength()).isZero();
					continue;
				}
				Element metadata = firstElement(record.getElementsByTagNameNS(OAI, "metadata").item(0));
				schema.newValidator().validate(new DOMSource(metadata));
				titles.put(identifier, metadata.getElementsByTagNameNS(NativeRecordWriter.NAMESPACE, "title")
					.item(0)
					.getTextContent());
			}
			Element resumption = (Element) page.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
			assertThat(resumption.getAttribute("completeListSize")).isEqualTo(String.valueOf(FIXTURE_RECORDS + 4));
			cursors.add(resumption.getAttribute("cursor"));
			token = resumption.getTextContent();
			query = "verb=ListRecords&resumptionToken=" + encode(token);
		}
		while (!token.isEmpty());

		assertThat(pages).isEqualTo(5);
		assertThat(cursors).containsExactly("0", "5", "10", "15", "20");
		assertThat(identifiers).hasSize(FIXTURE_RECORDS + 4).doesNotHaveDuplicates();
		assertThat(deleted).containsExactlyInAnyOrder(PREFIX + "gulf:oai:gulf:gone", PREFIX + "gulf:old-3");
		assertThat(titles).containsEntry(PREFIX + "gulf:old-1", "合浦汉墓出土的琉璃杯")
			.containsEntry(PREFIX + "gulf:oai:gulf:17", "北部湾海洋文化档案第17册：合浦港与海上丝绸之路");
		// datestamp order: the records with the oldest datestamps come first
		assertThat(identifiers.subList(0, 3)).containsExactly(PREFIX + "gulf:old-1", PREFIX + "gulf:old-2",
				PREFIX + "gulf:old-3");

		Document takenDown = oai("verb=GetRecord&metadataPrefix=rtts&identifier=" + encode(PREFIX + "gulf:old-3"));
		Element header = (Element) takenDown.getElementsByTagNameNS(OAI, "header").item(0);
		assertThat(header.getAttribute("status")).isEqualTo("deleted");
		assertThat(takenDown.getElementsByTagNameNS(OAI, "metadata").getLength()).isZero();
	}

	/** The identifiers of a whole list, following its resumption tokens. */
	private List<String> identifiers(String query) {
		List<String> identifiers = new ArrayList<>();
		String verb = query.substring(0, query.indexOf('&'));
		String next = query;
		while (next != null) {
			Document document = oai(next);
			assertThat(errorCodes(document)).as(next).isEmpty();
			identifiers.addAll(texts(document, "identifier"));
			NodeList tokens = document.getElementsByTagNameNS(OAI, "resumptionToken");
			String token = (tokens.getLength() > 0) ? tokens.item(0).getTextContent() : "";
			next = token.isEmpty() ? null : verb + "&resumptionToken=" + encode(token);
		}
		return identifiers;
	}

	private List<String> errorCodes(String query) {
		return errorCodes(oai(query));
	}

	private static List<String> errorCodes(Document document) {
		List<String> codes = new ArrayList<>();
		NodeList errors = document.getElementsByTagNameNS(OAI, "error");
		for (int i = 0; i < errors.getLength(); i++) {
			codes.add(((Element) errors.item(i)).getAttribute("code"));
		}
		return codes;
	}

	private Document oai(String query) {
		return parse(send(HttpRequest.newBuilder(URI.create(base() + "/oai?" + query)).GET()));
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static byte[] send(HttpRequest.Builder request) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Document parse(byte[] body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(body)));
			assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(OAI);
			return document;
		}
		catch (Exception ex) {
			throw new AssertionError("not an XML document: " + new String(body, StandardCharsets.UTF_8), ex);
		}
	}

	private static String text(Document document, String name) {
		return document.getElementsByTagNameNS(OAI, name).item(0).getTextContent();
	}

	private static List<String> texts(Document document, String name) {
		NodeList nodes = document.getElementsByTagNameNS(OAI, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Element firstElement(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				return element;
			}
		}
		throw new AssertionError("no element in <" + parent.getNodeName() + ">");
	}

}
