package org.jessserver.account.control;

import jakarta.security.enterprise.credential.Credential;

/** A session token presented by a client, as a Jakarta Security credential. */
public record TokenCredential(String token) implements Credential {
}
