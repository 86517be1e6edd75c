package cn.beibugulf.roadtosea.record;

import java.util.List;

/** Input of the {@code suggest} completion field. */
public record Suggest(List<String> input) {

	public Suggest {
		input = (input != null) ? List.copyOf(input) : List.of();
	}
}
