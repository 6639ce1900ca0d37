package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.TimeZone;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobFilterTest {

    private static final String STATUSES = "[UNPACKED, ACCEPTED, QUEUED, FINISHED, CANCELED, REJECTED]";

    private TimeZone serverZone;

    /** The filter compares with the server's time zone: each test says which one the server is in. */
    @BeforeEach
    void serverInLondon() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
    }

    @AfterEach
    void serverZoneBack() {
        TimeZone.setDefault(serverZone);
    }

    private static JobFilter of(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            return JobFilter.of(o);
        }
    }

    private static String refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> of(json), json).getMessage();
    }

    /** Whether the job list shows a job received at that local time of the server, as Jobs.list compares. */
    private static boolean lists(JobFilter f, String receivedLocal, JobStatus status) {
        long received = LocalDateTime.parse(receivedLocal).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        return (f.since() == null || received >= f.since()) && (f.till() == null || received < f.till())
                && (f.statuses().isEmpty() || f.statuses().contains(status));
    }

    private static boolean lists(JobFilter f, String receivedLocal) {
        return lists(f, receivedLocal, JobStatus.FINISHED);
    }

    // ---- no filter ----

    @Test
    void anEmptyOrNullFilterListsEveryJob() {
        for (String json : new String[] {"{}", "{\"since\": null, \"till\": null, \"status\": null}",
                "{\"status\": \"\"}", "{\"status\": \" , ,\"}", "{\"status\": []}", "{\"status\": [\"\"]}"}) {
            JobFilter f = of(json);
            assertTrue(f.isEmpty(), json);
            assertEquals(JobFilter.NONE, f, json);
            assertTrue(lists(f, "1970-01-01T00:00", JobStatus.REJECTED), json);
            assertTrue(lists(f, "2999-12-31T23:59", JobStatus.QUEUED), json);
        }
    }

    @Test
    void fieldsOfOtherRequestsAreIgnored() {
        // the bulk cancel sends its ids and flags in the same object
        assertTrue(of("{\"ids\": [1, 2], \"dry_run\": true, \"all\": true, \"cmd\": \"x\"}").isEmpty());
    }

    // ---- dates ----

    @Test
    void sinceIncludesTheWholeFirstDay() {
        JobFilter f = of("{\"since\": \"2020-12-01\"}");
        assertFalse(f.isEmpty());
        assertNull(f.till());
        assertFalse(lists(f, "2020-11-30T23:59:59.999"));
        assertTrue(lists(f, "2020-12-01T00:00"));
        assertTrue(lists(f, "2030-01-01T12:00"));
    }

    @Test
    void tillIncludesTheWholeLastDay() {
        JobFilter f = of("{\"till\": \"2020-12-20\"}");
        assertNull(f.since());
        assertTrue(lists(f, "1999-01-01T00:00"));
        assertTrue(lists(f, "2020-12-20T23:59:59.999"));
        assertFalse(lists(f, "2020-12-21T00:00"));
    }

    @Test
    void sinceAndTillTheSameDayListThatDay() {
        JobFilter f = of("{\"since\": \"2020-12-20\", \"till\": \"2020-12-20\"}");
        assertFalse(lists(f, "2020-12-19T23:59:59.999"));
        assertTrue(lists(f, "2020-12-20T00:00"));
        assertTrue(lists(f, "2020-12-20T12:00"));
        assertTrue(lists(f, "2020-12-20T23:59:59.999"));
        assertFalse(lists(f, "2020-12-21T00:00"));
    }

    @Test
    void sinceAfterTillListsNothingRatherThanBeingRefused() {
        JobFilter f = of("{\"since\": \"2020-12-20\", \"till\": \"2020-12-01\"}");
        assertFalse(lists(f, "2020-12-10T12:00"));
        assertFalse(lists(f, "2020-12-20T12:00"));
        assertFalse(lists(f, "2020-12-01T12:00"));
    }

    @Test
    void theDaysAreTheServersDays() {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        JobFilter f = of("{\"since\": \"2020-12-01\", \"till\": \"2020-12-01\"}");
        assertEquals(Instant.parse("2020-11-30T15:00:00Z").toEpochMilli(), f.since());
        assertEquals(Instant.parse("2020-12-01T15:00:00Z").toEpochMilli(), f.till());
    }

    @Test
    void aDayOfDaylightSavingChangeIsItsRealLength() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        // the day the clocks go forward has 23 hours
        JobFilter f = of("{\"since\": \"2026-03-29\", \"till\": \"2026-03-29\"}");
        assertEquals(Instant.parse("2026-03-28T23:00:00Z").toEpochMilli(), f.since());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z").toEpochMilli(), f.till());
        assertTrue(lists(f, "2026-03-29T23:59:59.999"));
    }

    @Test
    void aDayWhoseMidnightIsSkippedStartsAtItsFirstHour() {
        // Brazil moved its clocks from 00:00 to 01:00 on 2018-11-04
        TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
        JobFilter f = of("{\"since\": \"2018-11-04\"}");
        assertEquals(Instant.parse("2018-11-04T03:00:00Z").toEpochMilli(), f.since());
    }

    @Test
    void spacesAroundADateAreTrimmed() {
        assertEquals(of("{\"since\": \"2020-12-01\"}"), of("{\"since\": \" 2020-12-01\\t\"}"));
    }

    @Test
    void aLeapDayIsADateOnlyInALeapYear() {
        assertTrue(lists(of("{\"since\": \"2024-02-29\"}"), "2024-02-29T00:00"));
        assertEquals("Field 'since' is not a date YYYY-MM-DD: '2023-02-29'", refusal("{\"since\": \"2023-02-29\"}"));
    }

    @Test
    void aMalformedDateIsRefusedQuotingIt() {
        for (String date : new String[] {"", " ", "2020-13-01", "2020-12-32", "2020-02-30", "2020-12-1", "20201201",
                "2020/12/01", "01-12-2020", "2020-12-01T00:00", "2020-12-01Z", "yesterday", "２０２０-１２-０１"}) {
            assertEquals("Field 'since' is not a date YYYY-MM-DD: '" + date + "'",
                    refusal("{\"since\": \"" + date + "\"}"), date);
            assertEquals("Field 'till' is not a date YYYY-MM-DD: '" + date + "'",
                    refusal("{\"till\": \"" + date + "\"}"), date);
        }
    }

    @Test
    void aDateThatIsNotAStringIsRefused() {
        for (String value : new String[] {"20201201", "true", "{}", "[\"2020-12-01\"]"}) {
            assertEquals("Field 'since' must be a date YYYY-MM-DD", refusal("{\"since\": " + value + "}"), value);
            assertEquals("Field 'till' must be a date YYYY-MM-DD", refusal("{\"till\": " + value + "}"), value);
        }
    }

    @Test
    void theFarFutureAndPastAreDates() {
        JobFilter f = of("{\"since\": \"0001-01-01\", \"till\": \"9999-12-31\"}");
        assertTrue(lists(f, "1970-01-01T00:00"));
        assertTrue(lists(f, "2999-12-31T23:59"));
    }

    @Test
    void aYearBeyondTimeItselfIsRefusedNotAnInternalError() {
        // ISO dates may carry a sign and more digits; these parse, but the day after the last date, or the
        // start of such a day in milliseconds, does not exist: a refusal, not an HTTP 500
        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "+300000000-01-01",
                "-300000000-01-01"}) {
            assertEquals("Field 'since' is not a date YYYY-MM-DD: '" + date + "'",
                    refusal("{\"since\": \"" + date + "\"}"), date);
            assertEquals("Field 'till' is not a date YYYY-MM-DD: '" + date + "'",
                    refusal("{\"till\": \"" + date + "\"}"), date);
        }
    }

    // ---- statuses ----

    @Test
    void oneStatusListsOnlyJobsInIt() {
        JobFilter f = of("{\"status\": \"FINISHED\"}");
        assertEquals(Set.of(JobStatus.FINISHED), f.statuses());
        assertTrue(lists(f, "2020-12-01T12:00", JobStatus.FINISHED));
        assertFalse(lists(f, "2020-12-01T12:00", JobStatus.QUEUED));
    }

    @Test
    void statusNamesTakeAnyLetterCaseAndSpaces() {
        assertEquals(Set.of(JobStatus.QUEUED), of("{\"status\": \"queued\"}").statuses());
        assertEquals(Set.of(JobStatus.CANCELED), of("{\"status\": \"  Canceled \"}").statuses());
    }

    @Test
    void severalStatusesAreACommaSeparatedList() {
        assertEquals(EnumSet.of(JobStatus.QUEUED, JobStatus.FINISHED), of("{\"status\": \"QUEUED,FINISHED\"}").statuses());
        assertEquals(EnumSet.of(JobStatus.QUEUED, JobStatus.FINISHED),
                of("{\"status\": \" queued , finished ,\"}").statuses());
        assertEquals(EnumSet.of(JobStatus.QUEUED, JobStatus.FINISHED), of("{\"status\": \",QUEUED,,FINISHED,,\"}").statuses());
        assertEquals(EnumSet.of(JobStatus.QUEUED), of("{\"status\": \"QUEUED,queued,Queued\"}").statuses());
    }

    @Test
    void severalStatusesAreAJsonList() {
        JobFilter f = of("{\"status\": [\"QUEUED\", \"canceled\", \" \"]}");
        assertEquals(EnumSet.of(JobStatus.QUEUED, JobStatus.CANCELED), f.statuses());
        assertTrue(lists(f, "2020-12-01T12:00", JobStatus.CANCELED));
        assertFalse(lists(f, "2020-12-01T12:00", JobStatus.REJECTED));
    }

    @Test
    void everyStatusCanBeAskedFor() {
        for (JobStatus s : JobStatus.values()) {
            assertEquals(Set.of(s), of("{\"status\": \"" + s.name().toLowerCase() + "\"}").statuses());
        }
    }

    @Test
    void anUnknownStatusIsRefusedNamingItAndTheKnownOnes() {
        assertEquals("Unknown job status 'DONE': use one of " + STATUSES, refusal("{\"status\": \"DONE\"}"));
        // JESS spells it with one L; the English spelling is not taken
        assertEquals("Unknown job status 'CANCELLED': use one of " + STATUSES, refusal("{\"status\": \"CANCELLED\"}"));
        // a job stays QUEUED while its cases run
        assertEquals("Unknown job status 'running': use one of " + STATUSES,
                refusal("{\"status\": \"QUEUED, running\"}"));
        assertEquals("Unknown job status 'done': use one of " + STATUSES, refusal("{\"status\": [\"FINISHED\", \" done \"]}"));
        assertEquals("Unknown job status 'ＱＵＥＵＥＤ': use one of " + STATUSES, refusal("{\"status\": \"ＱＵＥＵＥＤ\"}"));
        assertEquals("Unknown job status 'QUEUED FINISHED': use one of " + STATUSES,
                refusal("{\"status\": \"QUEUED FINISHED\"}"));
    }

    @Test
    void aStatusThatIsNotANameOrAListOfNamesIsRefused() {
        for (String value : new String[] {"5", "true", "{}", "{\"s\": \"QUEUED\"}"}) {
            assertEquals("Field 'status' must be a status name or a list of them", refusal("{\"status\": " + value + "}"),
                    value);
        }
        for (String value : new String[] {"[1]", "[null]", "[\"QUEUED\", true]", "[[\"QUEUED\"]]"}) {
            assertEquals("Field 'status' must list status names", refusal("{\"status\": " + value + "}"), value);
        }
    }

    @Test
    void aHugeListOfStatusesIsTaken() {
        String many = "QUEUED,FINISHED,".repeat(100_000);
        assertEquals(EnumSet.of(JobStatus.QUEUED, JobStatus.FINISHED), of("{\"status\": \"" + many + "\"}").statuses());
    }

    // ---- together ----

    @Test
    void datesAndStatusesTogetherListJobsThatMatchBoth() {
        JobFilter f = of("{\"since\": \"2020-12-01\", \"till\": \"2020-12-20\", \"status\": \"FINISHED\"}");
        assertTrue(lists(f, "2020-12-10T12:00", JobStatus.FINISHED));
        assertFalse(lists(f, "2020-12-10T12:00", JobStatus.QUEUED));
        assertFalse(lists(f, "2020-11-30T12:00", JobStatus.FINISHED));
        assertFalse(lists(f, "2020-12-21T12:00", JobStatus.FINISHED));
    }

    @Test
    void theFirstBadFieldIsTheOneNamed() {
        assertEquals("Field 'since' is not a date YYYY-MM-DD: 'x'",
                refusal("{\"since\": \"x\", \"till\": \"y\", \"status\": \"z\"}"));
        assertEquals("Field 'till' is not a date YYYY-MM-DD: 'y'", refusal("{\"till\": \"y\", \"status\": \"z\"}"));
    }

    // ---- a page: limit and after ----

    @Test
    void withoutLimitOrAfterTheListIsNotPaged() {
        JobFilter f = of("{\"status\": \"FINISHED\"}");
        assertFalse(f.paged());
        assertNull(f.limit());
        assertNull(f.after());
    }

    @Test
    void limitAndAfterAskForAPageNewestFirst() {
        JobFilter f = of("{\"limit\": 50, \"after\": 1234}");
        assertTrue(f.paged());
        assertFalse(f.isEmpty(), "a page selects jobs, e.g. for a bulk cancel");
        assertEquals(50, f.limit());
        assertEquals(1234L, f.after());
    }

    @Test
    void eitherAloneIsAPage() {
        assertTrue(of("{\"limit\": 1}").paged());
        assertNull(of("{\"limit\": 1}").after());
        assertTrue(of("{\"after\": 7}").paged());
        assertNull(of("{\"after\": 7}").limit());
    }

    @Test
    void limitMayBeTextAndNullMeansNone() {
        assertEquals(1000, of("{\"limit\": \"1000\"}").limit());
        assertEquals(20L, of("{\"after\": \" 20 \"}").after());
        assertEquals(JobFilter.NONE, of("{\"limit\": null, \"after\": null}"));
    }

    @Test
    void limitOutsideOneToAThousandIsRefusedNamingIt() {
        for (String bad : new String[] {"0", "-1", "1001", "99999999999999999999"}) {
            String why = refusal("{\"limit\": " + bad + "}");
            assertTrue(why.contains("'limit'") && why.contains("1000"), why);
        }
    }

    @Test
    void limitAndAfterThatAreNoWholeNumbersAreRefusedNamingThem() {
        assertTrue(refusal("{\"limit\": 2.5}").contains("'limit' must be a whole number"));
        assertTrue(refusal("{\"limit\": \"many\"}").contains("'limit' must be a whole number"));
        assertTrue(refusal("{\"limit\": true}").contains("'limit'"));
        assertTrue(refusal("{\"after\": \"x\"}").contains("'after' must be a whole number"));
        assertTrue(refusal("{\"after\": [1]}").contains("'after'"));
    }
}
