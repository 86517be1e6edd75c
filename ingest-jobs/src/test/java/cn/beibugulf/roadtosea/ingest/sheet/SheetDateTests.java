package cn.beibugulf.roadtosea.ingest.sheet;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SheetDateTests {

	@ParameterizedTest
	@CsvSource({ "2020-03-24, 2020-03-24, 2020-03-24, 2020-03-24", "2020/3/4, 2020-03-04, 2020-03-04, 2020-03-04",
			"2020.3.24, 2020-03-24, 2020-03-24, 2020-03-24", "2020年3月24日, 2020-03-24, 2020-03-24, 2020-03-24",
			"２０２０年３月２４日, 2020-03-24, 2020-03-24, 2020-03-24", "2020-03, 2020-03, 2020-03-01, 2020-03-31",
			"2020年2月, 2020-02, 2020-02-01, 2020-02-29", "2020, 2020, 2020-01-01, 2020-12-31",
			"2020年, 2020, 2020-01-01, 2020-12-31", "2020-03-24T08:30:00Z, 2020-03-24, 2020-03-24, 2020-03-24" })
	void readsTheFormsCuratorsType(String text, String value, LocalDate first, LocalDate last) {
		assertThat(SheetDate.parse(text)).contains(new SheetDate(value, first, last));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020-13-01", "2021-02-29", "2020年3月32日", "三月", "2020年某月", "24/03/2020", "20200324",
			"soon", " " })
	void refusesWhatIsNotADate(String text) {
		assertThat(SheetDate.parse(text)).isEmpty();
	}

}
