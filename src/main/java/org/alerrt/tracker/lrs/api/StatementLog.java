package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.xapiclient.Attachment;

/** The LRS's statements as other contexts write and check them: through the same rules as {@code /xapi}. */
public interface StatementLog {

    /** Stores the statements as {@code POST /xapi/statements} from {@code caller} would; their ids, in order. */
    List<String> store(List<JsonObject> statements, Caller caller, XapiVersion version);

    /**
     * As {@link #store(List, Caller, XapiVersion)}, with attachment data as a multipart/mixed POST carries it
     * (Communication §1.5.2): checked and stored the same way. The data may be that of a GET answer holding more
     * statements than these (Communication §2.1.3 attachments): parts none of these statements references are left
     * out rather than refused.
     */
    List<String> store(List<JsonObject> statements, List<Attachment> attachments, Caller caller, XapiVersion version);

    /**
     * The attachment data held here for the attachments of these statements (one per SHA-2, in order of first
     * reference), to send them on as multipart/mixed; attachments with only a {@code fileUrl} have none.
     */
    List<Attachment> attachments(List<JsonObject> statements);

    /** Whether a statement with this id is stored here, by whatever credential or route. */
    boolean stored(String statementId);

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
