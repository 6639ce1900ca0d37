package org.jessserver.platform.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The bare version object that GET /info answers on both API bases; the numbers are integers, as JESS gives them. */
// Yasson orders by the Java names, not the JSON names
@JsonbPropertyOrder({"title", "description", "major", "minor", "revision", "release", "update", "notice"})
public record VersionInfo(
        @JsonbProperty("Title") String title,
        @JsonbProperty("Description") String description,
        @JsonbProperty("Major") int major,
        @JsonbProperty("Minor") int minor,
        @JsonbProperty("Revision") int revision,
        @JsonbProperty("Release") String release,
        @JsonbProperty("Update") int update,
        @JsonbProperty("Notice") String notice) {

    private static final String RELEASE = "2026-11-30";
    private static final String NOTICE = "jess-server, an open self-hostable server of the JESS web API";

    public static VersionInfo usersApi() {
        return new VersionInfo("JESS User & Account API", "Log-on, session and account calls of jess-server",
                1, 0, 0, RELEASE, 0, NOTICE);
    }

    public static VersionInfo jessApi() {
        return new VersionInfo("JESS Web API", "EnergyPlus and jEPlus simulation jobs on jess-server",
                1, 0, 0, RELEASE, 1, NOTICE);
    }
}
