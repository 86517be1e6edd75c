package cn.beibugulf.roadtosea.portal.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refused export requests as RFC 9457 problems with a stable {@code code}.
 */
final class ExportProblems {

	private ExportProblems() {
	}

	static ErrorResponseException badRequest(String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid export request");
		problem.setProperty("code", code);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
