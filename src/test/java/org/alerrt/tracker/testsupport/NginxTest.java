package org.alerrt.tracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster test's nginx configuration is the repository's with only the test's addresses put in. */
class NginxTest {

    @Test
    void theTestsInstancesPortAndHostsReplaceTheFilesAndNothingElseChanges() throws IOException {
        String conf = Files.readString(Nginx.CONFIG);
        String derived = Nginx.derived(
                conf, Path.of("/tmp/x"), 18000, "127.0.0.1", "localhost", List.of(18001, 18002), List.of(18011, 18012));
        assertTrue(
                derived.contains("    server 127.0.0.1:18001 max_fails=1 fail_timeout=10s;\n"
                        + "    server 127.0.0.1:18002 max_fails=1 fail_timeout=10s;\n    keepalive 32;"),
                derived);
        assertTrue(
                derived.contains("    server 127.0.0.1:18011 max_fails=1 fail_timeout=10s;\n"
                        + "    server 127.0.0.1:18012 max_fails=1 fail_timeout=10s;\n    keepalive 16;"),
                derived);
        for (String gone : List.of(":8080", ":8090", ":8100", ":8081", "listen 80", "example.org", "/var/log")) {
            assertFalse(derived.contains(gone), gone);
        }
        assertEquals(2, derived.split("listen 127\\.0\\.0\\.1:18000", -1).length - 1);
        assertTrue(derived.contains("server_name localhost;") && derived.contains("server_name 127.0.0.1;"));
        String rest = "proxy_next_upstream error timeout http_502 http_503 http_504 http_404;";
        assertTrue(conf.contains(rest) && derived.contains(rest));
    }
}
