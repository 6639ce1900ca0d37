package org.jessserver.results.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the result calls' replies for /openapi: documentation only, never instantiated. */
final class ResultsApiDocs {

    static final String PATH = "A path in the job's result folder; a path that leaves it is refused";
    static final String MISSING_FILE = "{\"ok\":false,\"status\":\"File eplusout.err is not found in job 12\",\"data\":null}";
    static final String TREE = "{\"ok\":true,\"status\":\"12 status available\",\"data\":{\"state\":{\"disabled\":false,"
            + "\"openned\":false,\"selected\":false},\"text\":\"12 [*]\",\"data\":{\"fullPath\":\"/\",\"folder\":true,"
            + "\"lastModified\":1608079505339,\"size\":5420},\"type\":\"root\",\"id\":null,\"a_attr\":{\"title\":"
            + "\"/ total size 5.42 kB\"},\"li_attr\":{},\"children\":[{\"state\":{\"disabled\":false,\"openned\":false,"
            + "\"selected\":false},\"text\":\"eplusout.err (5.42 kB)\",\"data\":{\"fullPath\":\"/eplusout.err\","
            + "\"folder\":false,\"lastModified\":1608079505339,\"size\":5420},\"type\":\"err\",\"id\":null,\"a_attr\":"
            + "{\"title\":\"/eplusout.err last modfied at 2020-12-16 00:45 UTC\"},\"li_attr\":{},\"children\":[]}]}}";

    private ResultsApiDocs() {
    }

    @Schema(name = "ResultTreeReply", description = "The result folder as JESS's jsTree; a job missing or not the "
            + "caller's: ok:false, data:null", requiredProperties = {"ok", "status", "data"})
    static final class TreeReply {
        public boolean ok;
        @Schema(description = "\"<id> status available\", or \"Job <id> is not accessible to user <email>\"")
        public String status;
        @Schema(ref = "ResultNode", nullable = true)
        public Node data;
    }

    /** ResultNode as JSON, JESS's spellings included. */
    @Schema(name = "ResultNode", requiredProperties = {"state", "text", "data", "type", "id", "a_attr", "li_attr",
            "children"})
    static final class Node {
        @Schema(ref = "ResultNodeState")
        public State state;
        @Schema(description = "\"<name> (<size>)\"; the root \"<id> [*]\"", example = "eplusout.err (5.42 kB)")
        public String text;
        @Schema(ref = "ResultNodeEntry")
        public Entry data;
        @Schema(description = "The extension, folder, file (no extension) or root", example = "err")
        public String type;
        @Schema(nullable = true, description = "Always null")
        public Object id;
        @Schema(ref = "ResultNodeTitle")
        public Title a_attr;
        @Schema(description = "Always {}")
        public Object li_attr;
        public List<Node> children;
    }

    @Schema(name = "ResultNodeState", requiredProperties = {"disabled", "openned", "selected"})
    static final class State {
        public boolean disabled;
        @Schema(description = "JESS's spelling")
        public boolean openned;
        public boolean selected;
    }

    @Schema(name = "ResultNodeEntry", requiredProperties = {"fullPath", "folder", "lastModified", "size"})
    static final class Entry {
        @Schema(example = "/eplusout.err")
        public String fullPath;
        public boolean folder;
        @Schema(description = "Epoch ms")
        public long lastModified;
        @Schema(description = "Bytes (a folder: its total)")
        public long size;
    }

    @Schema(name = "ResultNodeTitle", requiredProperties = "title")
    static final class Title {
        @Schema(description = "\"/<path> last modfied at <yyyy-MM-dd HH:mm> UTC\"; the root \"/ total size <size>\"")
        public String title;
    }
}
