package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces a case's tags by its values (jeplus.md §5.2): literally (no regex, so {@code $} and {@code \} are safe),
 * case-sensitively, every occurrence, line by line (a tag never spans lines), comments included, in tag order (a
 * value that holds a later tag is replaced again). Remembers which tags it never found.
 */
final class TagSubstitution {

    private final List<String> tags;
    private final List<String> values;
    private final Set<String> unseen;

    TagSubstitution(List<String> tags, List<String> values) {
        if (tags.size() != values.size()) {
            throw new IllegalArgumentException(tags.size() + " tags but " + values.size() + " values");
        }
        this.tags = List.copyOf(tags);
        this.values = List.copyOf(values);
        this.unseen = new LinkedHashSet<>(tags);
        unseen.remove("");
    }

    String line(String line) {
        String out = line;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!tag.isEmpty() && out.contains(tag)) {
                unseen.remove(tag);
                out = out.replace(tag, values.get(i));
            }
        }
        return out;
    }

    String text(ModelText model) {
        StringBuilder out = new StringBuilder(model.text().length() + 256);
        for (String line : model.lines()) {
            out.append(line(line));
        }
        return out.toString();
    }

    /** Tags not met in anything substituted so far (jEPlus only warns about them). */
    List<String> unseenTags() {
        return new ArrayList<>(unseen);
    }
}
