package org.jessserver.jeplus.control;

/** How execSettings samples a subset: random whole cases, a Latin hypercube, or a Sobol sequence (refused). */
public enum SampleOption {
    SHUFFLE, LHS, SOBOL
}
