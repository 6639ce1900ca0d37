package org.jessserver.dispatch.control;

import org.jessserver.engine.control.CaseSpec;
import org.jessserver.job.entity.CaseKey;

/**
 * One claimed case handed to an executor: its key, the number of this claim (a later claim of the same case by this
 * instance is another run) and what the run needs; the spec is null for a case that cannot run here.
 */
public record CaseRun(CaseKey key, long claim, CaseSpec spec) {
}
