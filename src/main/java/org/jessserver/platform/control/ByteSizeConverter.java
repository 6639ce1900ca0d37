package org.jessserver.platform.control;

import org.eclipse.microprofile.config.spi.Converter;

/** Reads the size settings for MicroProfile Config, as {@link ByteSize#parse} does; registered in META-INF/services. */
public class ByteSizeConverter implements Converter<ByteSize> {

    @Override
    public ByteSize convert(String value) {
        // MicroProfile Config's contract: an empty value is no value (the default applies)
        return value == null || value.isBlank() ? null : ByteSize.parse(value);
    }
}
