/** The timers that repair and finish what no request finishes: expired leases, stalled preparations, overdue jobs. */
package org.jessserver.sweeper;
