package cn.beibugulf.roadtosea.portal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The frontend routes with real paths ({@code /search?q=…}, {@code /records/…}); a reload or a
 * shared link on such a path gets the single-page app, which then reads the path itself.
 */
@Controller
class SpaForwardingController {

	@GetMapping({ "/search", "/records/**", "/modules/**", "/about" })
	String app() {
		return "forward:/index.html";
	}

}
