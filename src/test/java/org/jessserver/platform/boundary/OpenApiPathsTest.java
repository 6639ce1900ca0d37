package org.jessserver.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JAX-RS templates with regular expressions become OpenAPI path templates. */
class OpenApiPathsTest {

    @Test
    void regularExpressionsAreTakenOut() {
        assertEquals("/jess_web/api/job/file/{id}/{path}", OpenApiPaths.template("/jess_web/api/job/file/{id}/{path: .+}"));
        assertEquals("/users/api/files/{path}", OpenApiPaths.template("/users/api/files/{ path : [a-z]+ }"));
        assertEquals("/users/api/users/{email}", OpenApiPaths.template("/users/api/users/{email}"));
    }
}
