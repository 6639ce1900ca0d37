package org.jessserver.job.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One simulation of a job: a model with a weather file, run in its own folder by one instance at a time. */
@Entity
@Table(name = "sim_case")
@IdClass(CaseKey.Id.class)
public class SimCase {

    @Id
    @Column(name = "job_id")
    private long jobId;

    @Id
    @Column(name = "case_no")
    private int caseNo;

    private String name;
    private String model;
    private String weather;

    /** A jEPlus case's raw tag values as a JSON array of strings; null for an EnergyPlus job's case. */
    @Column(name = "case_values")
    private String values;

    @Column(name = "engine")
    private String engineVersion;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    private String message;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Long leaseUntil;

    /** The executor's kind and handle of the case's current or last run. */
    @Column(name = "run_ref")
    private String runRef;

    private int attempts;
    @Column(name = "started")
    private Long startedAt;
    @Column(name = "ended")
    private Long endedAt;

    @Column(name = "exit_code")
    private Integer exitCode;

    @Column(name = "cpu_millis")
    private long cpuMillis;

    @Column(name = "result_size")
    private long resultSize;

    protected SimCase() {
    }

    /** A case as preparation makes it: QUEUED with an engine, or REJECTED with the reason. */
    public SimCase(long jobId, int caseNo, String name, String model, String weather, String engine,
                   CaseState state, String message) {
        this.jobId = jobId;
        this.caseNo = caseNo;
        this.name = name;
        this.model = model;
        this.weather = weather;
        this.engineVersion = engine;
        this.state = state;
        this.message = message;
    }

    /** A jEPlus case as preparation makes it, with its raw tag values (a JSON array of strings). */
    public SimCase(long jobId, int caseNo, String name, String model, String weather, String values, String engine,
                   CaseState state, String message) {
        this(jobId, caseNo, name, model, weather, engine, state, message);
        this.values = values;
    }

    public CaseKey key() { return new CaseKey(jobId, caseNo); }
    public long getJobId() { return jobId; }
    public int getCaseNo() { return caseNo; }
    public String getName() { return name; }
    public String getModel() { return model; }
    public String getWeather() { return weather; }
    public String getValues() { return values; }
    public String getEngineVersion() { return engineVersion; }
    public CaseState getState() { return state; }
    public String getMessage() { return message; }
    public String getLeaseOwner() { return leaseOwner; }
    public Long getLeaseUntil() { return leaseUntil; }
    public String getRunRef() { return runRef; }
    public int getAttempts() { return attempts; }
    public Long getStartedAt() { return startedAt; }
    public Long getEndedAt() { return endedAt; }
    public Integer getExitCode() { return exitCode; }
    public long getCpuMillis() { return cpuMillis; }
    public long getResultSize() { return resultSize; }
}
