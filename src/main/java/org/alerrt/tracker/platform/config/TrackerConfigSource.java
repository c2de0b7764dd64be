package org.alerrt.tracker.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Reads {@code application.properties} from the runtime configuration directory ({@code lrs-config/} by default,
 * or {@code TRACKER_CONFIG_DIR} / {@code -Dtracker.config.dir}). Ordinal 200: environment variables (300) and
 * system properties (400) override it, and it overrides the defaults shipped in the WAR (100).
 */
public class TrackerConfigSource implements ConfigSource {

    public static final String FILE_NAME = "application.properties";
    private final Map<String, String> properties;

    public TrackerConfigSource() {
        this.properties = load(ConfigDirectory.resolve().resolve(FILE_NAME));
    }

    private static Map<String, String> load(Path file) {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read configuration file " + file, e);
            }
        }
        return Map.copyOf((Map) props);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "lrs-config/" + FILE_NAME;
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
