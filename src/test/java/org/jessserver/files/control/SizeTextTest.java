package org.jessserver.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizeTextTest {

    @Test
    void everySizeJessRecordedReadsTheSame() {
        assertEquals("0.17 KB", SizeText.of(167));
        assertEquals("1.44 MB", SizeText.of(1439809));
        assertEquals("1.44 MB", SizeText.of(1440039));
        assertEquals("1.44 MB", SizeText.of(1441330));
        assertEquals("1.44 MB", SizeText.of(1438895));
        assertEquals("4.84 KB", SizeText.of(4837));
        assertEquals("3.20 KB", SizeText.of(3203));
        assertEquals("7.82 KB", SizeText.of(7822));
        assertEquals("223.9 KB", SizeText.of(223949));
    }

    @Test
    void smallAndRoundedUpSizes() {
        assertEquals("0.00 KB", SizeText.of(0));
        assertEquals("0.00 KB", SizeText.of(1));
        assertEquals("1.00 KB", SizeText.of(999));
        assertEquals("99.99 KB", SizeText.of(99990));
        assertEquals("100.0 KB", SizeText.of(99999));
        assertEquals("999.9 KB", SizeText.of(999900));
        // rounding would make it 1000.0 KB: the next unit reads better
        assertEquals("1.00 MB", SizeText.of(999990));
        assertEquals("10.74 GB", SizeText.of(10737418240L));
    }
}
