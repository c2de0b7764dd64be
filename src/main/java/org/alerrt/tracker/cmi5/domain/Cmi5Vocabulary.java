package org.alerrt.tracker.cmi5.domain;

import java.util.Set;

/** The IRIs cmi5 defines for verbs (§9.3), categories (§9.6.2), extensions (§9.5.5, §9.6.3) and types (§9.4). */
public final class Cmi5Vocabulary {

    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    /** The verbs that move an AU toward its moveOn criteria (§9.3.3–9.3.5). */
    public static final Set<String> MOVE_ON_VERBS = Set.of(COMPLETED, PASSED, FAILED);

    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    public static final String EXT_SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String EXT_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    public static final String EXT_LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
    public static final String EXT_LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
    public static final String EXT_MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
    public static final String EXT_LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
    public static final String EXT_REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    public static final String TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";
    public static final String TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";

    /** State document the LMS writes before every launch (§10.1). */
    public static final String LAUNCH_DATA = "LMS.LaunchData";

    private Cmi5Vocabulary() {}
}
