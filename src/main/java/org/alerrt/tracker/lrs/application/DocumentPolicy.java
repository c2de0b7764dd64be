package org.alerrt.tracker.lrs.application;

import org.alerrt.tracker.lrs.domain.documents.DocumentContext;
import org.alerrt.tracker.platform.security.Caller;

/**
 * A rule another context adds to the document resources (e.g. a Tin Can launch credential may touch only its
 * learner's State). Every CDI bean implementing it is asked by {@link DocumentService#checkAccess} before any read
 * or write of a State, Activity Profile or Agent Profile document through the xAPI API; it refuses by throwing an
 * {@link org.alerrt.tracker.platform.web.ApiException} (typically 403 naming the rule).
 */
public interface DocumentPolicy {

    /**
     * @param context    the documents addressed (kind, activity, agent IFI, registration)
     * @param write      true for PUT, POST and DELETE
     * @param credential the credential of the request
     */
    void check(DocumentContext context, boolean write, Caller credential);
}
