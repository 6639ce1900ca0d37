package org.jessserver.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.platform.control.DiskSpace;

/**
 * Last line of defence: logs the failure under an incident id and answers a JSON 500 without a stack trace; a write
 * that found the disk full anywhere on the way is a refusal naming the disk instead, as no bug of the request's.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DiskSpace.causedBy(e)) {
            return InvalidRequestMapper.reply(DiskSpace.refusal(DiskSpace.ANY_REQUEST, e));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Response.status(500)
                .entity(Reply.refused("Internal server error (incident " + incident + ")"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
