package org.alerrt.tracker.cmi5.domain.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.ImportProblem;
import org.alerrt.tracker.cmi5.domain.PackageKind;
import org.alerrt.tracker.cmi5.domain.PackagePath;

/**
 * An AU's url (cmi5 §13.1.4 "url", §14.1, §14.2):
 * <ul>
 * <li>it must be a URL (RFC 1738 / 3986 syntax);</li>
 * <li>standalone XML: "all URL references MUST be fully qualified" (§14.2);</li>
 * <li>zip: an entry point "not included in a ZIP course package MUST be referenced by a fully qualified URL"
 * (§14.1), so a relative url must name a file of the zip, inside it.</li>
 * </ul>
 */
public final class AuUrlRule implements StructureRule {

    static final String SYNTAX = "cmi5 §13.1.4 (url)";
    static final String STANDALONE = "cmi5 §14.2 (standalone XML needs fully qualified URLs)";
    static final String IN_ZIP = "cmi5 §14.1 (relative URL must reference a file in the zip)";

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
                problems.add(ImportProblem.of(SYNTAX, where, "url '" + url + "' is not a valid URL: "
                        + e.getReason()));
                continue;
            }
            if (uri.isAbsolute()) {
                continue;
            }
            if (kind == PackageKind.XML) {
                problems.add(ImportProblem.of(STANDALONE, where, "url '" + url
                        + "' is relative; a course structure without a zip needs fully qualified URLs"));
                continue;
            }
            Optional<String> path = Optional.ofNullable(uri.getPath()).flatMap(PackagePath::safe);
            if (uri.getRawAuthority() != null || path.isEmpty()) {
                problems.add(ImportProblem.of(IN_ZIP, where, "url '" + url
                        + "' is not a path inside the package (no leading '/', '..' or '\\')"));
            } else if (!files.contains(path.get())) {
                problems.add(ImportProblem.of(IN_ZIP, where, "url '" + url + "' names '" + path.get()
                        + "', which is not in the zip"));
            }
        }
    }
}
