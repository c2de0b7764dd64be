package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonObject;
import java.util.List;
import org.alerrt.tracker.platform.security.Caller;

/**
 * A rule another context adds to statement storage (e.g. cmi5 session rules for AU credentials). Every CDI bean
 * implementing it is asked after the statements passed xAPI validation, inside the transaction that stores them and
 * before they are inserted, with the statements of the request not stored yet (in request order). It refuses by
 * throwing an {@link org.alerrt.tracker.platform.errors.Refusal} (typically 403 naming the rule), which rolls the
 * whole request back, including anything the policy wrote.
 */
public interface StatementPolicy {

    /**
     * @param credential the credential the statements are written with
     * @return work to run once a statement is inserted, still in the storing transaction (empty for none)
     */
    List<AfterInsert> check(List<JsonObject> statements, Caller credential);

    /**
     * Runs right after the statement at {@code index} (of those given to {@link #check}) and the ones before it are
     * inserted, before the ones after it: what it stores (e.g. cmi5 "satisfied" statements caused by a "passed")
     * follows its cause in stored order and commits, with its events, in the same transaction.
     */
    record AfterInsert(int index, Runnable action) {}
}
