package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import org.alerrt.tracker.cmi5.api.LearnerPreferences;
import org.junit.jupiter.api.Test;

class LearnerPreferencesTest {

    @Test
    void section11_1_aCommaSeparatedListOfLanguageTagsInOrder() {
        assertEquals("en-US,fr-FR,fr-BE", new LearnerPreferences("en-US, fr-FR ,fr-BE", null).languagePreference());
        assertEquals("zh-Hant-TW", new LearnerPreferences("zh-Hant-TW", null).languagePreference());
        for (String bad : new String[] {"", "not comma separated", "en-US,,fr", "en_US", "en-US,"}) {
            LearnerPreferences.Invalid e =
                    assertThrows(LearnerPreferences.Invalid.class, () -> new LearnerPreferences(bad, "on"), bad);
            assertEquals("languagePreference", e.property());
        }
    }

    @Test
    void section11_2_audioOnOrOff() {
        assertEquals("off", new LearnerPreferences(null, "off").audioPreference());
        assertEquals(
                "audioPreference",
                assertThrows(LearnerPreferences.Invalid.class, () -> new LearnerPreferences(null, "loud"))
                        .property());
    }

    @Test
    void theDocumentHoldsOnlyWhatIsSet() {
        assertEquals(
                Json.createObjectBuilder().add("audioPreference", "on").build(),
                new LearnerPreferences(null, "on").toJson());
        assertEquals(
                new LearnerPreferences("es-MX", "off"),
                LearnerPreferences.from(Json.createObjectBuilder()
                        .add("languagePreference", "es-MX")
                        .add("audioPreference", "off")
                        .build()));
        assertThrows(
                LearnerPreferences.Invalid.class,
                () -> LearnerPreferences.from(
                        Json.createObjectBuilder().add("audioPreference", true).build()));
    }
}
