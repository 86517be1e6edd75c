package cn.beibugulf.roadtosea.ingest.chronicle;

import java.util.List;

/**
 * What {@link ChronicleParser} read: the events in document order and the lines it could not
 * read.
 *
 * @param events the events, in the order of the document
 * @param problems the unreadable lines, in the order of the document
 */
public record ChronicleParseResult(List<ChronicleEvent> events, List<ChronicleProblem> problems) {

	public ChronicleParseResult {
		events = List.copyOf(events);
		problems = List.copyOf(problems);
	}

}
