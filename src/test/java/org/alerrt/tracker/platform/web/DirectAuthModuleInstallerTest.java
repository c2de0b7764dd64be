package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.RegistrationListener;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The installer registers the module for the application's own servlet context, through the standard factory. */
class DirectAuthModuleInstallerTest {

    private final Recording factory = new Recording();

    @AfterEach
    void forgetTheFactory() {
        AuthConfigFactory.setFactory(null);
    }

    @Test
    void registersTheModuleForThisApplication() {
        AuthConfigFactory.setFactory(factory);
        ServletContext context = (ServletContext) Proxy.newProxyInstance(
                ServletContext.class.getClassLoader(), new Class<?>[] {ServletContext.class}, (p, m, a) -> null);

        new DirectAuthModuleInstaller().contextInitialized(new ServletContextEvent(context));

        assertInstanceOf(DirectAuthModule.class, factory.module);
        assertSame(context, factory.context);
    }

    /** Records the one registration the installer makes; nothing else is called. */
    private static final class Recording extends AuthConfigFactory {
        ServerAuthModule module;
        Object context;

        @Override
        public String registerServerAuthModule(ServerAuthModule module, Object context) {
            this.module = module;
            this.context = context;
            return "registration";
        }

        @Override
        public void removeServerAuthModule(Object context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuthConfigProvider getConfigProvider(String layer, String appContext, RegistrationListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public String registerConfigProvider(
                String className, Map properties, String layer, String appContext, String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String registerConfigProvider(
                AuthConfigProvider provider, String layer, String appContext, String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeRegistration(String registrationID) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String[] detachListener(RegistrationListener listener, String layer, String appContext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String[] getRegistrationIDs(AuthConfigProvider provider) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RegistrationContext getRegistrationContext(String registrationID) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void refresh() {
            throw new UnsupportedOperationException();
        }
    }
}
