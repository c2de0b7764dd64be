package org.alerrt.tracker.platform.web;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.errors.Refusal;

/** Maps failures to the one error body: caller mistakes to 4xx, everything else to a logged 500. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {}

    /** The HTTP status of each kind of refusal. */
    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }

    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            return ErrorBody.response(status(e.kind()), e.getMessage(), e.property(), e.rule());
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            String where = e instanceof JsonParsingException p && p.getLocation() != null
                    ? " at line " + p.getLocation().getLineNumber() + ", column "
                            + p.getLocation().getColumnNumber()
                    : "";
            return ErrorBody.response(400, "Malformed JSON" + where + ": " + e.getMessage(), null, null);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Server error", e);
            }
            return ErrorBody.response(status, e.getMessage(), null, null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof Refusal api) {
                    return new Refused().toResponse(api);
                }
                if (cause instanceof IllegalArgumentException iae) {
                    return ErrorBody.response(400, iae.getMessage(), null, null);
                }
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "Unexpected server error", e);
            return ErrorBody.response(500, "Internal server error; the failure has been logged", null, null);
        }
    }
}
