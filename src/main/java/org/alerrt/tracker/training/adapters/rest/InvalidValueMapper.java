package org.alerrt.tracker.training.adapters.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.alerrt.tracker.platform.web.ErrorBody;
import org.alerrt.tracker.training.domain.InvalidValueException;

/** A broken training rule is the caller's mistake: 400 naming the field, in the one error body. */
@Provider
public class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {

    @Override
    public Response toResponse(InvalidValueException e) {
        return ErrorBody.response(400, e.getMessage(), e.field(), null);
    }
}
