package org.alerrt.tracker.platform.web;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import org.alerrt.tracker.platform.security.TrackerAuthenticationMechanism;
import org.glassfish.soteria.mechanisms.HttpMessageContextImpl;
import org.glassfish.soteria.mechanisms.jaspic.Jaspic;

/**
 * The Jakarta Authentication module that calls {@link TrackerAuthenticationMechanism}: the same contract as the
 * bridge module Jakarta Security registers (Soteria's, with its {@link HttpMessageContext} and its request
 * attributes, so {@code SecurityContext.authenticate} and the container's login work unchanged), but holding the
 * mechanism instead of looking it up. Soteria's bridge resolves the mechanism through a new JNDI
 * {@code InitialContext} and {@code java:comp/BeanManager} on each of validateRequest and secureResponse, for every
 * request, public pages included: about a tenth of the server's CPU on a verification request
 * (docs/PERFORMANCE.md). {@link DirectAuthModuleInstaller} puts this module in the bridge's place.
 */
final class DirectAuthModule implements ServerAuthModule {

    private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};

    private final HttpAuthenticationMechanism mechanism;
    private CallbackHandler handler;

    DirectAuthModule(HttpAuthenticationMechanism mechanism) {
        this.mechanism = mechanism;
    }

    @Override
    public void initialize(
            MessagePolicy requestPolicy,
            MessagePolicy responsePolicy,
            CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return MESSAGE_TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo messageInfo, Subject client, Subject service) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, messageInfo, client);
        HttpServletRequest request = context.getRequest();
        // SecurityContext.authenticate reads the outcome back from this request attribute, as with the bridge
        Jaspic.setLastAuthenticationStatus(request, AuthenticationStatus.NOT_DONE);
        AuthenticationStatus status;
        try {
            status = mechanism.validateRequest(request, context.getResponse(), context);
        } catch (AuthenticationException e) {
            Jaspic.setLastAuthenticationStatus(request, AuthenticationStatus.SEND_FAILURE);
            throw failure("Authentication failure in the authentication mechanism", e);
        }
        Jaspic.setLastAuthenticationStatus(request, status);
        return Jaspic.fromAuthenticationStatus(status);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo messageInfo, Subject service) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, messageInfo, null);
        AuthStatus status;
        try {
            status = Jaspic.fromAuthenticationStatus(
                    mechanism.secureResponse(context.getRequest(), context.getResponse(), context));
        } catch (AuthenticationException e) {
            throw failure("Secure response failure in the authentication mechanism", e);
        }
        // a module's secureResponse reports a sent response as SEND_SUCCESS, the mechanism's as SUCCESS
        return status == AuthStatus.SUCCESS ? AuthStatus.SEND_SUCCESS : status;
    }

    @Override
    public void cleanSubject(MessageInfo messageInfo, Subject subject) {
        HttpMessageContext context = new HttpMessageContextImpl(handler, messageInfo, subject);
        mechanism.cleanSubject(context.getRequest(), context.getResponse(), context);
    }

    private static AuthException failure(String message, AuthenticationException cause) {
        AuthException failure = new AuthException(message);
        failure.initCause(cause);
        return failure;
    }
}
