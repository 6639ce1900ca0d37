package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplaySizeTest {

    @Test
    void matchesEverySizeJessShowedForTheSameByteCounts() {
        // 62.31 and 37.72 but 13.90: JESS rounds the single-precision value; the recorded "Retrieve Result File List" reply of JESS_API_example_public.ipynb
        assertEquals("0 B", DisplaySize.of(0));
        assertEquals("97 B", DisplaySize.of(97));
        assertEquals("233 B", DisplaySize.of(233));
        assertEquals("1.51 kB", DisplaySize.of(1514));
        assertEquals("5.42 kB", DisplaySize.of(5416));
        assertEquals("13.90 kB", DisplaySize.of(13895));
        assertEquals("62.31 kB", DisplaySize.of(62315));
        assertEquals("37.72 kB", DisplaySize.of(37725));
        assertEquals("17.06 kB", DisplaySize.of(17064));
        assertEquals("54.89 kB", DisplaySize.of(54891));
        assertEquals("4.19 kB", DisplaySize.of(4190));
        assertEquals("10.57 kB", DisplaySize.of(10573));
        assertEquals("31.45 kB", DisplaySize.of(31449));
        assertEquals("10.52 kB", DisplaySize.of(10523));
        assertEquals("19.87 kB", DisplaySize.of(19866));
        assertEquals("28.04 kB", DisplaySize.of(28041));
        assertEquals("160.5 kB", DisplaySize.of(160502));
        assertEquals("596.6 kB", DisplaySize.of(596643));
        assertEquals("1.55 MB", DisplaySize.of(1547758));
        assertEquals("10.76 MB", DisplaySize.of(10757435));
    }

    @Test
    void twoDecimalsBelowAHundredAndOneFromAHundred() {
        assertEquals("999 B", DisplaySize.of(999));
        assertEquals("1.00 kB", DisplaySize.of(1000));
        assertEquals("99.99 kB", DisplaySize.of(99_990));
        assertEquals("100.0 kB", DisplaySize.of(99_996));
        assertEquals("223.9 kB", DisplaySize.of(223_900));
        assertEquals("2.50 GB", DisplaySize.of(2_500_000_000L));
    }

    @Test
    void aValueThatRoundsToAThousandMovesToTheNextUnit() {
        assertEquals("999.9 kB", DisplaySize.of(999_940));
        assertEquals("1.00 MB", DisplaySize.of(999_960));
        assertEquals("1.00 GB", DisplaySize.of(999_999_999));
    }

    @Test
    void theUploadAreaShowsEverySizeAsJessRecordedIt() {
        // the recorded replies of Users_API_example_public.ipynb
        assertEquals("0.17 KB", DisplaySize.inKilobytes(167));
        assertEquals("1.44 MB", DisplaySize.inKilobytes(1439809));
        assertEquals("1.44 MB", DisplaySize.inKilobytes(1440039));
        assertEquals("1.44 MB", DisplaySize.inKilobytes(1441330));
        assertEquals("1.44 MB", DisplaySize.inKilobytes(1438895));
        assertEquals("4.84 KB", DisplaySize.inKilobytes(4837));
        assertEquals("3.20 KB", DisplaySize.inKilobytes(3203));
        assertEquals("7.82 KB", DisplaySize.inKilobytes(7822));
        assertEquals("223.9 KB", DisplaySize.inKilobytes(223949));
    }

    @Test
    void theUploadAreaNeverShowsBytes() {
        assertEquals("0.00 KB", DisplaySize.inKilobytes(0));
        assertEquals("0.00 KB", DisplaySize.inKilobytes(1));
        assertEquals("1.00 KB", DisplaySize.inKilobytes(999));
        assertEquals("99.99 KB", DisplaySize.inKilobytes(99990));
        assertEquals("100.0 KB", DisplaySize.inKilobytes(99999));
        assertEquals("999.9 KB", DisplaySize.inKilobytes(999900));
        assertEquals("1.00 MB", DisplaySize.inKilobytes(999990));
        assertEquals("10.74 GB", DisplaySize.inKilobytes(10737418240L));
    }
}
