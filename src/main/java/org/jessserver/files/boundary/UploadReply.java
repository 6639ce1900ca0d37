package org.jessserver.files.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** JESS's reply to an upload: its own top-level keys instead of the data envelope. */
@JsonbPropertyOrder({"ok", "status", "fileHandle", "callback"})
public record UploadReply(boolean ok, String status, String fileHandle, String callback) {

    static UploadReply stored(String handle) {
        return new UploadReply(true, "File(s) uploaded successfully", handle, "/users/api/files/" + handle);
    }
}
