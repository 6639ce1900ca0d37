package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jessserver.jeplus.control.JeplusCase;
import org.jessserver.jeplus.control.JeplusPlan;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.SimCase;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/**
 * Makes a jEPlus job's cases from the plan recorded at submission, streaming: rows go in by batches and the job list
 * ({@code joblist_out.csv}) is written beside them; no case file is made here (a case's model is written when it runs).
 */
@ApplicationScoped
class ProjectCases {

    private static final Logger LOG = Logger.getLogger(ProjectCases.class.getName());

    /** Rows per flush: a few JDBC batches, small enough to keep the persistence context light. */
    static final int BATCH = 1000;

    @Inject
    Settings settings;

    @Inject
    ModelChecks models;

    @Inject
    JobTransitions jobs;

    @Inject
    CaseTransitions cases;

    /** Prepares the job, whose row the caller has locked and found waiting for it. */
    void prepare(Job job) {
        long jobId = job.getId();
        JobFolder folder = JobFolder.of(settings.dataDir(), jobId);
        Path input = folder.input();
        JeplusPlan plan;
        try {
            plan = JeplusPlan.of(input, job.getModelName(), JeplusPlan.request(job.getArgs()), settings.maxCases(),
                    ReservedNames.taken());
        } catch (InvalidRequestException e) {
            // checked at submission; only a changed setting (a lower JESS_MAX_CASES) or engine set gets here
            jobs.prepared(jobId, 0, 0, 0, false, "Job rejected: " + e.getMessage());
            return;
        }
        Tally tally = new Tally();
        Map<Path, ModelChecks.ModelCheck> checks = new HashMap<>();
        List<SimCase> batch = new ArrayList<>(BATCH);
        try (Stream<JeplusCase> all = plan.cases()) {
            plan.writeJobList(folder.root(), all, c -> {
                ModelChecks.ModelCheck check = checks.computeIfAbsent(c.template(),
                        t -> models.check(t, relative(input, t)));
                batch.add(tally.add(jobId, c, relative(input, c.template()), relative(input, c.weather()), check));
                if (batch.size() == BATCH) {
                    cases.addBatch(batch);
                    batch.clear();
                }
            });
        }
        cases.addBatch(batch);
        jobs.prepared(jobId, tally.total, tally.total - tally.rejected, tally.rejected, tally.expand,
                JobPreparation.rejectedText(tally.rejected, tally.firstReason));
        LOG.fine(() -> "jEPlus job " + jobId + " prepared: " + tally.total + " case(s), " + tally.rejected
                + " rejected");
    }

    private static String relative(Path input, Path file) {
        return input.relativize(file).toString().replace('\\', '/');
    }

    /** The counts of the cases made so far, and whether any runnable one needs ExpandObjects. */
    private static final class Tally {
        int total;
        int rejected;
        boolean expand;
        String firstReason;

        SimCase add(long jobId, JeplusCase c, String template, String weather, ModelChecks.ModelCheck check) {
            total++;
            String values = JeplusPlan.encode(c.tagValues());
            if (check.engine() != null) {
                expand |= check.needsExpansion();
                return new SimCase(jobId, total, c.id(), template, weather, values, check.engine(), CaseState.QUEUED,
                        null);
            }
            rejected++;
            firstReason = Optional.ofNullable(firstReason).orElse(check.problem());
            return new SimCase(jobId, total, c.id(), template, weather, values, null, CaseState.REJECTED,
                    check.problem());
        }
    }
}
