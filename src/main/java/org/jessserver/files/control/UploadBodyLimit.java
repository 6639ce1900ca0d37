package org.jessserver.files.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * How many bytes a multipart request body may bring: JESS_UPLOAD_MAX_BYTES of files plus a margin for what
 * is not file content, the multipart framing (boundaries and part headers, a few hundred bytes a part) and the
 * form fields of POST /job (title, description, case lists).
 */
public final class UploadBodyLimit {

    /** 1 MiB: as much as a JSON command may bring (JESS_JSON_MAX_BYTES' default), the form fields' counterpart. */
    public static final long MARGIN = 1_048_576L;

    private final long maxFileBytes;

    public UploadBodyLimit(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The most a body may have; a body of more is refused. */
    public long maxBodyBytes() {
        return maxFileBytes > Long.MAX_VALUE - MARGIN ? Long.MAX_VALUE : maxFileBytes + MARGIN;
    }

    /** True for a declared length over the limit; an unknown length (-1, chunked) is counted while read. */
    public boolean exceededBy(long contentLength) {
        return contentLength > maxBodyBytes();
    }

    /** A body that stopped arriving: the client went away, or sent nothing for longer than the container waits. */
    public static InvalidRequestException cutOff() {
        return new InvalidRequestException("Upload did not arrive in full: the connection failed or stalled");
    }

    /** The same words as the refusal of files that unpack to more than the limit. */
    public InvalidRequestException refusal() {
        return new InvalidRequestException("Upload exceeds the limit of " + maxFileBytes + " bytes");
    }

    /** The body, read through a count that fails the read which passes the limit. */
    public Counted count(InputStream body) {
        return new Counted(body, maxBodyBytes());
    }

    /** A body that stops with an IOException, which readers pass on as a parse error, once it passes its limit. */
    public static final class Counted extends FilterInputStream {

        private final long limit;
        private long read;
        private boolean exceeded;
        private boolean cutOff;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        /** The body passed the limit: whatever failed afterwards failed because of it. */
        public boolean exceeded() {
            return exceeded;
        }

        /**
         * Reading from the client failed (a reset, the container's read time-out): a failure of the request, not
         * of the server, unlike a failure of the reader while it spools the body (a full disk).
         */
        public boolean cutOff() {
            return cutOff;
        }

        @Override
        public int read() throws IOException {
            check();
            int b = arriving(() -> super.read());
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            check();
            int n = arriving(() -> super.read(buf, off, len));
            add(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            check();
            long skipped = arriving(() -> (int) super.skip(Math.min(n, Integer.MAX_VALUE)));
            add(skipped);
            return skipped;
        }

        private int arriving(Read read) throws IOException {
            try {
                return read.read();
            } catch (IOException e) {
                cutOff = true;
                throw e;
            }
        }

        private void add(long bytes) throws IOException {
            read += bytes;
            check();
        }

        private interface Read {
            int read() throws IOException;
        }

        private void check() throws IOException {
            if (read > limit) {
                exceeded = true;
                throw new IOException("Request body passed its limit of " + limit + " bytes");
            }
        }
    }
}
