package cn.beibugulf.roadtosea.portal.seo;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.stream.XMLStreamException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml}, {@code /sitemap-{n}.xml} and {@code /robots.txt}: every visible record's
 * page for search engines. Up to {@code portal.seo.sitemap-page-size} records (50,000) the sitemap
 * is one file; beyond that {@code /sitemap.xml} is a sitemap index of numbered pages.
 */
@RestController
@Tag(name = "seo", description = "Sitemap and robots.txt / 站点地图")
class SitemapController {

	private static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

	private final SitemapRecords records;

	private final SiteUrls urls;

	private final int pageSize;

	SitemapController(SitemapRecords records, SiteUrls urls, SeoProperties properties) {
		this.records = records;
		this.urls = urls;
		this.pageSize = properties.sitemapPageSize();
	}

	@GetMapping(path = "/sitemap.xml")
	@Operation(summary = "Sitemap or sitemap index / 站点地图")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		long visible = this.records.countVisible();
		if (visible <= this.pageSize) {
			writeUrls(response, this.records.page(0, this.pageSize));
			return;
		}
		List<String> pages = IntStream.rangeClosed(1, pages(visible)).mapToObj(this.urls::sitemapPage).toList();
		response.setContentType(XML);
		SitemapXml.index(response.getOutputStream(), pages);
	}

	@GetMapping(path = "/sitemap-{page:\\d+}.xml")
	@Operation(summary = "One page of the sitemap / 站点地图分页")
	void sitemapPage(@PathVariable int page, HttpServletResponse response) throws IOException, XMLStreamException {
		long visible = this.records.countVisible();
		if (page < 1 || page > pages(visible)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"The sitemap has no page " + page + ".");
			problem.setTitle("Sitemap page not found");
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		}
		writeUrls(response, this.records.page((long) (page - 1) * this.pageSize, this.pageSize));
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	@Operation(summary = "robots.txt")
	String robots() {
		return String.join("\n", "User-agent: *", "Disallow: /api/admin/", "Disallow: /actuator/",
				"Disallow: /api/search.csv", "Disallow: /api/citations", "Allow: /", "",
				"Sitemap: " + this.urls.sitemap(), "");
	}

	private void writeUrls(HttpServletResponse response, List<SitemapEntry> entries)
			throws IOException, XMLStreamException {
		response.setContentType(XML);
		SitemapXml.urlSet(response.getOutputStream(), entries, this.urls::recordPage);
	}

	private int pages(long visible) {
		return (int) Math.max(1, (visible + this.pageSize - 1) / this.pageSize);
	}

}
