package org.jessserver.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void plainAsciiNamesAreSentAsJessSendsThem() {
        assertEquals("attachment; filename=\"job_12259.zip\"", ContentDisposition.attachment("job_12259.zip"));
        assertEquals("attachment; filename=\"my model (v2); final.idf\"",
                ContentDisposition.attachment("my model (v2); final.idf"));
    }

    @Test
    void nonAsciiLettersGetAnAsciiStandInAndTheExactUtf8Name() {
        assertEquals("attachment; filename=\"resume.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt",
                ContentDisposition.attachment("résumé.txt"));
        assertEquals("attachment; filename=\"__.csv\"; filename*=UTF-8''%E5%A4%A9%E6%B0%94.csv",
                ContentDisposition.attachment("天气.csv"));
    }

    @Test
    void quotesBackslashesAndPercentSignsCannotBreakTheQuotedName() {
        assertEquals("attachment; filename=\"a _b_ c.txt\"; filename*=UTF-8''a%20%22b%22%20c.txt",
                ContentDisposition.attachment("a \"b\" c.txt"));
        assertEquals("attachment; filename=\"x_y\"; filename*=UTF-8''x%5Cy", ContentDisposition.attachment("x\\y"));
        assertEquals("attachment; filename=\"100_.csv\"; filename*=UTF-8''100%25.csv",
                ContentDisposition.attachment("100%.csv"));
    }

    @Test
    void theExtendedValueKeepsOnlyRfc5987CharactersUnencoded() {
        assertEquals("a-Z_0.9!#$&+^`|~%27%28%29%2A%2C%3B%3D", ContentDisposition.percentEncoded("a-Z_0.9!#$&+^`|~'()*,;="));
    }
}
