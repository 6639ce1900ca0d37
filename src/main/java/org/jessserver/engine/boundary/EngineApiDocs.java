package org.jessserver.engine.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the engines reply for /openapi: documentation only, never instantiated. */
final class EngineApiDocs {

    static final String EXAMPLE = "{\"ok\":true,\"status\":\"1 engines available\",\"data\":[{\"version\":\"25.2\","
            + "\"path\":\"/home/ada/.local/share/jess-server/energyplus/bin/energyplus\"}]}";

    private EngineApiDocs() {
    }

    @Schema(name = "Engine", requiredProperties = "version")
    static final class Engine {
        @Schema(description = "EnergyPlus major.minor version", example = "25.2")
        public String version;
        @Schema(description = "The executable; present for administrators only")
        public String path;
    }

    @Schema(name = "EnginesReply", description = "\"<n> engines available\", versions ascending",
            requiredProperties = {"ok", "status", "data"})
    static final class Reply {
        public boolean ok;
        public String status;
        @Schema(type = SchemaType.ARRAY, implementation = Engine.class)
        public List<Engine> data;
    }
}
