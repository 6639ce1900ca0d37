package org.jessserver.files.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.jessserver.files.control.UploadTempFolders;

/**
 * Tells Jersey's multipart reader (MIMEPull underneath) to spool the parts of every multipart request, the
 * uploads of POST /job included, into this server process's folder under the data folder, and not into
 * java.io.tmpdir, where a crash would leave them for good. Jersey asks once, when it makes its reader.
 */
@Provider
public class MultipartSpool implements ContextResolver<MultiPartProperties> {

    @Override
    public MultiPartProperties getContext(Class<?> type) {
        String dir = CDI.current().select(UploadTempFolders.class).get().own().toString();
        return new MultiPartProperties().tempDir(dir);
    }
}
