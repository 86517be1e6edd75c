package cn.beibugulf.roadtosea.ingest.oai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;

/** Turns what the xoai service provider throws into one clear sentence for curators. */
final class OaiErrors {

	private static final Pattern OAI_ERROR_CODE = Pattern.compile("OAI responded with code: (\\S+)");

	private OaiErrors() {
	}

	static OaiHarvestException translate(Throwable failure, String url) {
		String request = (url != null) ? "GET " + url : "the first request";
		OAIRequestException requestFailure = find(failure, OAIRequestException.class);
		if (requestFailure != null) {
			return new OaiHarvestException(requestFailure.getMessage(), failure);
		}
		for (Throwable current = failure; current != null; current = current.getCause()) {
			Matcher code = OAI_ERROR_CODE.matcher(String.valueOf(current.getMessage()));
			if (code.find()) {
				return new OaiHarvestException(
						"The OAI-PMH endpoint answered with error '" + code.group(1) + "' to " + request, failure);
			}
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
