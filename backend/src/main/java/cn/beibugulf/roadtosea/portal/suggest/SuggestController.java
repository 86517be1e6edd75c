package cn.beibugulf.roadtosea.portal.suggest;

import java.io.IOException;

import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/suggest} (autocomplete) and {@code GET /api/suggest/spelling} ("did you mean").
 */
@RestController
@Tag(name = "suggest", description = "Autocomplete and spelling suggestions / 联想词与纠错")
class SuggestController {

	private final SuggestService suggestService;

	private final SpellingService spellingService;

	SuggestController(SuggestService suggestService, SpellingService spellingService) {
		this.suggestService = suggestService;
		this.spellingService = spellingService;
	}

	@GetMapping("/api/suggest")
	@Operation(summary = "Autocomplete / 联想词",
			description = "Up to 10 entries for the text typed so far: titles, subjects, places and people that start "
					+ "with it (Chinese, pinyin or initials: beihai, bh → 北海; Traditional folds to Simplified), then "
					+ "records whose title or pinyin starts with it. Example: /api/suggest?q=bh")
	Suggestions suggest(@Parameter(description = "the text typed so far, e.g. bh") @RequestParam(defaultValue = "") String q)
			throws IOException {
		return this.suggestService.suggest(q);
	}

	@GetMapping("/api/suggest/spelling")
	@Operation(summary = "Did you mean / 纠错建议",
			description = "A corrected query for misspelled English or pinyin that finds records (the same facet "
					+ "parameters as /api/search apply), or none when the query is spelled as the records spell it. "
					+ "Example: /api/suggest/spelling?q=maritme silk road")
	DidYouMean spelling(@Parameter(description = "the query as typed") @RequestParam(defaultValue = "") String q,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) throws IOException {
		return this.spellingService.didYouMean(q, SearchQueries.filters(parameters));
	}

}
