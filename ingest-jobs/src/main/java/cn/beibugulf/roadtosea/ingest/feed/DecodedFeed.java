package cn.beibugulf.roadtosea.ingest.feed;

import java.nio.charset.Charset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.read.ReadError;

/**
 * A feed's bytes turned into text ready for an XML parser: decoded with the right charset, the
 * byte order mark, leading blank lines, XML declaration and a DTD-less DOCTYPE removed, and
 * undeclared HTML entities replaced by numeric character references.
 *
 * @param xml the text to parse (empty when {@link #notAFeed()} is set)
 * @param charset the charset the bytes were decoded with
 * @param charsetSource where the charset came from: "BOM", "HTTP", "declaration", "UTF-8 bytes",
 * "default" or "detected"
 * @param problems what was wrong with the bytes and repaired (stage DECODE or PARSE)
 * @param notAFeed why this is not a feed at all (an HTML page, no root element), or {@code null}
 */
public record DecodedFeed(String xml, Charset charset, String charsetSource, List<ReadError> problems,
		@Nullable String notAFeed) {

	public DecodedFeed {
		problems = List.copyOf(problems);
	}

	/** Whether the text looks like RSS, RDF or Atom and should be parsed. */
	public boolean isFeed() {
		return this.notAFeed == null;
	}

}
