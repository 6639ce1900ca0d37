package org.jessserver.dispatch.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.dispatch.control.DispatchSettings;
import org.jessserver.dispatch.control.InstanceId;
import org.jessserver.dispatch.control.LeaseWatch;
import org.jessserver.dispatch.control.InFlight;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.platform.control.TimerTicks;

/**
 * Every 3 seconds, renews the leases of the cases this instance has in its executor's hands; a dead instance stops
 * renewing, and so does a live one for a case it lost track of. Every second,
 * independently of a beat that may hang on the database, checks that the beats succeed, or stops this instance's runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseHeartbeat {

    private static final Logger LOG = Logger.getLogger(LeaseHeartbeat.class.getName());

    @Inject
    CaseTransitions transitions;

    @Inject
    InstanceId instance;

    @Inject
    DispatchSettings settings;

    @Inject
    LeaseWatch watch;

    @Inject
    InFlight inFlight;

    @Inject
    TimerTicks ticks;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    void beat() {
        ticks.ran(TimerTicks.HEARTBEAT);
        watch.beatStarted();
        try {
            transitions.renewLeases(instance.value(), settings.lease().toMillis(), inFlight.leased());
            watch.renewed();
        } catch (RuntimeException e) {
            watch.beatFailed();
            LOG.log(Level.WARNING, "Could not renew case leases; the next beat tries again", e);
        }
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void watch() {
        ticks.ran(TimerTicks.LEASE_WATCH);
        watch.check(settings.lease());
    }
}
