/** Simulation jobs: submission, lifecycle, listing, status and cancel, and the /jess_web/api resources. */
package org.jessserver.job;
