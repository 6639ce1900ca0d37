package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/** This process's name in case leases: unique per start, readable in logs (host, pid, random part). */
@ApplicationScoped
public class InstanceId {

    private final String id = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    public String value() {
        return id.length() <= 64 ? id : id.substring(id.length() - 64);
    }
}
