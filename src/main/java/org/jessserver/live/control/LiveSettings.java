package org.jessserver.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How live streams look for changes. The margin: each read goes back this far before the last one, for the clocks
 * of other instances and for commits that land after the moment they wrote; states already sent are not sent again.
 */
@ApplicationScoped
public class LiveSettings {

    /** A comment this often on a quiet stream. */
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** Sessions of open streams are checked this often, all in one query. */
    public static final Duration SESSION_CHECK = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "jess.live.margin")
    Duration margin;

    public Duration margin() {
        return margin;
    }
}
