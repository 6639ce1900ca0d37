package org.jessserver.platform.boundary;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jessserver.platform.control.ByteSize;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * Bounds the bodies read as text (the JSON commands, filters and log-ons) to JESS_JSON_MAX_BYTES: reading
 * stops at the limit and the call is refused, so a 64 MB log-on costs no more than the limit. Uploads
 * (multipart) are bounded by their own limits while they are staged.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("jess.json.max.bytes", ByteSize.class).orElse(new ByteSize(1L << 20)).bytes();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == String.class) {
            context.setInputStream(new Bounded(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    /** A stream that refuses the request once more than the limit has been read from it. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new InvalidRequestException("Request body is larger than " + limit
                        + " bytes (JESS_JSON_MAX_BYTES): send a smaller JSON object");
            }
        }
    }
}
