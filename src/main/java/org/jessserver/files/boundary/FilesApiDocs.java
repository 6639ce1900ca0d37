package org.jessserver.files.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the upload area's bodies and replies for /openapi: documentation only, never instantiated. */
final class FilesApiDocs {

    static final String PATH = "A path in the caller's upload area (a leading / is allowed); a path that leaves the "
            + "area is refused";
    static final String UPLOADED = "{\"ok\":true,\"status\":\"File(s) uploaded successfully\",\"fileHandle\":\"test/0\","
            + "\"callback\":\"/users/api/files/test/0\"}";
    static final String TREE = "{\"fileName\":\"/test/0\",\"open\":true,\"nocheck\":true,\"fileSize\":0,\"children\":"
            + "[{\"fileName\":\"win.ini\",\"open\":false,\"nocheck\":false,\"fileSize\":167,\"children\":[],"
            + "\"name\":\"win.ini (0.17 KB)\"}],\"name\":\"/test/0\"}";
    static final String DELETED = "{\"ok\":true,\"status\":\"test/0 has been deleted\"}";

    private FilesApiDocs() {
    }

    @Schema(name = "FilesUpload", description = "Multipart: parts named file; a zip is unpacked in the folder")
    static final class Upload {
        @Schema(type = SchemaType.ARRAY, implementation = byte[].class, description = "The files; other parts are ignored")
        public List<byte[]> file;
    }

    /** UploadReply as JSON, or a refusal. */
    @Schema(name = "UploadReply", description = "JESS's upload reply (fileHandle and callback instead of data); a refusal "
            + "is the envelope ok:false, data:null", requiredProperties = {"ok", "status"})
    static final class Uploaded {
        public boolean ok;
        public String status;
        @Schema(description = "The folder the files went to; for a zip, its single top folder", example = "test/0")
        public String fileHandle;
        @Schema(example = "/users/api/files/test/0")
        public String callback;
        @Schema(nullable = true, description = "Only in a refusal: null")
        public Object data;
    }

    /** TreeNode as JSON. */
    @Schema(name = "FileTree", description = "A folder of the upload area as JESS's bare tree (no envelope)",
            requiredProperties = {"fileName", "open", "nocheck", "fileSize", "children", "name"})
    static final class Tree {
        public String fileName;
        public boolean open;
        public boolean nocheck;
        public long fileSize;
        public List<Tree> children;
        @Schema(description = "The name with its size for display", example = "win.ini (0.17 KB)")
        public String name;
    }

    /** DeleteReply as JSON, or a refusal. */
    @Schema(name = "DeleteReply", description = "\"<path> has been deleted\" (no data key); a refusal is the envelope "
            + "ok:false, data:null", requiredProperties = {"ok", "status"})
    static final class Deleted {
        public boolean ok;
        public String status;
        @Schema(nullable = true, description = "Only in a refusal: null")
        public Object data;
    }
}
