package org.jessserver.testing;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment every Arquillian test uses: the WAR the build produced, served at context root /. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        awaitPreviousServerGone();
        File war = new File(System.getProperty("jess.war", "target/jess-server.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The data folder (JESS_DATA_DIR) of the server Arquillian starts, in this pass of the suite. */
    public static Path serverDataDir() {
        return Path.of(System.getProperty("it.server.data.dir", "target/it-data/arquillian"));
    }

    /**
     * Each test class gets a new Payara Micro on the same data folder; the embedded H2 file stays
     * locked until the previous one has exited, so the next may only start after that.
     */
    private static void awaitPreviousServerGone() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (previousServerAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean previousServerAlive() {
        return ProcessHandle.current().descendants().anyMatch(p -> p.isAlive()
                && p.info().arguments().map(a -> String.join(" ", a).contains("arquillian-payara-micro")).orElse(false));
    }
}
