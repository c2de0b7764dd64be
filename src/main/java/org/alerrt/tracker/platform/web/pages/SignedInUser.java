package org.alerrt.tracker.platform.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.security.Roles;

/** The signed-in person as pages see it ({@code #{user}}): name, and the learner id for ownership checks. */
@Named("user")
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    public Optional<Caller> caller() {
        return CurrentCaller.of(request);
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getName() {
        return caller().map(Caller::name).orElse("");
    }

    /** The learner id of a signed-in learner; pages use it to show only the learner's own records. */
    public long learnerId() {
        return caller().filter(c -> c.hasRole(Roles.LEARNER))
                .map(Caller::id)
                .orElseThrow(() -> new IllegalStateException("not signed in as a learner"));
    }
}
