package org.jessserver.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/** On first start with no account at all, creates the administrator named by JESS_ADMIN_EMAIL / JESS_ADMIN_PASSWORD. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    Settings settings;

    @PostConstruct
    void createFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        String email = settings.adminEmail();
        boolean generated = settings.adminPassword().isBlank();
        String password = generated ? TokenCodec.newPassword() : settings.adminPassword();
        try {
            accounts.create(email, "admin", password, true);
        } catch (InvalidRequestException e) {
            LOG.severe(() -> "Cannot create the administrator " + email + ": " + e.getMessage());
            return;
        } catch (EJBException e) {
            // another instance starting on the same database created it first: the unique e-mail key says so
            LOG.info(() -> "Administrator " + email + " was created by another instance");
            return;
        }
        if (generated) {
            LOG.warning(() -> "Created administrator " + email + " with the generated password: " + password
                    + "  (shown only this once; set JESS_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info(() -> "Created administrator " + email + " with the password from JESS_ADMIN_PASSWORD");
        }
    }
}
