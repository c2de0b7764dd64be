package org.alerrt.tracker.cmi5.adapters.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alerrt.tracker.cmi5.api.PackagePath;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.StoredFile;

/**
 * Serves package files at {@code /content/{courseId}/{version}/{path}}, the base of every relative AU url.
 * Public on purpose: the browser loads AU pages, scripts and media directly and cannot send the admin's or the
 * learner's credentials with every sub-resource; cmi5 authorizes the AU's xAPI calls through the fetch URL
 * (§8.2), not the content. A version never changes after import, so answers may be cached.
 * The path is matched exactly against stored files: no normalization, so "..", "//" or "\" never reach a file.
 */
@WebServlet(urlPatterns = "/content/*")
public class Cmi5ContentServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=UTF-8"),
            Map.entry("htm", "text/html;charset=UTF-8"),
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"),
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("vtt", "text/vtt"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("wasm", "application/wasm"));

    @Inject
    Cmi5CourseRepository courses;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<StoredFile> file = locate(req.getPathInfo());
        if (file.isEmpty()) {
            resp.setContentType("text/plain;charset=UTF-8");
            resp.sendError(404, "No such file");
            return;
        }
        StoredFile f = file.get();
        resp.setContentType(contentType(f.path()));
        resp.setContentLengthLong(f.size());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "public, max-age=86400");
        if (!"HEAD".equals(req.getMethod())) {
            courses.copyFile(f, resp.getOutputStream());
        }
    }

    /** {@code /{courseId}/{version}/{path}}, already percent-decoded by the container. */
    Optional<StoredFile> locate(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.split("/", 4);
        if (parts.length < 4 || !parts[0].isEmpty()) {
            return Optional.empty();
        }
        long courseId;
        int version;
        try {
            courseId = Long.parseLong(parts[1]);
            version = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return PackagePath.safe(parts[3]).flatMap(p -> courses.file(courseId, version, p));
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 || path.lastIndexOf('/') > dot
                ? ""
                : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
