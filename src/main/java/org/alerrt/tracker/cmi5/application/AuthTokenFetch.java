package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.platform.security.SecretHasher;

/** The fetch URL of a launch (§8.2): hands out the AU session's auth token once. */
@ApplicationScoped
public class AuthTokenFetch {

    /** The scopes of an AU session's credential: its own statements, state and profiles (xAPI Communication §4.2). */
    static final List<String> AU_SCOPES = List.of("statements/write", "statements/read/mine", "state", "profile");

    @Inject
    RegistrationRepository registrations;

    @Inject
    LaunchCredentialIssuer credentials;

    /** The answer of the fetch URL (§8.2): the token, or an error code of §8.2.3.2. */
    public record Fetched(String authToken, String errorCode, String errorText) {}

    /**
     * The first call issues the session's LRS credential and answers it as a Basic auth-token; any later call, or
     * one after the session ended or the token expired, answers error 1; an unknown token error 2 (§8.2.3.2).
     */
    @Transactional
    public Fetched fetch(String token) {
        Optional<AuSession> found = token == null || token.isBlank()
                ? Optional.empty()
                : registrations.sessionByToken(LmsActivityIds.key(token));
        if (found.isEmpty()) {
            return new Fetched(null, "2", "The fetch URL is not valid.");
        }
        AuSession s = found.get();
        if (s.fetched()) {
            return new Fetched(null, "1", "The authorization token has already been returned.");
        }
        if (s.state() != AuSession.State.ACTIVE
                || OffsetDateTime.now(ZoneOffset.UTC).isAfter(s.tokenExpires())) {
            return new Fetched(null, "1", "The AU session has expired.");
        }
        LaunchCredentialIssuer.Issued issued = credentials.issue(
                "cmi5 session " + s.sessionId(),
                AU_SCOPES,
                AuSession.CREDENTIAL_KEY_PREFIX + SecretHasher.randomToken(12));
        if (!registrations.markFetched(s.sessionId(), issued.key())) {
            throw new AlreadyFetched(); // another request won: roll back this credential
        }
        return new Fetched(
                Base64.getEncoder()
                        .encodeToString((issued.key() + ":" + issued.secret()).getBytes(StandardCharsets.UTF_8)),
                null,
                null);
    }

    /** The fetch lost a race for the one-time URL. */
    public static class AlreadyFetched extends RuntimeException {
        AlreadyFetched() {
            super("The authorization token has already been returned.", null, false, false);
        }
    }
}
