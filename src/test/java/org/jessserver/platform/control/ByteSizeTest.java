package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    private final ByteSizeConverter converter = new ByteSizeConverter();

    @Test
    void aPlainByteCountStillWorks() {
        assertEquals(new ByteSize(67_108_864), converter.convert("67108864"));
        assertEquals(new ByteSize(0), converter.convert("0"));
        assertEquals(new ByteSize(10_737_418_240L), converter.convert("10737418240"));
    }

    @Test
    void binaryUnitsArePowersOf1024AndDecimalOnesOf1000() {
        assertEquals(1024, converter.convert("1KiB").bytes());
        assertEquals(64L << 20, converter.convert("64MiB").bytes());
        assertEquals(1L << 30, converter.convert("1GiB").bytes());
        assertEquals(2L << 40, converter.convert("2TiB").bytes());
        assertEquals(1_000, converter.convert("1KB").bytes());
        assertEquals(20_000_000, converter.convert("20MB").bytes());
        assertEquals(10_000_000_000L, converter.convert("10GB").bytes());
        assertEquals(3_000_000_000_000L, converter.convert("3TB").bytes());
        assertEquals(512, converter.convert("512B").bytes());
    }

    @Test
    void unitsInAnyCaseWithOrWithoutASpace() {
        assertEquals(64L << 20, converter.convert("64 mib").bytes());
        assertEquals(64L << 20, converter.convert(" 64MIB ").bytes());
        assertEquals(10_000_000_000L, converter.convert("10 gb").bytes());
    }

    @Test
    void anEmptyValueIsNoValueSoThatTheDefaultApplies() {
        assertNull(converter.convert(""));
    }

    @Test
    void saysWhatIsWrongAndWhatWouldWork() {
        for (String bad : new String[] {"lots", "64M", "1.5GiB", "64 MiB free", "MiB", "1e9"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> converter.convert(bad), bad);
            assertEquals("'" + bad + "' is not a size: write a number of bytes, or one with a unit: 64MiB, 1 GiB, 10GB"
                    + " (KiB, MiB, GiB, TiB: powers of 1024; KB, MB, GB, TB: powers of 1000)", e.getMessage());
        }
    }

    @Test
    void aSizeTooLargeToCountIsRefusedNotWrappedAround() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> converter.convert("9000000TiB"));
        assertTrue(e.getMessage().startsWith("'9000000TiB' is more bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> converter.convert("99999999999999999999"));
    }
}
