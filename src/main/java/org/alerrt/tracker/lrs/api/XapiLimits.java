package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonValue;
import org.alerrt.tracker.lrs.domain.validation.ActorValidator;
import org.alerrt.tracker.lrs.domain.validation.Lengths;

/**
 * The LRS's rules other contexts apply before they hand it an actor or an id: an actor it would refuse, an activity
 * id too long to store. The rules themselves stay in the LRS's validation package.
 */
public final class XapiLimits {

    /** The longest activity id, in characters. */
    public static final int ACTIVITY_ID = Lengths.ACTIVITY_ID;

    /** The most UTF-8 bytes of an indexed identifier. */
    public static final int INDEXED_UTF8_BYTES = Lengths.INDEXED_UTF8_BYTES;

    private XapiLimits() {}

    /**
     * Data §2.4.2.1: an Agent with exactly one inverse functional identifier.
     *
     * @throws org.alerrt.tracker.lrs.domain.validation.XapiValidationException naming the property at fault
     */
    public static void checkAgent(JsonValue agent, String property) {
        ActorValidator.agent(agent, property);
    }

    /** Whether the LRS can store {@code id} as an activity id. */
    public static boolean isStorableActivityId(String id) {
        return Lengths.isStorableActivityId(id);
    }
}
