package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.training.api.LearnerName;
import org.junit.jupiter.api.Test;

class RegistrationsTest {

    /** cmi5 §9.2: the actor is an Agent with an account. */
    @Test
    void section9_2_actorNeedsAnAccount() {
        JsonObject mbox =
                Json.createObjectBuilder().add("mbox", "mailto:a@example.org").build();
        assertEquals(
                "actor.account",
                assertThrows(Refusal.class, () -> Registrations.checkActor(mbox))
                        .property());
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(
                                Refusal.class,
                                () -> Registrations.checkActor(Json.createObjectBuilder()
                                        .add("account", "x")
                                        .build()))
                        .kind());
        JsonObject ok = Json.createObjectBuilder()
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("homePage", "https://x.org")
                                .add("name", "42"))
                .build();
        assertEquals("account:https://x.org 42", Registrations.checkActor(ok).value());
    }

    @Test
    void learnerNamesFromTheRequestOrTheActorName() {
        JsonObject actor = Json.createObjectBuilder()
                .add("name", "Casey Van Dyke")
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("homePage", "https://x.org")
                                .add("name", "42"))
                .build();
        LearnerName d = Registrations.learnerName(actor, null, null);
        assertEquals("Casey Van", d.firstName());
        assertEquals("Dyke", d.lastName());
        assertEquals("Ann", Registrations.learnerName(actor, "Ann", null).firstName());
        JsonObject nameless = Json.createObjectBuilder()
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("homePage", "https://x.org")
                                .add("name", "42"))
                .build();
        assertEquals("42", Registrations.learnerName(nameless, null, null).firstName());
    }
}
