package org.jessserver.results.control;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One entry of a result tree in the jsTree form JESS sends, spellings included ("openned", "modfied"):
 * clients render it as it comes, so names and nesting are JESS's.
 */
// the order names Java properties, as JsonbPropertyOrder's javadoc says (Yasson follows it)
@JsonbPropertyOrder({"state", "text", "data", "type", "id", "anchorAttributes", "itemAttributes", "children"})
public record ResultNode(
        State state,
        String text,
        Entry data,
        String type,
        // always null in JESS's replies, and sent as null (the JSON-B config writes nulls)
        Object id,
        @JsonbProperty("a_attr") Title anchorAttributes,
        @JsonbProperty("li_attr") Map<String, String> itemAttributes,
        List<ResultNode> children) {

    /** jsTree's display state; JESS sends every flag false. */
    @JsonbPropertyOrder({"disabled", "opened", "selected"})
    public record State(boolean disabled, @JsonbProperty("openned") boolean opened, boolean selected) {

        static final State CLOSED = new State(false, false, false);
    }

    /** What the node stands for: its path from the job folder ("/" for the root), kind, time and bytes. */
    @JsonbPropertyOrder({"fullPath", "folder", "lastModified", "size"})
    public record Entry(String fullPath, boolean folder, long lastModified, long size) {
    }

    /** The anchor's tool-tip. */
    public record Title(String title) {
    }

    static ResultNode of(String text, Entry entry, String type, String title, List<ResultNode> children) {
        return new ResultNode(State.CLOSED, text, entry, type, null, new Title(title), Map.of(), children);
    }
}
