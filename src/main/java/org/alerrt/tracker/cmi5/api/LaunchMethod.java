package org.alerrt.tracker.cmi5.api;

import java.util.Arrays;
import java.util.Optional;

/** Window context an AU needs (cmi5 §13.1.4 "launchMethod"); the names are the XML values. */
public enum LaunchMethod {
    AnyWindow,
    OwnWindow;

    public static final LaunchMethod DEFAULT = AnyWindow;

    public static Optional<LaunchMethod> fromXml(String value) {
        return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst();
    }
}
