package org.jessserver.simcase.control;

import java.util.Optional;
import org.jessserver.simcase.entity.SimCase;

/** What one worker transaction did: whether the recorded case was its job's last, and the next case claimed. */
public record Step(boolean jobDone, Optional<SimCase> next) {
}
