package org.jessserver.platform.boundary;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.jessserver.platform.control.LaunchSettings;
import org.jessserver.platform.control.StartChecks;

/**
 * The main class of target/jess-server.jar (pom.xml sets it): checks what the server needs, boots
 * Payara Micro, and ends the process with one line naming the cause when the server cannot work.
 * Payara Micro itself runs on without the application when its deployment fails, answering every
 * path with an HTML 404. Only the uberjar starts here: on a full application server nothing exits.
 */
public final class UberJarLauncher {

    static final String PREFIX = "jess-server: cannot start: ";
    /** A server stopped just before this one may hold the H2 file, or a database server be starting, this long. */
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(10);

    private UberJarLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> problem = problem(LaunchSettings.current());
        if (problem.isPresent()) {
            exit(problem.get());
        }
        Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class).invoke(null, (Object) args);
        Object runtime = runtime();
        // no runtime: --help, --version or --outputUberJar, or a boot that failed and was reported by Payara
        if (runtime != null && deployed(runtime).isEmpty()) {
            shutDown(runtime);
            exit("the application did not deploy (its log above names the cause)");
        }
    }

    /** The first thing the server lacks, found before Payara boots, so that the line is all that is printed. */
    private static Optional<String> problem(LaunchSettings settings) throws InterruptedException {
        Optional<String> problem = settings.dataDir().flatMap(StartChecks::dataFolder);
        if (problem.isEmpty() && settings.h2File().isPresent()) {
            problem = StartChecks.databaseFile(settings.h2File().get(), DATABASE_WAIT);
        }
        if (problem.isEmpty() && settings.postgresServer().isPresent()) {
            problem = StartChecks.databaseServer(settings.postgresServer().get(), DATABASE_WAIT);
        }
        return problem;
    }

    /** Payara Micro's runtime once booted; null if it is not running. Reflection: Payara's classes are not ours to compile against. */
    private static Object runtime() throws ReflectiveOperationException {
        try {
            Object boot = Class.forName("fish.payara.micro.boot.PayaraMicroLauncher").getMethod("getBootClass").invoke(null);
            return boot.getClass().getMethod("getRuntime").invoke(boot);
        } catch (InvocationTargetException notRunning) {
            return null;
        }
    }

    private static Collection<?> deployed(Object runtime) throws ReflectiveOperationException {
        return (Collection<?>) runtime.getClass().getMethod("getDeployedApplicationNames").invoke(runtime);
    }

    private static void shutDown(Object runtime) {
        try {
            runtime.getClass().getMethod("shutdown").invoke(runtime);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // exiting anyway: the JVM's end stops what is left
        }
    }

    private static void exit(String problem) {
        System.err.println(PREFIX + problem);
        System.err.flush();
        System.exit(1);
    }
}
