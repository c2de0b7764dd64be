package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.Cmi5Preferences;
import org.alerrt.tracker.cmi5.api.LearnerPreferences;
import org.alerrt.tracker.cmi5.domain.AuDocumentRules;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.Documents;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.training.api.Learners;

/**
 * A learner's cmi5 preferences (§11). They live where AUs read them, the {@code cmi5LearnerPreferences} agent
 * profile document of the learner's actor, written through the LRS's document service (never its tables): the
 * learner sets them, AUs only read them.
 */
@ApplicationScoped
public class LearnerPreferencesService implements Cmi5Preferences {

    @Inject
    Documents documents;

    @Inject
    Learners learners;

    @Inject
    Cmi5LaunchSettings settings;

    @Override
    public Optional<LearnerPreferences> of(long learnerId) {
        return read(actor(learnerId));
    }

    /** Replaces the learner's preferences document. */
    @Override
    public LearnerPreferences set(long learnerId, LearnerPreferences preferences) {
        ActorIdentity actor = actor(learnerId);
        write(actor, preferences, documents.find(key(actor)).isPresent());
        return preferences;
    }

    /**
     * Before a launch (§11: the LMS SHOULD provide the document, with languagePreference and audioPreference): when
     * the actor has none, the configured defaults are written, so the AU's read on startup finds a document.
     */
    public void provideForLaunch(ActorIdentity actor) {
        if (read(actor).isPresent()) {
            return;
        }
        String language = settings.defaultLanguagePreference();
        try {
            write(
                    actor,
                    new LearnerPreferences(language.isEmpty() ? null : language, settings.defaultAudioPreference()),
                    false);
        } catch (Refusal e) {
            if (e.kind() != Refusal.Kind.PRECONDITION_FAILED) {
                throw e;
            }
            // written meanwhile (another launch or the learner): theirs stands
        }
    }

    private Optional<LearnerPreferences> read(ActorIdentity actor) {
        return documents.find(key(actor)).map(doc -> {
            try (var r = CachedJson.reader(new ByteArrayInputStream(doc.content()))) {
                return LearnerPreferences.from(r.readObject());
            } catch (JsonException | IllegalStateException | LearnerPreferences.Invalid e) {
                return new LearnerPreferences(null, null); // written by someone else in another shape
            }
        });
    }

    /** Agent profile PUTs name their precondition (xAPI Communication §3.1): replace one, or create one. */
    private void write(ActorIdentity actor, LearnerPreferences preferences, boolean exists) {
        documents.put(
                key(actor),
                preferences.toJson().toString().getBytes(StandardCharsets.UTF_8),
                "application/json",
                new DocumentConditions(exists ? "*" : null, exists ? null : "*", XapiVersion.V1_0_3));
    }

    private ActorIdentity actor(long learnerId) {
        return learners.find(learnerId)
                .orElseThrow(() -> Refusal.notFound("no learner " + learnerId))
                .actor();
    }

    private static DocumentKey key(ActorIdentity actor) {
        return new DocumentKey(
                new DocumentContext(DocumentKind.AGENT_PROFILE, null, actor.value(), null),
                AuDocumentRules.LEARNER_PREFERENCES);
    }
}
