package cn.beibugulf.roadtosea.ingest.marc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * The problems of one record, collected while it is read: one line per kind of problem, naming
 * the fields it affects ("MARC-8 conversion: Unknown MARC8 character code … in 880$a, 880$b"),
 * so a record with a hundred bad subfields gives a readable report, not a hundred lines.
 */
final class RecordProblems {

	private static final int FIELDS_NAMED = 6;

	private final List<Problem> general = new ArrayList<>();

	private final Map<Kind, Set<String>> byField = new LinkedHashMap<>();

	private record Problem(ReadStage stage, String reason) {
	}

	private record Kind(ReadStage stage, String reason) {
	}

	void add(ReadStage stage, String reason) {
		Problem problem = new Problem(stage, reason);
		if (!this.general.contains(problem)) {
			this.general.add(problem);
		}
	}

	/** A problem of one field or subfield ("245$a"); the same problem in other fields is merged. */
	void inField(ReadStage stage, String reason, String field) {
		this.byField.computeIfAbsent(new Kind(stage, reason), (kind) -> new LinkedHashSet<>()).add(field);
	}

	boolean isEmpty() {
		return this.general.isEmpty() && this.byField.isEmpty();
	}

	List<ReadError> errors(String where) {
		List<ReadError> errors = new ArrayList<>();
		this.general.forEach((problem) -> errors.add(new ReadError(where, problem.stage(), problem.reason())));
		this.byField.forEach((kind, fields) -> errors.add(new ReadError(where, kind.stage(), kind.reason() + " in "
				+ String.join(", ", fields.stream().limit(FIELDS_NAMED).toList())
				+ ((fields.size() > FIELDS_NAMED) ? " and " + (fields.size() - FIELDS_NAMED) + " more fields" : ""))));
		return errors;
	}

}
