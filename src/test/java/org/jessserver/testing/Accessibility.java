package org.jessserver.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The axe-core accessibility check of the page a browser shows, with axe.min.js from the test's WebJar. */
public final class Accessibility {

    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
    private static final List<String> BLOCKING = List.of("serious", "critical");
    private static String axe;

    private Accessibility() {
    }

    /**
     * The serious and critical violations of the page as it is now, one line each: rule, impact, help and the
     * elements; empty when there are none.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // injected by the test, not served by the server: the page must not depend on it
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
                  .catch(e => done('axe failed: ' + e));""");
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> BLOCKING.contains(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"))
                .toList();
    }

    /** axe.min.js of the WebJar's version, so that pom.xml alone says which axe-core runs. */
    private static synchronized String script() {
        if (axe == null) {
            ClassLoader loader = Accessibility.class.getClassLoader();
            try (InputStream pom = loader.getResourceAsStream(WEBJAR)) {
                if (pom == null) {
                    throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
                }
                Properties p = new Properties();
                p.load(pom);
                String path = "META-INF/resources/webjars/axe-core/" + p.getProperty("version") + "/axe.min.js";
                try (InputStream in = loader.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException(path + " missing from the axe-core WebJar");
                    }
                    axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
