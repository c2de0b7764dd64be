package org.alerrt.tracker.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.alerrt.tracker.platform.errors.Refusal;

/** Reads a request body up to a limit; a larger body is refused with 413 before it is held in memory. */
public final class BoundedBody {

    private BoundedBody() {}

    public static byte[] read(InputStream in, long maxBytes) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy(
                    in,
                    out,
                    maxBytes,
                    () -> new Refusal(
                            Refusal.Kind.TOO_LARGE,
                            null,
                            "Request body exceeds the limit of " + maxBytes + " bytes (tracker.http.max-body-bytes)"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code in} to {@code out}, throwing {@code tooLarge} once more than {@code maxBytes} came; the count. */
    public static long copy(InputStream in, OutputStream out, long maxBytes, Supplier<Refusal> tooLarge)
            throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge.get();
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
