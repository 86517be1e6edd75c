package cn.beibugulf.roadtosea.portal.system;

import java.io.IOException;

import cn.beibugulf.roadtosea.ingest.HarvestAlreadyRunningException;
import cn.beibugulf.roadtosea.ingest.HarvestRunNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.portal.admin.SourceConflictException;
import cn.beibugulf.roadtosea.portal.records.RecordNotFoundException;
import cn.beibugulf.roadtosea.portal.search.InvalidSearchException;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the portal's errors to RFC 9457 problem details: a clear message for the reader, the
 * details in the log. Spring's own exceptions (bad parameter types, unknown paths…) are handled
 * by the superclass the same way.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ProblemDetail invalidSearch(InvalidSearchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid search request");
		problem.setProperty("code", ex.code());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(RecordNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Record not found");
		return problem;
	}

	@ExceptionHandler({ HarvestSourceNotFoundException.class, HarvestRunNotFoundException.class })
	ProblemDetail harvestNotFound(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler({ HarvestAlreadyRunningException.class, SourceConflictException.class, IllegalStateException.class })
	ProblemDetail conflict(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalidInput(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		return problem;
	}

	@ExceptionHandler({ ElasticsearchException.class, TransportException.class, IOException.class })
	ProblemDetail searchUnavailable(Exception ex) {
		log.error("Search engine request failed", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The search service is temporarily unavailable. Please try again shortly.");
		problem.setTitle("Search unavailable");
		return problem;
	}

}
