package org.jessserver.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PathSemicolonFilterTest {

    @Test
    void semicolonsInThePathAreEscapedAndTheQueryIsKept() {
        URI uri = URI.create("http://127.0.0.1:8080/jess_web/api/job/file/1;2/a;b%20c.csv?ext=csv;txt");
        assertEquals(URI.create("http://127.0.0.1:8080/jess_web/api/job/file/1%3B2/a%3Bb%20c.csv?ext=csv;txt"),
                PathSemicolonFilter.escaped(uri, uri.getRawPath()));
    }

    @Test
    void theEscapedPathDecodesToTheIdAsGiven() {
        URI uri = URI.create("http://h/jess_web/api/job/status/7;2");
        assertEquals("/jess_web/api/job/status/7;2", PathSemicolonFilter.escaped(uri, uri.getRawPath()).getPath());
    }
}
