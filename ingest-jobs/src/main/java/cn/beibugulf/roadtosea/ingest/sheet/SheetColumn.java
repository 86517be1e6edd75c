package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns the spreadsheet job understands, each under its English name and the Chinese headings
 * curators use. Headings are matched without case, spaces, underscores and hyphens
 * ("End date", "end_date" and "结束日期" are all {@link #END_DATE}); other columns are ignored.
 */
public enum SheetColumn {

	ID("id", "编号", "序号", "标识"),

	TITLE("title", "标题", "名称", "题名", "事件"),

	DATE("date", "日期", "时间", "开始日期", "startdate", "from"),

	END_DATE("enddate", "end", "结束日期", "截止日期", "to"),

	DESCRIPTION("description", "描述", "内容", "简介", "摘要", "summary"),

	PLACE("place", "places", "地点", "地区"),

	LINKS("links", "link", "url", "链接", "网址"),

	NAME("name", "姓名", "专家"),

	AFFILIATION("affiliation", "单位", "机构", "工作单位"),

	FIELD("field", "fields", "领域", "研究领域", "研究方向", "专业"),

	BIO("bio", "biography", "个人简介", "简历"),

	WORKS("works", "代表作", "著作", "成果", "代表成果"),

	TYPE("type", "类型", "类别"),

	ISSUER("issuer", "发布机关", "发文机关", "发布单位", "制定机关"),

	LEVEL("level", "层级", "级别", "效力级别"),

	ISSUED("issued", "issueddate", "发布日期", "成文日期", "公布日期"),

	EFFECTIVE("effective", "effectivedate", "施行日期", "生效日期", "实施日期"),

	STATUS("status", "状态", "时效性", "效力"),

	INTERPRETATIONS("interpretations", "interpretation", "解读", "政策解读"),

	CASES("cases", "case", "案例", "典型案例"),

	POLICY("policy", "policies", "所属政策", "相关政策"),

	RELATED("related", "相关", "关联");

	private final List<String> headings;

	SheetColumn(String... headings) {
		this.headings = List.of(headings);
	}

	/** The column a heading names, if the job knows it. */
	public static Optional<SheetColumn> of(String heading) {
		String key = normalise(heading);
		for (SheetColumn column : values()) {
			if (column.headings.contains(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/** The English name, as a curator writes it in the first row. */
	public String heading() {
		return this.headings.getFirst();
	}

	static String normalise(String heading) {
		return heading.strip().replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

}
