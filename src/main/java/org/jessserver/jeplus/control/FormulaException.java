package org.jessserver.jeplus.control;

/** A jEPlus formula that cannot be parsed or evaluated; the message says what is wrong and where. */
public class FormulaException extends Exception {

    private static final long serialVersionUID = 1L;

    public FormulaException(String message) {
        super(message);
    }
}
