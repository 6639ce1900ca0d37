package org.jessserver.results.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jessserver.jeplus.control.CaseFiles;
import org.jessserver.jeplus.control.JeplusCase;
import org.jessserver.jeplus.control.JeplusPlan;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.SimCase;

/** Writes a jEPlus job's result tables (jeplus.md §8) from the cases that ran, in the order they were made. */
@ApplicationScoped
public class ProjectTables {

    /** The bytes written; fails (InvalidRequestException) when the project can no longer be read. */
    long write(JobFolder folder, Job job, List<SimCase> cases) {
        CaseFiles project = JeplusPlan.caseFiles(folder.input(), job.getModelName(), job.getArgs());
        // a case that never started has no folder; one cancelled while running has no complete output either
        List<JeplusCase> ran = cases.stream()
                .filter(c -> c.getValues() != null)
                .filter(c -> c.getState() == CaseState.FINISHED || c.getState() == CaseState.SIMULATED
                        || c.getState() == CaseState.FAILED)
                .map(folder::projectCase)
                .toList();
        return project.collect(folder.root(), ran);
    }
}
