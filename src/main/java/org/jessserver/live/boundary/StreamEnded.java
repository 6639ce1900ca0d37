package org.jessserver.live.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/**
 * A job stream asked for again after its job's last state was received (Last-Event-ID): 204, which tells an
 * EventSource to stop reconnecting.
 */
public class StreamEnded {

    @GET
    public Response get() {
        return Response.noContent().build();
    }
}
