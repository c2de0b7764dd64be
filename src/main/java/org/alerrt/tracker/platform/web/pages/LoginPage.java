package org.alerrt.tracker.platform.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.security.TrackerAuthenticationMechanism;

/** The sign-in form: hands the credential to Jakarta Security, then goes to the page asked for or the home page. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(request.getContextPath() + target(request));
            faces.responseComplete();
        } else if (request.getAttribute(TrackerAuthenticationMechanism.SIGN_IN_RETRY_AFTER) instanceof Long seconds) {
            // the password was not checked: saying so does not tell whether the account exists
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(seconds));
            Pages.error("Too many failed sign-ins for this username or from your network. Sign-in is locked for "
                    + seconds + " more second" + (seconds == 1 ? "" : "s") + "; try again then.");
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Pages.error("Unknown username or wrong password.");
        }
    }

    /** Only a local path is followed, so the sign-in page cannot be used to send people elsewhere. */
    private String target(HttpServletRequest request) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
            return next;
        }
        return request.isUserInRole(Roles.ADMIN) ? "/admin/completions" : "/learner/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
