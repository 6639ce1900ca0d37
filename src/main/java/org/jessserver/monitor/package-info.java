/**
 * Operating the server: the health checks (liveness from this instance's timers; readiness from the database, the
 * data folder and the engines) that MicroProfile Health serves at /health, and the Prometheus metrics at /metrics,
 * counted from the other components' events. No other component imports this one.
 */
package org.jessserver.monitor;
