package org.jessserver.platform.control;

/**
 * A write that found no room on the server's disk: the request at hand is refused with ok:false naming what
 * could not be done, like any other refusal (and, in an EJB, its transaction is rolled back).
 */
public class DiskFullException extends InvalidRequestException {

    public DiskFullException(String message) {
        super(message);
    }
}
