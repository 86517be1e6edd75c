package cn.beibugulf.roadtosea.portal.oai;

import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/POST /oai}: the OAI-PMH 2.0 endpoint (every answer, errors included, is an OAI-PMH
 * document with HTTP 200, as the protocol wants), and {@code GET /oai/rtts.xsd}, the schema of the
 * native metadata format.
 */
@RestController
@Tag(name = "OAI-PMH", description = "OAI-PMH 2.0 data provider for the portal's records")
class OaiController {

	private static final Logger log = LoggerFactory.getLogger(OaiController.class);

	private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private static final String RETRY_AFTER_SECONDS = "120";

	private final PortalDataProvider provider;

	OaiController(PortalDataProvider provider) {
		this.provider = provider;
	}

	@RequestMapping(path = PortalDataProvider.PATH, method = { RequestMethod.GET, RequestMethod.POST },
			produces = "text/xml;charset=UTF-8")
	@Operation(summary = "OAI-PMH 2.0 request",
			description = "Verbs Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord. "
					+ "Metadata formats oai_dc and rtts (the portal's record, schema /oai/rtts.xsd). Sets module:<code>, "
					+ "theme:<code>, source:<id>. Hidden and deleted records are listed as deleted (deletedRecord "
					+ "persistent); granularity YYYY-MM-DDThh:mm:ssZ. POST takes the same arguments form-encoded. "
					+ "Errors are OAI-PMH <error> elements (badVerb, badArgument, cannotDisseminateFormat, "
					+ "idDoesNotExist, noRecordsMatch, noSetHierarchy, badResumptionToken) with HTTP 200.",
			parameters = {
					@Parameter(in = ParameterIn.QUERY, name = "verb", required = true,
							schema = @Schema(allowableValues = { "Identify", "ListMetadataFormats", "ListSets",
									"ListIdentifiers", "ListRecords", "GetRecord" })),
					@Parameter(in = ParameterIn.QUERY, name = "metadataPrefix",
							schema = @Schema(allowableValues = { "oai_dc", "rtts" })),
					@Parameter(in = ParameterIn.QUERY, name = "identifier",
							description = "oai:{repositoryIdentifier}:{record id}"),
					@Parameter(in = ParameterIn.QUERY, name = "set", description = "e.g. module:origins"),
					@Parameter(in = ParameterIn.QUERY, name = "from", description = "YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"),
					@Parameter(in = ParameterIn.QUERY, name = "until", description = "YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"),
					@Parameter(in = ParameterIn.QUERY, name = "resumptionToken") },
			responses = @ApiResponse(responseCode = "200", description = "An OAI-PMH response document",
					content = @Content(mediaType = "text/xml")))
	ResponseEntity<byte[]> oai(@Parameter(hidden = true) HttpServletRequest request) {
		return ResponseEntity.ok().contentType(XML).body(this.provider.respond(request.getParameterMap()));
	}

	@GetMapping(path = PortalDataProvider.PATH + "/rtts.xsd", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "XML Schema of the native metadata format rtts")
	ResponseEntity<Resource> nativeSchema() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.body(new ClassPathResource("oai/rtts.xsd"));
	}

	/** The search engine is down: the OAI-PMH way to say "come back later". */
	@ExceptionHandler({ UncheckedIOException.class, ElasticsearchException.class })
	ResponseEntity<String> searchEngineUnavailable(RuntimeException ex) {
		log.warn("OAI-PMH request failed: the search engine did not answer: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.TEXT_PLAIN)
			.body("The search engine is not available; try again later.");
	}

}
