package org.alerrt.tracker.cmi5.adapters.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.StoredFile;
import org.junit.jupiter.api.Test;

/** Path parsing and content types of {@code /content/{courseId}/{version}/{path}}. */
class Cmi5ContentServletTest {

    private final List<String> lookups = new ArrayList<>();

    private Cmi5ContentServlet servlet() {
        Cmi5ContentServlet s = new Cmi5ContentServlet();
        s.courses = (Cmi5CourseRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Cmi5CourseRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("file")) {
                        lookups.add(args[0] + "|" + args[1] + "|" + args[2]);
                        return Optional.of(new StoredFile(1, (String) args[2], 1, 1));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return s;
    }

    @Test
    void looksUpExactlyTheStoredPath() {
        assertTrue(servlet().locate("/51/2/au/index.html").isPresent());
        assertEquals(List.of("51|2|au/index.html"), lookups);
    }

    @Test
    void malformedOrEscapingPathsNeverReachTheRepository() {
        Cmi5ContentServlet s = servlet();
        for (String bad : new String[] {
            null,
            "/",
            "/51",
            "/51/2",
            "/51/2/",
            "/x/2/a.html",
            "/51/y/a.html",
            "/51/2/../a.html",
            "/51/2/a/../../b",
            "/51/2//a.html",
            "/51/2/a\\b",
            "51/2/a.html",
            "/51/2/c:/a"
        }) {
            assertTrue(s.locate(bad).isEmpty(), String.valueOf(bad));
        }
        assertEquals(List.of(), lookups);
    }

    @Test
    void contentTypeFromTheExtension() {
        assertEquals("text/html;charset=UTF-8", Cmi5ContentServlet.contentType("a/index.HTML"));
        assertEquals("text/javascript;charset=UTF-8", Cmi5ContentServlet.contentType("app.js"));
        assertEquals("video/mp4", Cmi5ContentServlet.contentType("m/film.mp4"));
        assertEquals("application/octet-stream", Cmi5ContentServlet.contentType("a.b/noext"));
        assertEquals("application/octet-stream", Cmi5ContentServlet.contentType("data.unknown"));
    }
}
