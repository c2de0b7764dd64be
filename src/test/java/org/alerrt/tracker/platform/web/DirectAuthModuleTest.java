package org.alerrt.tracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.alerrt.tracker.platform.security.Roles;
import org.glassfish.soteria.mechanisms.jaspic.Jaspic;
import org.junit.jupiter.api.Test;

/**
 * The module calls the mechanism it was given, with no CDI container to look one up in (Jakarta Security's own
 * bridge module would fail here), and keeps the bridge's contract: the container learns the caller and groups
 * through the callback handler, and the outcome is left on the request for {@code SecurityContext.authenticate}.
 */
class DirectAuthModuleTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final List<Callback> callbacks = new ArrayList<>();
    private final MessageInfo message = new Message(request(attributes), response());

    @Test
    void aSignedInCallerReachesTheContainerWithItsGroups() throws Exception {
        DirectAuthModule module =
                module((request, response, context) -> context.notifyContainerAboutLogin("alice", Set.of(Roles.ADMIN)));

        AuthStatus status = module.validateRequest(message, new Subject(), null);

        assertEquals(AuthStatus.SUCCESS, status);
        assertEquals("alice", ((CallerPrincipalCallback) callbacks.get(0)).getName());
        assertEquals(List.of(Roles.ADMIN), List.of(((GroupPrincipalCallback) callbacks.get(1)).getGroups()));
        assertEquals(AuthenticationStatus.SUCCESS, Jaspic.getLastAuthenticationStatus(request(attributes)));
    }

    @Test
    void aRefusalIsSentAndLeftOnTheRequest() throws Exception {
        DirectAuthModule module = module((request, response, context) -> AuthenticationStatus.SEND_FAILURE);

        assertEquals(AuthStatus.SEND_FAILURE, module.validateRequest(message, new Subject(), null));
        assertEquals(AuthenticationStatus.SEND_FAILURE, Jaspic.getLastAuthenticationStatus(request(attributes)));
        assertEquals(List.of(), callbacks);
    }

    @Test
    void aPublicRequestPassesUnauthenticated() throws Exception {
        DirectAuthModule module = module((request, response, context) -> context.doNothing());

        assertEquals(AuthStatus.SUCCESS, module.validateRequest(message, new Subject(), null));
        assertEquals(AuthenticationStatus.NOT_DONE, Jaspic.getLastAuthenticationStatus(request(attributes)));
    }

    @Test
    void aMechanismFailureBecomesAnAuthExceptionWithItsCause() {
        AuthenticationException cause = new AuthenticationException("store down");
        DirectAuthModule module = module((request, response, context) -> {
            throw cause;
        });

        AuthException thrown =
                assertThrows(AuthException.class, () -> module.validateRequest(message, new Subject(), null));

        assertEquals(cause, thrown.getCause());
        assertEquals(AuthenticationStatus.SEND_FAILURE, Jaspic.getLastAuthenticationStatus(request(attributes)));
    }

    @Test
    void aSecuredResponseCountsAsSent() throws Exception {
        DirectAuthModule module = module((request, response, context) -> context.doNothing());

        assertEquals(AuthStatus.SEND_SUCCESS, module.secureResponse(message, null));
    }

    private DirectAuthModule module(Validation validation) {
        DirectAuthModule module = new DirectAuthModule(validation);
        module.initialize(null, null, handled -> callbacks.addAll(List.of(handled)), Map.of());
        return module;
    }

    /** A mechanism given as its validateRequest alone. */
    @FunctionalInterface
    private interface Validation extends HttpAuthenticationMechanism {
        @Override
        AuthenticationStatus validateRequest(
                HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
                throws AuthenticationException;
    }

    private static HttpServletRequest request(Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> null;
                });
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> null);
    }

    private record Message(HttpServletRequest request, HttpServletResponse response, Map<String, Object> map)
            implements MessageInfo {
        Message(HttpServletRequest request, HttpServletResponse response) {
            this(request, response, new HashMap<>());
        }

        @Override
        public Object getRequestMessage() {
            return request;
        }

        @Override
        public Object getResponseMessage() {
            return response;
        }

        @Override
        public void setRequestMessage(Object request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseMessage(Object response) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Map getMap() {
            return map;
        }
    }
}
