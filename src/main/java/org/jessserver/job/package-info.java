/**
 * Simulation jobs and their cases: submission, preparation into cases, both state machines (a job's status and
 * counts in {@code JobTransitions}, a case's state in {@code CaseTransitions}), listing, status and progress
 * counts, and the /jess_web/api job resources.
 */
package org.jessserver.job;
