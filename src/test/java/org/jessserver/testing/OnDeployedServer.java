package org.jessserver.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the black-box tests: Arquillian deploys the built WAR on a managed Payara Micro of its own for
 * the test class, and the test calls it over real HTTP as a client, at {@link #deployment}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OnDeployedServer {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    /** The deployed application's base URL. */
    @ArquillianResource
    protected URL deployment;
}
