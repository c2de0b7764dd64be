package org.alerrt.tracker.cmi5.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** The files carried by a course package (none for standalone XML), readable one at a time. */
public interface PackageFiles extends AutoCloseable {

    /** The manifest at the root of a cmi5 package (§14.1): a zip with it is a cmi5 package, whatever else it holds. */
    String CMI5_MANIFEST = "cmi5.xml";

    PackageFiles NONE = new PackageFiles() {
        @Override
        public Set<String> paths() {
            return Set.of();
        }

        @Override
        public InputStream open(String path) {
            throw new IllegalArgumentException(path);
        }

        @Override
        public void close() {}
    };

    /** Safe paths of the files, in package order. */
    Set<String> paths();

    InputStream open(String path) throws IOException;

    @Override
    void close() throws IOException;
}
