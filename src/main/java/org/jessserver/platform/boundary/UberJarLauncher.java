package org.jessserver.platform.boundary;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    /** Options after which Payara Micro prints or writes something and ends: no server, nothing to check. */
    private static final Set<String> NO_SERVER = Set.of("--help", "--version", "--outputuberjar");

    private UberJarLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.stream(args).map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(NO_SERVER::contains)) {
            bootPayara(args);
            return;
        }
        Optional<String> problem = problem(LaunchSettings.current());
        if (problem.isPresent()) {
            exit(problem.get());
        }
        bootPayara(args);
        Object runtime = runtime();
        // Payara Micro ends with status 0 when it cannot boot (a port in use), and runs on without the application
        if (runtime == null) {
            exit("Payara Micro did not start (its log above names the cause)");
        }
        if (deployed(runtime).isEmpty()) {
            shutDown(runtime);
            exit("the application did not deploy (its log above names the cause)");
        }
    }

    private static void bootPayara(String[] args) throws ReflectiveOperationException {
        Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class).invoke(null, (Object) args);
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
