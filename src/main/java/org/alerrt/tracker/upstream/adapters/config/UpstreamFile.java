package org.alerrt.tracker.upstream.adapters.config;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.upstream.adapters.rest.UpstreamJson;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;

/**
 * Reads the upstream file (docs/upstream.md): a JSON array of upstreams in the API's form (one reader,
 * {@link UpstreamJson}), plus an optional {@code forward} object in the form of {@code PUT …/forward}. The secret is
 * never in the file: it is the setting {@code tracker.upstream.<name>.secret} (an environment variable works, as for
 * every setting), so the file can be kept in version control. Every problem names the entry and the field.
 */
public final class UpstreamFile {

    /** The name becomes part of a setting key (and of an environment variable): letters, digits, '-' and '_'. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /**
     * One upstream of the file.
     *
     * @param forward null: forwarding is off
     */
    public record Entry(UpstreamDefinition definition, String secret, ForwardSettings forward, Instant forwardFrom) {}

    /** The file did not parse; one line per problem. */
    public static final class Problems extends RuntimeException {
        private final List<String> problems;

        Problems(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private UpstreamFile() {}

    public static String secretKey(String name) {
        return "tracker.upstream." + name + ".secret";
    }

    /**
     * @param settings reads a setting (for the secrets)
     * @throws Problems naming each bad entry and field
     */
    public static List<Entry> parse(String text, Function<String, Optional<String>> settings) {
        JsonArray array;
        try (JsonReader r = CachedJson.reader(new StringReader(text))) {
            array = r.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new Problems(List.of("not a JSON array of upstreams: " + e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "upstream [" + i + "]";
            try {
                if (!(array.get(i) instanceof JsonObject in)) {
                    throw Refusal.invalid("", "must be an object");
                }
                at += in.get("name") instanceof jakarta.json.JsonString n ? " '" + n.getString() + "'" : "";
                Entry e = entry(in, settings);
                if (!names.add(e.definition().name())) {
                    throw Refusal.invalid(
                            "name",
                            "name: a second upstream named '" + e.definition().name() + "'");
                }
                entries.add(e);
            } catch (Refusal r) {
                problems.add(at + ": " + r.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        return entries;
    }

    private static Entry entry(JsonObject in, Function<String, Optional<String>> settings) {
        if (in.containsKey("secret")) {
            throw Refusal.invalid(
                    "secret",
                    "secret must not be in the file: set the setting tracker.upstream.<name>"
                            + ".secret (or its environment variable) instead");
        }
        UpstreamDefinition d = UpstreamJson.definition(in);
        if (!NAME.matcher(d.name()).matches()) {
            throw Refusal.invalid(
                    "name",
                    "name: letters, digits, '-' and '_' only in the upstream file (it names"
                            + " the setting of its secret)");
        }
        String key = secretKey(d.name());
        String secret = settings.apply(key)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> Refusal.invalid("secret", "secret: the setting " + key + " is not set"));
        JsonValue forward = in.get("forward");
        if (forward == null || forward == JsonValue.NULL) {
            return new Entry(d, secret, null, null);
        }
        JsonObject f = UpstreamJson.object(in, "forward");
        return new Entry(d, secret, UpstreamJson.forwardSettings(f), UpstreamJson.forwardFrom(f));
    }
}
