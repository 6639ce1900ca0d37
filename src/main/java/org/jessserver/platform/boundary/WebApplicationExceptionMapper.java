package org.jessserver.platform.boundary;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jessserver.platform.control.DiskSpace;

/** Turns JAX-RS errors (unknown path, wrong method or content type, unreadable body) into JSON envelopes. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int code = original.getStatus();
        if (DiskSpace.causedBy(e)) {
            // the container could not buffer the body (a multipart upload) for want of space: not a malformed request
            return InvalidRequestMapper.reply(DiskSpace.refusal(DiskSpace.ANY_REQUEST, e));
        }
        if (code == 400) {
            // an unreadable body (a multipart request without parts, a broken boundary) is bad input like any other
            return json(200, "Malformed request to " + path() + ": its body could not be read as "
                    + (headers.getMediaType() == null ? "(no Content-Type)" : headers.getMediaType()));
        }
        if (e instanceof NotSupportedException) {
            // a wrong content type on a known call is bad input, answered like any other
            MediaType type = headers.getMediaType();
            return json(200, "Unsupported Content-Type " + (type == null ? "(none)" : type)
                    + " for " + path());
        }
        String message = switch (code) {
            case 404 -> "No such resource: " + path();
            case 405 -> "Method not allowed on " + path() + allowed(e);
            case 406 -> "Cannot produce the requested representation for " + path();
            default -> ErrorTexts.forStatus(code);
        };
        Response reply = json(code, message);
        if (e instanceof NotAllowedException) {
            // RFC 9110: a 405 names the methods the resource has
            return Response.fromResponse(reply).allow(original.getAllowedMethods()).build();
        }
        return reply;
    }

    private String allowed(WebApplicationException e) {
        if (e instanceof NotAllowedException) {
            return " (allowed: " + String.join(", ", e.getResponse().getAllowedMethods()) + ")";
        }
        return "";
    }

    private String path() {
        return "/" + uri.getPath();
    }

    private static Response json(int code, String message) {
        return Response.status(code).entity(Reply.refused(message)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
