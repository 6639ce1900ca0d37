/**
 * Cancelling jobs: a user's request and the bulk request, the flags a disabled account's jobs get, the timer that
 * finishes every flagged job on every instance, and the work that stops its runs. The state changes themselves are
 * the job component's transitions.
 */
package org.jessserver.cancel;
