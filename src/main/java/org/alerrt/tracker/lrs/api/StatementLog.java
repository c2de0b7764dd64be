package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonObject;
import java.util.List;
import org.alerrt.tracker.platform.security.Caller;

/** The LRS's statements as other contexts write and check them: through the same rules as {@code /xapi}. */
public interface StatementLog {

    /** Stores the statements as {@code POST /xapi/statements} from {@code caller} would; their ids, in order. */
    List<String> store(List<JsonObject> statements, Caller caller, XapiVersion version);

    /** Whether a statement with this id was stored with the credential {@code credentialId}. */
    boolean storedWith(String statementId, long credentialId);
}
