package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobIdsTest {

    @Test
    void plainPositiveDecimalsThatFitAreIds() {
        assertEquals(Optional.of(1L), JobIds.parse("1"));
        assertEquals(Optional.of(Long.MAX_VALUE), JobIds.parse("9223372036854775807"));
    }

    @Test
    void nothingElseIsAJobId() {
        for (String s : new String[] {null, "", "0", "01", "+1", "-1", "1.0", "1;2", " 1", "1 ", "abc", "all",
                "9223372036854775808", "18446744073709551617", "١"}) {
            assertTrue(JobIds.parse(s).isEmpty(), "'" + s + "'");
        }
    }
}
