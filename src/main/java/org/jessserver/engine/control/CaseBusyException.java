package org.jessserver.engine.control;

import java.io.IOException;

/** The case folder is in use by a run of another live server on this host: the case must not start a second run. */
public class CaseBusyException extends IOException {

    private static final long serialVersionUID = 1L;

    public CaseBusyException(String message) {
        super(message);
    }
}
