package cn.beibugulf.roadtosea.portal.admin;

import java.io.IOException;
import java.net.InetAddress;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the curator console brings accounts and roles, the admin API answers only on the
 * machine itself (loopback), unless {@code portal.admin.allow-remote=true} is set deliberately
 * (for example behind a reverse proxy that authenticates curators).
 */
@Component
class AdminAccessFilter extends OncePerRequestFilter {

	private final boolean allowRemote;

	AdminAccessFilter(@Value("${portal.admin.allow-remote:false}") boolean allowRemote) {
		this.allowRemote = allowRemote;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/admin/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.allowRemote || InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
					+ "\"detail\":\"The admin API is only available on the server itself.\"}");
	}

}
