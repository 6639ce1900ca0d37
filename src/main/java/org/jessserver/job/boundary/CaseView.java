package org.jessserver.job.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.job.control.CaseLine;

/**
 * One case in the reply of GET /job/cases/<id> (§10): cputime in whole seconds, rounded, as the job list has it; run,
 * only for a case run by a scheduler, its job and task (slurm:12_3).
 */
// Yasson orders by Java names, not by the JSON names
@JsonbPropertyOrder({"caseNo", "name", "model", "weather", "state", "exitCode", "cputime", "message", "run"})
public record CaseView(
        @JsonbProperty("case") int caseNo,
        String name,
        String model,
        String weather,
        String state,
        // a renamed field needs its own @JsonbNillable: @JsonbProperty alone drops its nulls
        @JsonbProperty("exit_code") @JsonbNillable Integer exitCode,
        long cputime,
        String message,
        // absent for a local run: the list stays as it was before runs could be elsewhere
        @JsonbNillable(false) String run) {

    public static CaseView of(CaseLine c) {
        return new CaseView(c.caseNo(), c.name(), c.model(), c.weather(), c.state().name(), c.exitCode(),
                Math.round(c.cpuMillis() / 1000.0), c.message(), c.run());
    }
}
