package org.jessserver.files.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jessserver.files.control.UploadBodyLimit;
import org.jessserver.files.control.UploadLimits;
import org.jessserver.files.control.UploadTempFolders;
import org.jessserver.platform.control.DiskSpace;

/**
 * Bounds every multipart body (uploads to the area and to POST /job) while it arrives: a Content-Length over the
 * limit is refused before a byte is read, and a body without one (chunked) is cut off as soon as the count passes
 * it, so no more than JESS_UPLOAD_MAX_BYTES plus {@link UploadBodyLimit#MARGIN} is ever spooled to disk. The
 * limit on the unpacked files still applies afterwards, while they are stored.
 */
@Provider
public class UploadSizeLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !"multipart".equalsIgnoreCase(type.getType())) {
            return context.proceed();
        }
        UploadBodyLimit limit = new UploadBodyLimit(CDI.current().select(UploadLimits.class).get().maxBytes());
        long length = contentLength(context);
        if (limit.exceededBy(length)) {
            throw limit.refusal();
        }
        if (length > 0) {
            // the spool is on the data folder's disk: a body that would eat into the reserve is refused unread
            Path spool = CDI.current().select(UploadTempFolders.class).get().own();
            CDI.current().select(DiskSpace.class).get().require(spool, length, "store the upload");
        }
        UploadBodyLimit.Counted body = limit.count(context.getInputStream());
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // the reader passes our stream's refusal and the client's failures on as its own I/O or parse errors
            if (body.exceeded()) {
                throw limit.refusal();
            }
            if (body.cutOff()) {
                throw UploadBodyLimit.cutOff();
            }
            // the spool is in the data folder: a full disk there is met while the body arrives
            if (DiskSpace.causedBy(e)) {
                throw DiskSpace.refusal("store the upload", e);
            }
            throw e;
        }
    }

    private static long contentLength(ReaderInterceptorContext context) {
        String value = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
