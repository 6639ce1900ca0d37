package org.jessserver.files.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** JESS's reply to a delete in the upload area: ok and status only, no data key. */
@JsonbPropertyOrder({"ok", "status"})
public record DeleteReply(boolean ok, String status) {

    static DeleteReply deleted(String path) {
        return new DeleteReply(true, path + " has been deleted");
    }
}
