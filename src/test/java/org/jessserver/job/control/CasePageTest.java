package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CasePageTest {

    @Test
    void withoutParametersThePageIsTheFirstThousandCases() {
        assertEquals(new CasePage(1000, 0), CasePage.of(null, null));
    }

    @Test
    void limitAndAfterAreTakenAsGiven() {
        assertEquals(new CasePage(1, 0), CasePage.of("1", null));
        assertEquals(new CasePage(1000, 5), CasePage.of("1000", "5"));
        assertEquals(new CasePage(250, 0), CasePage.of(" 250 ", "0"));
        assertEquals(new CasePage(1000, Integer.MAX_VALUE), CasePage.of(null, "2147483647"));
    }

    @Test
    void aLimitOutsideOneToAThousandOrNotANumberIsRefusedNamingIt() {
        for (String bad : new String[] {"0", "1001", "-1", "+5", "1.5", "1e3", "abc", "", "99999999999", "١"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> CasePage.of(bad, null), bad);
            assertEquals("Parameter 'limit' must be a whole number from 1 to 1000, not '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void anAfterThatIsNoCaseNumberIsRefusedNamingIt() {
        for (String bad : new String[] {"-1", "x", "", "2147483648", "3.0"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> CasePage.of("10", bad), bad);
            assertEquals("Parameter 'after' must be a case number, a whole number from 0 to 2147483647, not '" + bad + "'",
                    e.getMessage());
        }
    }
}
