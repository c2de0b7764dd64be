package org.alerrt.tracker.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.alerrt.tracker.platform.errors.Refusal;

/** Reads a request body up to a limit; a larger body is refused with 413 before it is held in memory. */
public final class BoundedBody {

    private BoundedBody() {}

    public static byte[] read(InputStream in, long maxBytes) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new Refusal(
                            Refusal.Kind.TOO_LARGE,
                            null,
                            "Request body exceeds the limit of " + maxBytes + " bytes (tracker.http.max-body-bytes)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
