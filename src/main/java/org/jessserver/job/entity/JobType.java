package org.jessserver.job.entity;

/** The job types JESS reports: a single EnergyPlus model, one split by run period, a jEPlus project. */
public enum JobType {
    EP_IDF, EP_IDF_SPLIT, JE_JEP
}
