package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.jessserver.files.control.StagedUpload;
import org.jessserver.jeplus.control.JeplusPlan;
import org.jessserver.jeplus.control.JeplusRequest;
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
            if (type == JobType.JE_JEP) {
                return createProject(ownerId, form, upload, files);
            }
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

    /**
     * A jEPlus project is planned here, before the job exists, so that what cannot run (a malformed project, a missing
     * tag, too many cases) is refused with nothing left behind; its cases are made afterwards from the recorded plan.
     */
    private long createProject(long ownerId, SubmissionForm form, StagedUpload upload, List<String> files)
            throws IOException {
        String projectFile = JeplusPlan.projectFile(files, form.model());
        JeplusPlan plan = JeplusPlan.of(upload.dir(), projectFile,
                new JeplusRequest(form.subset(), form.cases(), form.caseList(), null), settings.maxCases(),
                ReservedNames.taken());
        Job job = new Job(ownerId, trim(form.title(), 500), trim(form.desc(), 4000), JobType.JE_JEP, projectFile,
                null, plan.subsetName(), plan.args(), upload.bytes(), clock.millis());
        transitions.received(job);
        upload.moveTo(JobFolder.of(settings.dataDir(), job.getId()).root().resolve(JobFolder.INPUT));
        return job.getId();
    }

    private static String trim(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
