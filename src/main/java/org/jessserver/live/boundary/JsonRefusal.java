package org.jessserver.live.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jessserver.platform.boundary.Reply;

/**
 * What a stream call answers when it opens no stream: the JSON refusal the other job calls give. No @Produces, so
 * that a client asking for text/event-stream only still gets it rather than a 406.
 */
public class JsonRefusal {

    private final Reply reply;

    JsonRefusal(Reply reply) {
        this.reply = reply;
    }

    @GET
    public Response get() {
        return Response.ok(reply, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
