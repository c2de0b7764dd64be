package org.alerrt.tracker.cmi5.api;

import java.util.Optional;

/**
 * A file path inside a course package: forward slashes, no leading slash, no empty, "." or ".." segment, no
 * backslash, drive letter or control character. Anything else could escape the package root when stored or
 * served ("zip slip"), so it is refused rather than normalized.
 */
public final class PackagePath {

    public static final int MAX_LENGTH = 1000;

    private PackagePath() {}

    /** The path if it is safe, else empty. A trailing slash (a zip directory entry) is not a file path. */
    public static Optional<String> safe(String path) {
        if (path == null
                || path.isEmpty()
                || path.length() > MAX_LENGTH
                || path.startsWith("/")
                || path.indexOf('\\') >= 0
                || path.indexOf(':') >= 0) {
            return Optional.empty();
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
