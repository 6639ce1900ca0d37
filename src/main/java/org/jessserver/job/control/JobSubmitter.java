package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jessserver.files.control.StagedUpload;
import org.jessserver.files.control.UploadLimits;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.Settings;

/** Receives a submission: stages its files, creates the job, starts its preparation; a refusal leaves nothing. */
@ApplicationScoped
public class JobSubmitter {

    /** One uploaded file, read once in the order the parts arrived. */
    public record FilePart(String fileName, InputStream content) {
    }

    @Inject
    Submissions submissions;

    @Inject
    PreparationLauncher launcher;

    @Inject
    UploadLimits limits;

    @Inject
    Settings settings;

    @Inject
    DiskSpace space;

    public long submit(long ownerId, SubmissionForm form, List<FilePart> files) {
        try (StagedUpload upload = stage()) {
            for (FilePart f : files) {
                upload.add(f.fileName(), f.content());
            }
            return create(ownerId, form, upload);
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, StagedUpload.STORE);
        }
    }

    /** A job from files already on the server (the upload area, an earlier job): copied, so later changes do not reach it. */
    public long submitCopy(long ownerId, SubmissionForm form, Path dir, List<String> files) {
        try (StagedUpload upload = stage()) {
            for (String f : files) {
                upload.copyIn(f, dir.resolve(f));
            }
            return create(ownerId, form, upload);
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, StagedUpload.COPY);
        }
    }

    private StagedUpload stage() throws IOException {
        return new StagedUpload(settings.dataDir().resolve("staging"), limits, space);
    }

    private long create(long ownerId, SubmissionForm form, StagedUpload upload) {
        long id = submissions.create(ownerId, form, upload);
        launcher.prepareLater(id);
        return id;
    }
}
