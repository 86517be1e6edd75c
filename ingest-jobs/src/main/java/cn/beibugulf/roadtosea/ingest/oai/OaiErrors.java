package cn.beibugulf.roadtosea.ingest.oai;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;

/** Turns what the xoai service provider throws into one clear sentence for curators. */
final class OaiErrors {

	private static final Pattern OAI_ERROR_CODE = Pattern.compile("OAI responded with code: (\\S+)");

	/** The protocol's error codes that xoai throws as exceptions of their own ({@code IdDoesNotExistException}, ...). */
	private static final Set<String> TYPED_CODES = Set.of("badArgument", "badResumptionToken", "badVerb",
			"cannotDisseminateFormat", "idDoesNotExist", "noMetadataFormats", "noRecordsMatch", "noSetHierarchy");

	private static final String XOAI_EXCEPTIONS = "io.gdcc.xoai.serviceprovider.exceptions.";

	private OaiErrors() {
	}

	/** The OAI-PMH error code the repository answered with ({@code badResumptionToken}, ...), if that is the failure. */
	static Optional<String> code(Throwable failure) {
		if (find(failure, OAIRequestException.class) != null) {
			return Optional.empty();
		}
		for (Throwable current = failure; current != null; current = current.getCause()) {
			Matcher code = OAI_ERROR_CODE.matcher(String.valueOf(current.getMessage()));
			if (code.find()) {
				return Optional.of(code.group(1));
			}
			String name = current.getClass().getName();
			if (name.startsWith(XOAI_EXCEPTIONS) && name.endsWith("Exception")) {
				String simple = current.getClass().getSimpleName().replaceFirst("Exception$", "");
				String typed = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
				if (TYPED_CODES.contains(typed)) {
					return Optional.of(typed);
				}
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return Optional.empty();
	}

	static OaiHarvestException translate(Throwable failure, String url) {
		if (failure instanceof OaiHarvestException harvestFailure) {
			return harvestFailure;
		}
		String request = (url != null) ? "GET " + url : "the first request";
		OAIRequestException requestFailure = find(failure, OAIRequestException.class);
		if (requestFailure != null) {
			return new OaiHarvestException(requestFailure.getMessage(), failure);
		}
		Optional<String> code = code(failure);
		if (code.isPresent()) {
			return new OaiHarvestException("The OAI-PMH endpoint answered with error '" + code.get() + "' to " + request,
					failure);
		}
		DateTimeParseException badDate = find(failure, DateTimeParseException.class);
		if (badDate != null) {
			return new OaiHarvestException("Invalid OAI-PMH response (a date that cannot be read: '"
					+ badDate.getParsedString() + "') to " + request, failure);
		}
		if (find(failure, XMLStreamException.class) != null || find(failure, XmlReaderException.class) != null) {
			return new OaiHarvestException("Malformed OAI-PMH response (not well-formed XML: " + rootMessage(failure)
					+ ") to " + request, failure);
		}
		return new OaiHarvestException("OAI-PMH harvest failed at " + request + ": " + rootMessage(failure), failure);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip().replaceAll("\\s+", " ")
				: root.getClass().getSimpleName();
		return message;
	}

}
