package org.alerrt.tracker.platform.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.platform.security.throttle.SignInThrottle;
import org.alerrt.tracker.platform.security.throttle.ThrottleCounter;
import org.alerrt.tracker.platform.security.throttle.ThrottleKind;

/** The locks of the sign-in throttle on {@code /admin/}: what is locked now, and a button to lift each. */
@Named
@RequestScoped
public class SignInLocksPage {

    @Inject
    SignInThrottle throttle;

    private List<ThrottleCounter> locks;

    public List<ThrottleCounter> getLocks() {
        if (locks == null) {
            Instant now = Instant.now();
            locks = throttle.list().stream().filter(c -> c.lockedAt(now)).toList();
        }
        return locks;
    }

    public void clear(String kind, String key) {
        ThrottleKind.parse(kind).ifPresent(k -> throttle.clear(k, key));
        locks = null;
        Pages.info("Sign-in lock of " + key + " cleared.");
    }
}
