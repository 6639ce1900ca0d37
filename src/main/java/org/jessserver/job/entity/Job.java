package org.jessserver.job.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A simulation job and its case counts per state. The counts change only together with the
 * case rows (same transaction), so a status poll reads this one row.
 */
@Entity
@Table(name = "job")
public class Job {

    /** The subset JESS records for an EnergyPlus job: all of its cases. */
    public static final String SUBSET_ALL = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jobSeq")
    @SequenceGenerator(name = "jobSeq", sequenceName = "job_seq", allocationSize = 1)
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_type")
    private JobType type;

    @Column(name = "job_subset")
    private String subset;

    @Column(name = "job_args")
    private String args;

    @Column(name = "model_name")
    private String modelName;

    @Column(name = "weather_name")
    private String weatherName;

    @Column(name = "expand_objects")
    private boolean expandObjects;

    @Enumerated(EnumType.STRING)
    private JobStatus status;

    @Column(name = "status_info")
    private String statusInfo;

    /** 0 or 1 (see V2 migration: portable comparisons in JPQL). */
    @Column(name = "cancel_flag")
    private int cancelFlag;

    private int njobs;
    @Column(name = "n_failed")
    private int failed;
    @Column(name = "n_rejected")
    private int rejected;
    @Column(name = "n_cancelled")
    private int cancelledCases;
    @Column(name = "n_queued")
    private int queued;
    @Column(name = "n_running")
    private int running;
    @Column(name = "n_simulated")
    private int simulatedCases;
    @Column(name = "n_collected")
    private int collectedCases;

    private long received;
    private Long accepted;
    private Long prepared;
    private Long simulated;
    private Long collected;
    private Long cancelled;
    private Long retrieved;
    @Column(name = "completion_time")
    private Long completionTime;
    @Column(name = "last_update")
    private long lastUpdate;

    @Column(name = "submission_size")
    private long submissionSize;
    @Column(name = "storage_size")
    private long storageSize;
    @Column(name = "result_size")
    private long resultSize;
    @Column(name = "cpu_millis")
    private long cpuMillis;
    @Column(name = "prep_attempts")
    private int prepAttempts;

    protected Job() {
    }

    public Job(long ownerId, String title, String description, JobType type, String modelName, String weatherName,
               long submissionSize, long now) {
        this.ownerId = ownerId;
        this.title = title;
        this.description = description;
        this.type = type;
        this.modelName = modelName;
        this.weatherName = weatherName;
        this.subset = SUBSET_ALL;
        this.args = "";
        this.status = JobStatus.UNPACKED;
        this.statusInfo = StatusTexts.UNPACKED;
        this.received = now;
        this.lastUpdate = now;
        this.submissionSize = submissionSize;
        this.storageSize = submissionSize;
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public JobType getType() { return type; }
    public String getSubset() { return subset; }
    public String getArgs() { return args; }
    public String getModelName() { return modelName; }
    public String getWeatherName() { return weatherName; }
    public boolean isExpandObjects() { return expandObjects; }
    public JobStatus getStatus() { return status; }
    public String getStatusInfo() { return statusInfo; }
    public boolean isCancelFlag() { return cancelFlag != 0; }
    public int getNjobs() { return njobs; }
    public int getFailed() { return failed; }
    public int getRejected() { return rejected; }
    public int getCancelledCases() { return cancelledCases; }
    public int getQueued() { return queued; }
    public int getRunning() { return running; }
    public int getSimulatedCases() { return simulatedCases; }
    public int getCollectedCases() { return collectedCases; }
    public long getReceived() { return received; }
    public Long getAccepted() { return accepted; }
    public Long getPrepared() { return prepared; }
    public Long getSimulated() { return simulated; }
    public Long getCollected() { return collected; }
    public Long getCancelled() { return cancelled; }
    public Long getRetrieved() { return retrieved; }
    public Long getCompletionTime() { return completionTime; }
    public long getLastUpdate() { return lastUpdate; }
    public int getPrepAttempts() { return prepAttempts; }
    public long getSubmissionSize() { return submissionSize; }
    public long getStorageSize() { return storageSize; }
    public long getResultSize() { return resultSize; }
    public long getCpuMillis() { return cpuMillis; }
}
