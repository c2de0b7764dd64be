package org.alerrt.tracker.cmi5.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.LangString;
import org.alerrt.tracker.cmi5.domain.LaunchMethod;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.training.domain.LearnerDetails;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {

    private static final LangString T = new LangString(Map.of("en-US", "x"));

    private static AssignableUnit au(String id) {
        return new AssignableUnit(
                id, T, T, List.of(), "a.html", LaunchMethod.AnyWindow, MoveOn.Passed, null, null, null, null);
    }

    private static final CourseStructure COURSE = new CourseStructure(
            "https://c.example.org",
            T,
            T,
            List.of(),
            List.<StructureNode>of(au("https://c.example.org/a"), au("https://c.example.org/b")));

    @Test
    void auByIdOrOneBasedPosition() {
        assertEquals(
                "https://c.example.org/b",
                RegistrationService.au(COURSE, "https://c.example.org/b").id());
        assertEquals(
                "https://c.example.org/a", RegistrationService.au(COURSE, "1").id());
        for (String bad : List.of("0", "3", "https://c.example.org/zz", " ")) {
            assertEquals(
                    "au",
                    assertThrows(Refusal.class, () -> RegistrationService.au(COURSE, bad))
                            .property(),
                    bad);
        }
    }

    /** cmi5 §9.2: the actor is an Agent with an account. */
    @Test
    void section9_2_actorNeedsAnAccount() {
        JsonObject mbox =
                Json.createObjectBuilder().add("mbox", "mailto:a@example.org").build();
        assertEquals(
                "actor.account",
                assertThrows(Refusal.class, () -> RegistrationService.checkActor(mbox))
                        .property());
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(
                                Refusal.class,
                                () -> RegistrationService.checkActor(Json.createObjectBuilder()
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
        assertEquals(
                "account:https://x.org 42", RegistrationService.checkActor(ok).value());
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
        LearnerDetails d = RegistrationService.details(actor, null, null);
        assertEquals("Casey Van", d.firstName());
        assertEquals("Dyke", d.lastName());
        assertEquals("Ann", RegistrationService.details(actor, "Ann", null).firstName());
        JsonObject nameless = Json.createObjectBuilder()
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("homePage", "https://x.org")
                                .add("name", "42"))
                .build();
        assertEquals("42", RegistrationService.details(nameless, null, null).firstName());
    }
}
