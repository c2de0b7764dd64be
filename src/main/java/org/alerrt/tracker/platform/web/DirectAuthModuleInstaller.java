package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.security.TrackerAuthenticationMechanism;

/**
 * Registers {@link DirectAuthModule} for this application once Jakarta Security has registered its bridge module
 * (a servlet container initializer, so before any listener). A registration for the same application context
 * replaces the earlier one ({@code AuthConfigFactory.registerServerAuthModule}); Jakarta Security's own
 * listener removes it when the application stops.
 */
public class DirectAuthModuleInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DirectAuthModuleInstaller.class.getName());

    @Inject
    TrackerAuthenticationMechanism mechanism;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String registration = AuthConfigFactory.getFactory()
                .registerServerAuthModule(new DirectAuthModule(mechanism), event.getServletContext());
        LOG.fine(() -> "Authentication module registered: " + registration);
    }
}
