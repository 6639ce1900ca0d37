package org.jessserver.job.entity;

import java.io.Serializable;

/** The identity of a case: its job and its number within the job. */
public record CaseKey(long jobId, int caseNo) implements Serializable {

    /** JPA's id class needs a bean-style form; the record is what code passes around. */
    public static class Id implements Serializable {
        public long jobId;
        public int caseNo;

        public Id() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && other.jobId == jobId && other.caseNo == caseNo;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(jobId) * 31 + caseNo;
        }
    }
}
