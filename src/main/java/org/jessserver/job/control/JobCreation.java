package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jessserver.files.control.StagedFiles;
import org.jessserver.files.control.UploadArea;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/** Runs the Create command: finds the referenced files (upload area or earlier job) and submits a copy of them. */
@ApplicationScoped
public class JobCreation {

    @Inject
    UploadArea area;

    @Inject
    Jobs jobs;

    @Inject
    Settings settings;

    @Inject
    JobSubmitter submitter;

    public long create(long ownerId, CreateCommand command) {
        try {
            Path dir;
            List<String> files;
            if (command.uploadRef() != null) {
                dir = area.folder(ownerId, command.uploadRef());
                files = StagedFiles.list(dir).stream().filter(JobCreation::visible).toList();
            } else {
                jobs.owned(command.jobRef(), ownerId).orElseThrow(() -> new InvalidRequestException(
                        "Job " + command.jobRef() + " of jobRef is not found among your jobs"));
                JobFolder earlier = JobFolder.of(settings.dataDir(), command.jobRef());
                dir = earlier.input();
                files = earlier.inputFiles();
                List<String> gone = files.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
                if (!gone.isEmpty()) {
                    throw new InvalidRequestException("Job " + command.jobRef() + " no longer has its input files: "
                            + String.join(", ", gone.subList(0, Math.min(10, gone.size()))));
                }
            }
            if (files.isEmpty()) {
                throw new InvalidRequestException("The referenced " + (command.uploadRef() != null
                        ? "folder " + command.uploadRef() : "job " + command.jobRef()) + " has no files");
            }
            return submitter.submitCopy(ownerId, command.form(), dir, command.selected(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hidden files (the server's own records) are not inputs. */
    private static boolean visible(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
