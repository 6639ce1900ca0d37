/**
 * Live job status: server-sent event streams of one job or of all of a user's jobs, fed by one timer per instance
 * that asks the database once a second for the jobs changed on any instance.
 */
package org.jessserver.live;
