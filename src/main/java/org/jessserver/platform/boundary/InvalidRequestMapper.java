package org.jessserver.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jessserver.platform.control.InvalidRequestException;

/** Bad input is a business refusal: HTTP 200 with ok:false, because JESS clients raise on non-2xx. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException e) {
        return reply(e);
    }

    /** The one reply of every refusal, also of those the other mappers recognise (a full disk). */
    static Response reply(InvalidRequestException e) {
        return Response.ok(Reply.refused(e.getMessage()), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
