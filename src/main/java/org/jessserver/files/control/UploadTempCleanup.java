package org.jessserver.files.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, removes the half-received uploads that this host's dead server processes left in the data folder
 * (a kill -9 mid-upload) and makes this process's own folder; at a normal stop, removes that folder.
 */
@Singleton
@Startup
public class UploadTempCleanup {

    private static final Logger LOG = Logger.getLogger(UploadTempCleanup.class.getName());

    @Inject
    UploadTempFolders folders;

    @PostConstruct
    void start() {
        List<Path> removed = folders.removeLeftovers();
        if (!removed.isEmpty()) {
            LOG.info(() -> "Removed the unfinished uploads of " + removed.size() + " stopped server process(es): "
                    + removed);
        }
        Path own = folders.own();
        LOG.info(() -> "Uploads are received in " + own);
    }

    @PreDestroy
    void stop() {
        folders.removeOwn();
    }
}
