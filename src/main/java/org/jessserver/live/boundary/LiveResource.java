package org.jessserver.live.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Optional;
import org.jessserver.account.boundary.Caller;
import org.jessserver.account.control.LiveSessions;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.job.control.JobIds;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.Job;
import org.jessserver.live.control.StatusEvent;
import org.jessserver.live.control.StatusStreams;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;

/**
 * The live status streams (text/event-stream): one job's until it ends, or all of the caller's jobs. Each path
 * leads to a stream, or to the JSON refusal that GET /job/status gives for a job that is missing or not the caller's.
 * Locators run before the container checks roles (it checks resource methods): an anonymous call is led to one
 * whose role check answers it as every other call's does.
 */
@Path("jess_web/api")
@ApplicationScoped
@RolesAllowed(Roles.USER)
public class LiveResource {

    /** At most this many jobs start a stream of all jobs: the latest changed ones. */
    static final int FIRST_MAX = 1000;

    @Inject
    Caller caller;

    @Inject
    Jobs jobs;

    @Inject
    StatusStreams streams;

    @Path("job/events/{id}")
    public Object jobEvents(@PathParam("id") String id, @HeaderParam("Last-Event-ID") String lastEventId) {
        if (!caller.loggedOn()) {
            return new NotLoggedOn();
        }
        AccountPrincipal me = caller.principal();
        Optional<Job> job = JobIds.parse(id).flatMap(n -> jobs.owned(n, me.accountId()));
        if (job.isEmpty()) {
            return new JsonRefusal(Reply.refused(JobIds.notAccessible(id, me.email())));
        }
        long readAt = System.nanoTime();
        StatusEvent now = StatusEvents.of(job.get());
        boolean seen = String.valueOf(now.lastUpdate()).equals(lastEventId == null ? null : lastEventId.trim());
        if (seen && now.terminal()) {
            return new StreamEnded();
        }
        return new StreamOpening(streams, me.accountId(), now.jobId(), sessionKey(), readAt,
                seen ? List.of() : List.of(now), seen ? List.of(now) : List.of());
    }

    /**
     * All of the caller's jobs: first the jobs not yet ended (or, for a client that comes back with Last-Event-ID,
     * those changed since that moment), then every change.
     */
    @Path("jobs/events")
    public Object allEvents(@HeaderParam("Last-Event-ID") String lastEventId) {
        if (!caller.loggedOn()) {
            return new NotLoggedOn();
        }
        AccountPrincipal me = caller.principal();
        long readAt = System.nanoTime();
        List<StatusEvent> first = jobs.streamStart(me.accountId(), since(lastEventId), FIRST_MAX).stream()
                .map(StatusEvents::of).toList();
        return new StreamOpening(streams, me.accountId(), null, sessionKey(), readAt, first, List.of());
    }

    private String sessionKey() {
        return LiveSessions.sessionKey(caller.sessionToken());
    }

    /** The moment of a Last-Event-ID (a last update), or null when there is none or it is not one. */
    private static Long since(String lastEventId) {
        try {
            return lastEventId == null || lastEventId.isBlank() ? null : Long.valueOf(lastEventId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
