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

    @Column(name = "njobs")
    private int totalCases;
    @Column(name = "n_failed")
    private int failedCases;
    @Column(name = "n_rejected")
    private int rejectedCases;
    @Column(name = "n_cancelled")
    private int cancelledCases;
    @Column(name = "n_queued")
    private int queuedCases;
    @Column(name = "n_running")
    private int runningCases;
    @Column(name = "n_simulated")
    private int simulatedCases;
    @Column(name = "n_collected")
    private int collectedCases;

    @Column(name = "received")
    private long receivedAt;
    @Column(name = "accepted")
    private Long acceptedAt;
    @Column(name = "prepared")
    private Long preparedAt;
    @Column(name = "simulated")
    private Long simulatedAt;
    @Column(name = "collected")
    private Long collectedAt;
    @Column(name = "cancelled")
    private Long cancelledAt;
    @Column(name = "cancel_requested")
    private Long cancelRequestedAt;
    @Column(name = "retrieved")
    private Long retrievedAt;
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
        this(ownerId, title, description, type, modelName, weatherName, SUBSET_ALL, "", submissionSize, now);
    }

    /** A job whose subset and arguments say which of its cases run (a jEPlus project's sample, with its seed). */
    public Job(long ownerId, String title, String description, JobType type, String modelName, String weatherName,
               String subset, String args, long submissionSize, long now) {
        this.ownerId = ownerId;
        this.title = title;
        this.description = description;
        this.type = type;
        this.modelName = modelName;
        this.weatherName = weatherName;
        this.subset = subset;
        this.args = args;
        this.status = JobStatus.UNPACKED;
        this.statusInfo = StatusTexts.UNPACKED;
        this.receivedAt = now;
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
    public int getTotalCases() { return totalCases; }
    public int getFailedCases() { return failedCases; }
    public int getRejectedCases() { return rejectedCases; }
    public int getCancelledCases() { return cancelledCases; }
    public int getQueuedCases() { return queuedCases; }
    public int getRunningCases() { return runningCases; }
    public int getSimulatedCases() { return simulatedCases; }
    public int getCollectedCases() { return collectedCases; }
    public long getReceivedAt() { return receivedAt; }
    public Long getAcceptedAt() { return acceptedAt; }
    public Long getPreparedAt() { return preparedAt; }
    public Long getSimulatedAt() { return simulatedAt; }
    public Long getCollectedAt() { return collectedAt; }
    public Long getCancelledAt() { return cancelledAt; }
    public Long getCancelRequestedAt() { return cancelRequestedAt; }
    public Long getRetrievedAt() { return retrievedAt; }
    public Long getCompletionTime() { return completionTime; }
    public long getLastUpdate() { return lastUpdate; }
    public int getPrepAttempts() { return prepAttempts; }
    public long getSubmissionSize() { return submissionSize; }
    public long getStorageSize() { return storageSize; }
    public long getResultSize() { return resultSize; }
    public long getCpuMillis() { return cpuMillis; }
}
