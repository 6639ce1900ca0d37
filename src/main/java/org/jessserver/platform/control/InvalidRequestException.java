package org.jessserver.platform.control;

import jakarta.ejb.ApplicationException;

/** A request the server understood but cannot act on; the client gets ok:false with this message. */
// an application exception: EJBs pass it to the caller unwrapped (and roll their transaction back)
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
