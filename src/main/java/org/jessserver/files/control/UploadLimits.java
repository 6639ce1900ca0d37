package org.jessserver.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much one submission may bring: total bytes (after unzipping) and number of files. */
@ApplicationScoped
public class UploadLimits {

    @Inject
    @ConfigProperty(name = "jess.upload.max.bytes", defaultValue = "1073741824")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "jess.upload.max.files", defaultValue = "10000")
    int maxFiles;

    public UploadLimits() {
    }

    public UploadLimits(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxFiles() {
        return maxFiles;
    }
}
