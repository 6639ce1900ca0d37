package org.jessserver.jeplus.control;

/** A case whose model cannot be prepared (a failing formula, a missing file, EP-Macro without output): it fails. */
public class CasePreparationException extends Exception {

    private static final long serialVersionUID = 1L;

    public CasePreparationException(String message) {
        super(message);
    }

    public CasePreparationException(String message, Throwable cause) {
        super(message, cause);
    }
}
