/**
 * jEPlus parametric projects: loading a project, expanding it into cases (lists, ranges, samples, job-list files),
 * writing each case's model, and collecting the result tables. Written independently from the behaviour described
 * in docs/jeplus.md, never from jEPlus's own (GPL) source.
 */
package org.jessserver.jeplus;
