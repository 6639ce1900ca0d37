/** Running cases on this instance: claiming queued cases with a lease, heartbeats, the worker pool. */
package org.jessserver.dispatch;
