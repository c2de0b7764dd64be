package org.alerrt.tracker.cmi5.adapters.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.alerrt.tracker.cmi5.api.PackageRejectedException;
import org.alerrt.tracker.cmi5.domain.ConcurrentImportException;
import org.alerrt.tracker.platform.web.ErrorBody;

/** Error answers of the cmi5 API. */
public final class Cmi5ErrorMappers {

    private Cmi5ErrorMappers() {}

    /** 400 listing every reason the package was refused. */
    @Provider
    public static class Rejected implements ExceptionMapper<PackageRejectedException> {
        @Override
        public Response toResponse(PackageRejectedException e) {
            return Response.status(400)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Cmi5CourseJson.rejected(e.problems()).toString())
                    .build();
        }
    }

    /** 409: another import of the same course committed first; the client may retry. */
    @Provider
    public static class Concurrent implements ExceptionMapper<ConcurrentImportException> {
        @Override
        public Response toResponse(ConcurrentImportException e) {
            return ErrorBody.response(409, "Another import of this course ran at the same time; retry", null, null);
        }
    }
}
