package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jessserver.engine.control.CaseSpec;
import org.jessserver.engine.control.EngineCatalog;
import org.jessserver.jeplus.control.CaseFiles;
import org.jessserver.jeplus.control.JeplusCase;
import org.jessserver.jeplus.control.JeplusPlan;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.job.entity.SimCase;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/** What a claimed case's run needs: its engine, model, weather, folder, options and time-out. */
@ApplicationScoped
public class RunSpecs {

    @Inject
    EngineCatalog engines;

    @Inject
    DispatchSettings dispatch;

    @Inject
    Settings settings;

    @Inject
    Jobs jobs;

    @Inject
    InstanceId instance;

    /** Whether a job's models need ExpandObjects; fixed once the job is prepared, so kept per job. */
    private final Map<Long, Boolean> expandObjects = new ConcurrentHashMap<>();

    /** A jEPlus job's project, read once for all its cases (its templates, tags and folders). */
    private final Map<Long, CaseFiles> caseFiles = new ConcurrentHashMap<>();

    /**
     * The run of the case, or empty when its engine is not installed here ({@link #noEngine} says so); fails when the
     * inputs a rerun keeps cannot be listed.
     */
    Optional<CaseSpec> of(SimCase c) throws IOException {
        Optional<Path> engine = engines.engineFor(c.getEngineVersion());
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        JobFolder folder = JobFolder.of(settings.dataDir(), c.getJobId());
        Path input = folder.inputOf(c.getName());
        if (c.getValues() != null) {
            return Optional.of(projectCase(c, engine.get(), folder));
        }
        return Optional.of(new CaseSpec(engine.get(), input.resolve(c.getModel()), input.resolve(c.getWeather()),
                folder.caseDir(c.getName()), expands(c.getJobId()), dispatch.caseTimeout(),
                folder.keptOnRerun(c.getName())));
    }

    /**
     * A jEPlus case: its model and weather are written into its folder when its run starts (on the executor's thread),
     * from the project's template and the case's values.
     */
    private CaseSpec projectCase(SimCase c, Path engine, JobFolder folder) throws IOException {
        CaseFiles writer = writer(c.getJobId(), folder.input());
        JeplusCase jc = folder.projectCase(c);
        Path dir = folder.caseDir(c.getName());
        return new CaseSpec(engine, dir.resolve(JeplusPlan.MODEL), dir.resolve(JeplusPlan.WEATHER), dir,
                expands(c.getJobId()), dispatch.caseTimeout(), Set.of(), d -> writer.write(jc, d, engine));
    }

    private CaseFiles writer(long jobId, Path input) throws IOException {
        CaseFiles known = caseFiles.get(jobId);
        if (known != null) {
            return known;
        }
        Job job = jobs.find(jobId).orElseThrow(() -> new IOException("Job " + jobId + " is gone"));
        try {
            CaseFiles made = JeplusPlan.caseFiles(input, job.getModelName(), job.getArgs());
            caseFiles.put(jobId, made);
            return made;
        } catch (InvalidRequestException e) {
            throw new IOException("The project cannot be read again: " + e.getMessage(), e);
        }
    }

    String noEngine(SimCase c) {
        return "EnergyPlus " + c.getEngineVersion() + " is no longer installed on instance " + instance.value();
    }

    /** Nothing of the job runs any more: what is kept per job is dropped (it is read again if a case is run again). */
    void forget(@Observes RunEnded ended) {
        if (ended.lastOfJob()) {
            expandObjects.remove(ended.key().jobId());
            caseFiles.remove(ended.key().jobId());
        }
    }

    private boolean expands(long jobId) {
        return expandObjects.computeIfAbsent(jobId, jobs::expandsObjects);
    }
}
