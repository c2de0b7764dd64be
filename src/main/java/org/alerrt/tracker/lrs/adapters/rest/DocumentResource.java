package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.DocumentPolicy;
import org.alerrt.tracker.lrs.api.DocumentRequest;
import org.alerrt.tracker.lrs.api.DocumentRequest.Operation;
import org.alerrt.tracker.lrs.api.StoredDocument;
import org.alerrt.tracker.lrs.application.DocumentService;
import org.alerrt.tracker.lrs.domain.documents.DocumentId;
import org.alerrt.tracker.lrs.domain.documents.EntityTag;
import org.alerrt.tracker.lrs.domain.validation.Lengths;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.CurrentCaller;
import org.alerrt.tracker.platform.web.BoundedBody;

/**
 * The HTTP side shared by the three document resources (Communication §2.2): parse and check the parameters, read
 * the body and the concurrency headers, hand off to {@link DocumentService}, and answer with the document, its
 * Content-Type, ETag (§3.1.s4.b1–b4) and Last-Modified (§2.2.s6). HEAD comes from JAX-RS for every GET (§1.1).
 */
public abstract class DocumentResource {

    private static final int MAX_CONTENT_TYPE = Lengths.CONTENT_TYPE;
    /**
     * Documents change under the same URL (cmi5's LMS.LaunchData and cmi5LearnerPreferences at every launch): a
     * browser must not answer a GET from its cache (a re-launch in the same tab would then never read them).
     */
    private static final String NO_STORE = "no-store";

    @Inject
    DocumentService documents;

    @Inject
    Instance<DocumentPolicy> policies;

    @Context
    HttpServletRequest http;

    @Inject
    ServerSettings server;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    protected abstract DocumentKind kind();

    /** One document by its id, or the ids of the context (optionally updated since a timestamp). */
    @GET
    public Response get() {
        DocumentRequest r = parse(Operation.GET);
        askPolicies(r, Operation.GET, null, null);
        if (r.documentId() == null) {
            return ids(r);
        }
        StoredDocument doc = documents
                .find(r.key())
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.NOT_FOUND,
                        kind().idParameter(),
                        "no document with " + kind().idParameter() + " '" + r.documentId() + "' here"));
        return Response.ok(doc.content(), doc.contentType())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header(HttpHeaders.ETAG, EntityTag.quoted(doc.etag()))
                .header(HttpHeaders.CONTENT_LENGTH, doc.content().length)
                .lastModified(Date.from(doc.updated()))
                .build();
    }

    /** §2.3.s4, §2.6.s4, §2.7.s4: a JSON array of ids; Last-Modified is the latest update among them (§2.2.s6.b2). */
    private Response ids(DocumentRequest r) {
        List<DocumentId> ids = documents.ids(r.context(), r.since());
        JsonArrayBuilder array = CachedJson.arrayBuilder();
        ids.forEach(id -> array.add(id.id()));
        byte[] body = array.build().toString().getBytes(StandardCharsets.UTF_8);
        Response.ResponseBuilder response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header(HttpHeaders.ETAG, EntityTag.quoted(EntityTag.of(body)))
                .header(HttpHeaders.CONTENT_LENGTH, body.length);
        ids.stream()
                .map(DocumentId::updated)
                .max(Instant::compareTo)
                .ifPresent(latest -> response.lastModified(Date.from(latest)));
        return response.build();
    }

    /** Stores the body byte for byte with its Content-Type. */
    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(InputStream body) {
        return write(Operation.PUT, body, documents::put);
    }

    /** Creates the document, or merges a JSON object into the stored JSON object (§2.2.s7). */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(InputStream body) {
        return write(Operation.POST, body, documents::post);
    }

    /** {@link DocumentService#put} or {@link DocumentService#post}. */
    private interface Write {
        void store(DocumentKey key, byte[] content, String contentType, DocumentConditions conditions);
    }

    private Response write(Operation operation, InputStream body, Write write) {
        DocumentRequest r = parse(operation);
        String contentType = contentType();
        byte[] content = BoundedBody.read(body, server.maxBodyBytes());
        askPolicies(r, operation, contentType, content);
        write.store(r.key(), content, contentType, conditions());
        return Response.noContent().build();
    }

    /** One document; for the State Resource without stateId, every document of the context (§2.3.s5). */
    @DELETE
    public Response delete() {
        DocumentRequest r = parse(Operation.DELETE);
        askPolicies(r, Operation.DELETE, null, null);
        if (r.documentId() == null) {
            documents.deleteAll(r.context());
        } else {
            documents.delete(r.key(), conditions());
        }
        return Response.noContent().build();
    }

    /** Rules of other contexts ({@link DocumentPolicy}), for authenticated callers. */
    private void askPolicies(DocumentRequest r, Operation operation, String contentType, byte[] content) {
        Caller caller = CurrentCaller.of(http).orElse(null);
        if (caller != null) {
            for (DocumentPolicy policy : policies) {
                policy.check(r, operation, contentType, content, caller);
            }
        }
    }

    private DocumentRequest parse(Operation operation) {
        return DocumentRequest.parse(kind(), operation, uri.getQueryParameters());
    }

    private DocumentConditions conditions() {
        return new DocumentConditions(
                headers.getHeaderString(HttpHeaders.IF_MATCH),
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                XapiVersionFilter.of(http));
    }

    /** The Content-Type as sent, stored and returned unchanged; null when the request has none. */
    private String contentType() {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return null;
        }
        String trimmed = type.trim();
        if (trimmed.length() > MAX_CONTENT_TYPE) {
            throw new XapiValidationException(
                    "Content-Type", "must not be longer than " + MAX_CONTENT_TYPE + " characters");
        }
        try {
            MediaType.valueOf(trimmed);
        } catch (IllegalArgumentException e) {
            throw new XapiValidationException("Content-Type", "is not a media type (RFC 7231 §3.1.1.1)");
        }
        return trimmed;
    }
}
