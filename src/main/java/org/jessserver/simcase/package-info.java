/** Simulation cases: their states, transitions guarded in the database, and the progress counts of a job. */
package org.jessserver.simcase;
