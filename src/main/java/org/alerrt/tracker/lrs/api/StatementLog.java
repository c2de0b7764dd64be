package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.platform.security.Caller;

/** The LRS's statements as other contexts write and check them: through the same rules as {@code /xapi}. */
public interface StatementLog {

    /** Stores the statements as {@code POST /xapi/statements} from {@code caller} would; their ids, in order. */
    List<String> store(List<JsonObject> statements, Caller caller, XapiVersion version);

    /** Whether a statement with this id was stored with the credential {@code credentialId}. */
    boolean storedWith(String statementId, long credentialId);

    /**
     * Up to {@code limit} statements stored after {@code position} and before {@code settledBefore}, in stored order,
     * voided ones included (as stored, without attachment data). A statement's position is drawn before its
     * transaction commits, so a reader that only reads statements stored before a moment a little in the past (which
     * every transaction then has ended) skips none (docs/upstream.md).
     */
    List<LoggedStatement> storedAfter(long position, Instant settledBefore, int limit);

    /** The position just before every statement stored at or after {@code instant}. */
    long positionBefore(Instant instant);
}
