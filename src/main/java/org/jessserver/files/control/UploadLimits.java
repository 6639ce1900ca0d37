package org.jessserver.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.platform.control.ByteSize;

/** How much one submission may bring: total bytes (after unzipping) and number of files. */
@ApplicationScoped
public class UploadLimits {

    @Inject
    @ConfigProperty(name = "jess.upload.max.bytes")
    ByteSize maxBytes;

    @Inject
    @ConfigProperty(name = "jess.upload.max.files", defaultValue = "10000")
    int maxFiles;

    public UploadLimits() {
    }

    public UploadLimits(long maxBytes, int maxFiles) {
        this.maxBytes = new ByteSize(maxBytes);
        this.maxFiles = maxFiles;
    }

    public long maxBytes() {
        return maxBytes.bytes();
    }

    public int maxFiles() {
        return maxFiles;
    }
}
