package org.jessserver.platform.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.Test;

/**
 * /openapi describes every JAX-RS resource method of the application: a new call without a description, or a
 * path the generator spells wrongly, fails the build.
 */
@OnePass
class OpenApiIT extends OnDeployedServer {

    @Test
    void everyResourceMethodIsDescribed() {
        JsonPath doc = document();
        Set<String> described = new TreeSet<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().forEach(m -> described.add(m.toUpperCase() + " " + path)));
        Set<String> declared = declared();
        assertTrue(described.containsAll(declared), "not in /openapi: " + minus(declared, described));
        assertTrue(declared.containsAll(described), "in /openapi but no resource method: " + minus(described, declared));
    }

    @Test
    void everyOperationHasAnIdASummaryAndItsSuccessReply() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String where = method + " " + path;
            assertTrue(op.get("operationId") instanceof String, where + ": no operationId");
            assertTrue(op.get("summary") instanceof String, where + ": no summary");
            assertTrue(((Map<?, ?>) op.get("responses")).containsKey("200"), where + ": no 200 reply");
            ids.add((String) op.get("operationId"));
        }));
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds repeat: " + ids);
    }

    private JsonPath document() {
        return given().accept("application/json").get(root() + "openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath();
    }

    /** /openapi is served at the server's root, whatever the application's context root. */
    private String root() {
        return deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/";
    }

    /** "GET /jess_web/api/job/status/{id}" for every resource method, templates without their regular expressions. */
    private static Set<String> declared() {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jessserver")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = c.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                Path sub = m.getAnnotation(Path.class);
                if (verb == null && sub != null) {
                    // a sub-resource locator: ours lead to event streams and their refusals, all of them GET
                    verb = HttpMethod.GET;
                }
                if (verb != null) {
                    out.add(verb + " " + template(base, sub == null ? "" : sub.value()));
                }
            }
        }
        return out;
    }

    private static String verb(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String template(String base, String sub) {
        String path = "/" + strip(base) + (sub.isEmpty() ? "" : "/" + strip(sub));
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static String strip(String p) {
        String s = p.startsWith("/") ? p.substring(1) : p;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
