package org.jessserver.job.entity;

/**
 * A job has just become CANCELED. Fired in the transaction that ends it and observed in it: a cancelled jEPlus job
 * gets the result tables of the cases that ran.
 */
public record JobCanceled(long jobId) {
}
