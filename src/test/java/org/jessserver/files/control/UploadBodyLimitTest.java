package org.jessserver.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadBodyLimitTest {

    private final UploadBodyLimit limit = new UploadBodyLimit(1000);

    @Test
    void aBodyMayBringTheFilesLimitPlusTheMargin() {
        assertEquals(1000 + UploadBodyLimit.MARGIN, limit.maxBodyBytes());
        assertFalse(limit.exceededBy(1000 + UploadBodyLimit.MARGIN));
        assertTrue(limit.exceededBy(1001 + UploadBodyLimit.MARGIN));
        assertFalse(limit.exceededBy(-1), "no length given: counted while read");
        assertEquals(Long.MAX_VALUE, new UploadBodyLimit(Long.MAX_VALUE - 1).maxBodyBytes());
    }

    @Test
    void theRefusalNamesTheLimitInTheWordsOfTheUnpackedFilesRefusal() {
        assertEquals("Upload exceeds the limit of 1000 bytes", limit.refusal().getMessage());
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[(int) limit.maxBodyBytes()];
        UploadBodyLimit.Counted in = limit.count(new ByteArrayInputStream(body));
        assertArrayEquals(body, in.readAllBytes());
        assertFalse(in.exceeded());
    }

    @Test
    void readingStopsAtTheFirstReadThatPassesTheLimitAndEveryLaterReadFailsToo() throws IOException {
        int max = (int) limit.maxBodyBytes();
        UploadBodyLimit.Counted in = limit.count(new ByteArrayInputStream(new byte[max + 100_000]));
        byte[] buf = new byte[8192];
        long read = 0;
        IOException stop = null;
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                read += n;
            }
        } catch (IOException e) {
            stop = e;
        }
        assertTrue(stop != null && in.exceeded(), "the body was cut off");
        assertTrue(read <= max, "read " + read + " bytes before the cut");
        assertThrows(IOException.class, in::read);
        assertThrows(IOException.class, () -> in.skip(1));
    }

    @Test
    void skippedBytesCountAsRead() throws IOException {
        int max = (int) limit.maxBodyBytes();
        InputStream in = limit.count(new ByteArrayInputStream(new byte[max + 10]));
        assertEquals(max - 1, in.skip(max - 1));
        assertEquals(0, in.read());
        assertThrows(IOException.class, in::read);
    }

    @Test
    void aFailedReadFromTheClientIsACutOffNotAnOverflow() {
        UploadBodyLimit.Counted in = limit.count(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("java.util.concurrent.TimeoutException");
            }
        });
        assertThrows(IOException.class, in::read);
        assertTrue(in.cutOff());
        assertFalse(in.exceeded());
        assertEquals("Upload did not arrive in full: the connection failed or stalled",
                UploadBodyLimit.cutOff().getMessage());
    }

    @Test
    void passingTheLimitIsNoCutOff() {
        UploadBodyLimit.Counted in = limit.count(new ByteArrayInputStream(new byte[(int) limit.maxBodyBytes() + 1]));
        assertThrows(IOException.class, in::readAllBytes);
        assertFalse(in.cutOff());
    }
}
