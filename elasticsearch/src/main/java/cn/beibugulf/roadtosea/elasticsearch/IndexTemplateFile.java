package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One versioned index template file, {@code records-vN.json}: its name is both the template name
 * and the name of the index it creates.
 * @param name e.g. {@code records-v1}
 * @param version the N of {@code records-vN}
 * @param json the template body as sent to {@code PUT _index_template/{name}}
 */
public record IndexTemplateFile(String name, int version, String json) {

    private static final Pattern FILE_NAME = Pattern.compile("(records-v(\\d+))\\.json");

    /** All template files on the class path, oldest first (a name found twice counts once). */
    public static List<IndexTemplateFile> load(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            Map<String, IndexTemplateFile> byName = new LinkedHashMap<>();
            for (Resource resource : resources) {
                Matcher matcher = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (matcher.matches()) {
                    String json = resource.getContentAsString(StandardCharsets.UTF_8);
                    byName.putIfAbsent(matcher.group(1),
                            new IndexTemplateFile(matcher.group(1), Integer.parseInt(matcher.group(2)), json));
                }
            }
            List<IndexTemplateFile> templates = new ArrayList<>(byName.values());
            templates.sort(Comparator.comparingInt(IndexTemplateFile::version));
            return List.copyOf(templates);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the index templates at " + locationPattern, ex);
        }
    }

}
