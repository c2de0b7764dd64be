package org.alerrt.tracker.cmi5.domain.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportChecks;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;

/**
 * An AU's url (cmi5 §13.1.4 "url", §14.1, §14.2):
 * <ul>
 * <li>it must be a URL (RFC 1738 / 3986 syntax);</li>
 * <li>with a scheme, http or https: the LMS launches it in the learner's browser (§8.1), where {@code javascript:},
 * {@code data:}, {@code vbscript:} or {@code file:} would run the package's script in the LMS's page or reach the
 * learner's files;</li>
 * <li>standalone XML: "all URL references MUST be fully qualified" (§14.2);</li>
 * <li>zip: an entry point "not included in a ZIP course package MUST be referenced by a fully qualified URL"
 * (§14.1), so a relative url must name a file of the zip, inside it;</li>
 * <li>its query has none of the launch parameter names: "If the AU's URL requires a query string for other
 * purposes, then the names MUST NOT collide with named parameters defined below" (§8.1).</li>
 * </ul>
 */
public final class AuUrlRule implements StructureRule {

    static final String SYNTAX = "cmi5 §13.1.4 (url)";
    static final String STANDALONE = "cmi5 §14.2 (standalone XML needs fully qualified URLs)";
    static final String IN_ZIP = "cmi5 §14.1 (relative URL must reference a file in the zip)";
    static final String SCHEME = "cmi5 §8.1 (AU url launched in a browser: http or https)";
    static final String QUERY_NAMES = "cmi5 §8.1 (AU url query names must not collide with launch parameters)";
    /** The launch parameters of §8.1 the LMS appends to the AU's url. */
    static final List<String> LAUNCH_PARAMETERS = List.of("endpoint", "fetch", "actor", "registration", "activityId");

    @Override
    public void check(CourseStructure s, PackageKind kind, Set<String> files, List<ImportProblem> problems) {
        for (AssignableUnit au : s.aus()) {
            String url = au.url();
            if (url == null || url.isEmpty()) {
                continue; // the XSD reports a missing url
            }
            String where = Locations.of(au);
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                problems.add(ImportProblem.of(SYNTAX, where, "url '" + url + "' is not a valid URL: " + e.getReason()));
                continue;
            }
            List<String> colliding = collidingQueryNames(uri.getRawQuery());
            if (!colliding.isEmpty()) {
                problems.add(ImportProblem.of(
                        QUERY_NAMES,
                        where,
                        "url '" + url + "' has the launch parameter"
                                + (colliding.size() == 1 ? " " : "s ") + String.join(", ", colliding)
                                + " in its query; the LMS adds " + String.join(", ", LAUNCH_PARAMETERS)
                                + " at launch"));
            }
            if (uri.isAbsolute()) {
                if (!isWebScheme(uri.getScheme())) {
                    problems.add(ImportProblem.of(
                            SCHEME,
                            where,
                            "url '" + url + "' has the scheme '" + uri.getScheme()
                                    + "'; only http and https URLs (or paths in the zip) are launched"));
                }
                continue;
            }
            if (kind == PackageKind.XML) {
                problems.add(ImportProblem.of(
                        STANDALONE,
                        where,
                        "url '" + url + "' is relative; a course structure without a zip needs fully qualified URLs"));
                continue;
            }
            ImportChecks.fileOfZip(uri, files, IN_ZIP, where, "url '" + url + "'", problems);
        }
    }

    static boolean isWebScheme(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    /** The launch parameter names among the query's names (decoded, exact case: §8.1 names them exactly). */
    static List<String> collidingQueryNames(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                names.add(name); // a malformed escape cannot spell a launch parameter name
            }
        }
        return LAUNCH_PARAMETERS.stream().filter(names::contains).toList();
    }
}
