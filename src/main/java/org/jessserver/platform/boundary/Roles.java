package org.jessserver.platform.boundary;

/** The security roles; a group of the same name grants each one. */
public final class Roles {
    public static final String USER = "user";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
