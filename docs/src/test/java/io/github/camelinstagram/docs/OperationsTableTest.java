package io.github.camelinstagram.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelinstagram.InstagramOperation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The guide's operations table lists every operation of the component, and nothing that is not one: a new operation
 * without its row (what it reads, the Graph call, what it answers) fails the build.
 */
class OperationsTableTest {

    private static final Path GUIDE = Path.of("modules/ROOT/pages/instagram-component.adoc");
    /** A row starts with the operation name(s): {@code | `reply`} or {@code | `hideComment` / `unhideComment`}. */
    private static final Pattern ROW = Pattern.compile("^\\| (`\\w+`(?: / `\\w+`)*) \\|", Pattern.MULTILINE);

    @Test
    void everyOperationHasItsRowInTheGuide() throws Exception {
        String guide = Files.readString(GUIDE);
        String table = guide.substring(guide.indexOf("== Operations"), guide.indexOf("== Direct messages"));
        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            for (String name : row.group(1).split(" / ")) {
                documented.add(name.replace("`", ""));
            }
        }
        List<String> missing = new ArrayList<>();
        for (InstagramOperation operation : InstagramOperation.values()) {
            if (!documented.remove(operation.name())) {
                missing.add(operation.name());
            }
        }
        assertEquals(List.of(), missing, "operations without a row in the guide's operations table");
        assertEquals(List.of(), documented, "rows that are no operation (or listed twice)");
    }
}
