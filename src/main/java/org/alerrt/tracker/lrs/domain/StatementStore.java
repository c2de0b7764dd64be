package org.alerrt.tracker.lrs.domain;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.api.LoggedStatement;

/** Port to the stored statements and what they link (agents, activities). Every method runs in the caller's transaction. */
public interface StatementStore {

    /**
     * Inserts the statements with their agent, activity and StatementRef links, marks voided targets and updates
     * canonical Activity definitions, in a fixed number of round trips per request.
     *
     * @param voidedByStored ids a stored voiding statement targets ({@link #lookUp}): stored as voided, unless they
     *     are voiding statements themselves (Data §2.3.2)
     * @throws DuplicateStatementIdException when another request stored one of the ids first
     */
    void insert(List<StoredStatement> statements, Long credentialId, Set<String> voidedByStored);

    /** Statements of the given ids that are already stored, by id. */
    Map<String, ExistingStatement> findByIds(Collection<String> ids);

    /** What is stored about a request's ids, in one round trip per 500 ids (the look-up every write starts with). */
    KnownStatementIds lookUp(Collection<String> ids);

    /** By id; when {@code credentialId} is set, only a statement stored with that credential (statements/read/mine). */
    Optional<FoundStatement> findById(String id, Long credentialId);

    StatementPage query(StatementQuery query);

    /** Up to {@code limit} statements with {@code afterSeq < seq < beforeSeq}, by seq, with their seq. */
    List<LoggedStatement> after(long afterSeq, long beforeSeq, int limit);

    /** Canonical Activity definitions by id, for the ids that have one. */
    Map<String, JsonObject> activityDefinitions(Collection<String> activityIds);

    /** Names the statements gave the agent with this IFI. */
    List<String> agentNames(String ifi);
}
