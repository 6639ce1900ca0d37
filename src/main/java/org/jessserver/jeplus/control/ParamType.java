package org.jessserver.jeplus.control;

/** A parameter's value type; it matters only for ranges and samples (a {...} list is verbatim for any type). */
public enum ParamType {
    INTEGER, DOUBLE, DISCRETE, VALUE_SETS
}
