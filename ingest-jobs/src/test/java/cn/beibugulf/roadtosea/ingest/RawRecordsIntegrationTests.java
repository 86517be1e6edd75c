package cn.beibugulf.roadtosea.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import cn.beibugulf.roadtosea.ingest.oai.OaiRecord;
import cn.beibugulf.roadtosea.ingest.oai.RawRecordBundle;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.storage.StorageAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RawRecords} against a real embedded S3 server: references into bundles and per-record keys. */
class RawRecordsIntegrationTests {

	private final Path dataDir = Path.of("target", "it-data", "raw-records-" + System.nanoTime());

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StorageAutoConfiguration.class))
		.withPropertyValues("portal.data-dir=./" + this.dataDir, "portal.storage.bucket=raw-records");

	@Test
	void readsARecordOutOfItsBundleAndAnOlderPerRecordObjectAsStored() {
		this.contexts.run((context) -> {
			ObjectStore store = context.getBean(ObjectStore.class);
			OaiRecord live = new OaiRecord("oai:bhlib:北海/1", Instant.parse("2024-03-01T08:00:00Z"), List.of(), false,
					"oai_dc", "<oai_dc:dc><dc:title>北海老街</dc:title></oai_dc:dc>");
			OaiRecord deleted = new OaiRecord("oai:bhlib:2", Instant.parse("2024-03-02T08:00:00Z"), List.of(), true,
					"oai_dc", null);
			RawRecordBundle bundle = RawRecordBundle.of("bhlib", List.of(live, deleted));
			store.put(bundle.key(), bundle.bytes(), RawRecordBundle.contentType());
			// what harvests before bundling stored, and what older indexes still name
			String oldKey = RawKeys.xml("bhlib", "oai:bhlib:3");
			byte[] old = "<?xml version=\"1.0\"?>\n<record>合浦</record>\n".getBytes(StandardCharsets.UTF_8);
			store.put(oldKey, old, "application/xml");

			assertThat(RawRecords.read(store, bundle.rawKeyOf(live))).hasValueSatisfying((xml) -> assertThat(
					new String(xml, StandardCharsets.UTF_8)).contains("<identifier>oai:bhlib:北海/1</identifier>")
				.contains("<dc:title>北海老街</dc:title>")
				.doesNotContain("oai:bhlib:2"));
			assertThat(RawRecords.read(store, bundle.rawKeyOf(deleted))).hasValueSatisfying(
					(xml) -> assertThat(new String(xml, StandardCharsets.UTF_8)).contains("status=\"deleted\""));
			assertThat(RawRecords.read(store, oldKey)).hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(old));
			assertThat(RawRecords.isInBundle(bundle.rawKeyOf(live))).isTrue();
			assertThat(RawRecords.isInBundle(oldKey)).isFalse();
			assertThat(RawRecords.objectKey(bundle.rawKeyOf(live))).isEqualTo(bundle.key());
			assertThat(RawRecords.objectKey(oldKey)).isEqualTo(oldKey);

			assertThat(RawRecords.read(store, RawKeys.inBundle(bundle.key(), "oai:bhlib:4"))).isEmpty();
			assertThat(RawRecords.read(store, RawKeys.inBundle(RawKeys.bundle("bhlib", "0".repeat(40)), "oai:bhlib:2")))
				.isEmpty();
			assertThat(RawRecords.read(store, RawKeys.xml("bhlib", "oai:bhlib:5"))).isEmpty();
		});
	}

}
