package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.jessserver.files.control.StagedUpload;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobType;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/** Turns a checked, staged upload into a job: the job row and its input folder appear together or not at all. */
@Stateless
public class Submissions {

    @Inject
    JobTransitions transitions;

    @Inject
    Settings settings;

    /** The submission time is the job's first last-update, from which a preparation that never starts stalls. */
    @Inject
    Clock clock;

    /** Checks the upload against the form and creates the job (UNPACKED); its cases are made afterwards. */
    public long create(long ownerId, SubmissionForm form, StagedUpload upload) {
        try {
            List<String> files = upload.files();
            if (files.isEmpty()) {
                throw new InvalidRequestException("No files uploaded: send the model and weather as 'file' parts");
            }
            boolean jeplus = files.stream().filter(f -> CasePlan.hasExtension(f, ".json", ".jep")).count() == 1;
            JobType type = form.jobType(jeplus);
            boolean flat = CasePlan.of(files, form.model(), form.weather()).size() == 1;
            if (flat) {
                ReservedNames.checkFlatUpload(files);
            }
            Job job = new Job(ownerId, trim(form.title(), 500), trim(form.desc(), 4000), type, blankToNull(form.model()),
                    blankToNull(form.weather()), upload.bytes(), clock.millis());
            transitions.received(job);
            JobFolder folder = JobFolder.of(settings.dataDir(), job.getId());
            if (flat) {
                // written before the move, so that the folder never exists without it
                JobFolder.writeManifest(upload.dir(), files);
                upload.moveTo(folder.root());
            } else {
                upload.moveTo(folder.root().resolve(JobFolder.INPUT));
            }
            return job.getId();
        } catch (IOException e) {
            // a refusal rolls the job row back; the caller's close of the upload removes the files
            throw DiskSpace.unchecked(e, StagedUpload.STORE);
        }
    }

    private static String trim(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
