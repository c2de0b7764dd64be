package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alerrt.tracker.app.ApiApplication;
import org.alerrt.tracker.lrs.adapters.rest.XapiApplication;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Cmi5Client;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, checked against the server's own OpenAPI document: every route it lists (path template ×
 * method) is tried as every kind of caller and the answer class (401, 403, or allowed: anything else, since
 * authorization is decided before the dummy body or id is validated) must be the one {@link #RULES} gives its
 * route group. A route no rule classifies fails the test, so a new route cannot skip the matrix. Then the pages
 * (not in OpenAPI) and the launch credentials' own-learner rules, which are about requests, not routes.
 */
class AuthorizationMatrixIT extends AgainstDeployedTracker {

    enum Caller {
        ANONYMOUS,
        WRONG_PASSWORD,
        LRS_CREDENTIAL,
        LEARNER,
        OTHER_LEARNER,
        ADMIN,
        CMI5_SESSION,
        TINCAN_LAUNCH
    }

    /** The answer class of a cell. NOT_THEIRS: another learner's resource, refused or answered as unknown. */
    enum Expect {
        UNAUTHENTICATED,
        FORBIDDEN,
        ALLOWED,
        NOT_THEIRS;

        boolean matches(int status) {
            return switch (this) {
                // 429: the sign-in throttle refused a name that kept failing here (a credential of the other realm)
                case UNAUTHENTICATED -> status == 401 || status == 429;
                case FORBIDDEN -> status == 403;
                case ALLOWED -> status != 401 && status != 403 && status < 500;
                case NOT_THEIRS -> status == 403 || status == 404;
            };
        }

        @Override
        public String toString() {
            return switch (this) {
                case UNAUTHENTICATED -> "401 (or 429, throttled)";
                case FORBIDDEN -> "403";
                case ALLOWED -> "allowed (not 401/403/5xx)";
                case NOT_THEIRS -> "403 or 404";
            };
        }
    }

    /** The xAPI scopes (Communication §4.2) each credential holds: what the test asks for, and the launch policies. */
    private static final Map<Caller, Set<String>> SCOPES = Map.of(
            Caller.LRS_CREDENTIAL, Set.of("statements/write", "statements/read"),
            Caller.CMI5_SESSION, Set.of("statements/write", "statements/read/mine", "state", "profile"),
            Caller.TINCAN_LAUNCH, Set.of("statements/write", "statements/read/mine", "state"));

    /** GET /xapi/statements: statements/read, or statements/read/mine (then only the credential's own). */
    private static Function<Caller, Expect> statementsRead() {
        return c -> switch (c) {
            case LRS_CREDENTIAL, CMI5_SESSION, TINCAN_LAUNCH ->
                SCOPES.get(c).contains("statements/read") || SCOPES.get(c).contains("statements/read/mine")
                        ? Expect.ALLOWED
                        : Expect.FORBIDDEN;
            default -> Expect.UNAUTHENTICATED;
        };
    }

    /** An xAPI route answers a credential holding the scope it needs; user accounts are not xAPI credentials. */
    private static Function<Caller, Expect> xapiStrict(String scope) {
        return c -> switch (c) {
            case LRS_CREDENTIAL, CMI5_SESSION, TINCAN_LAUNCH ->
                SCOPES.get(c).contains(scope) ? Expect.ALLOWED : Expect.FORBIDDEN;
            default -> Expect.UNAUTHENTICATED;
        };
    }

    /** The admin API: administrators only; a learner is known but not allowed. */
    private static Function<Caller, Expect> adminOnly() {
        return c -> switch (c) {
            case ADMIN -> Expect.ALLOWED;
            case LEARNER, OTHER_LEARNER -> Expect.FORBIDDEN;
            default -> Expect.UNAUTHENTICATED;
        };
    }

    record Rule(String pattern, String methods, Function<Caller, Expect> expect) {
        boolean matches(String template, String method) {
            boolean path = pattern.endsWith("/**")
                    ? template.startsWith(pattern.substring(0, pattern.length() - 2))
                    : template.equals(pattern);
            return path && (methods.equals("*") || Set.of(methods.split(",")).contains(method));
        }
    }

    /**
     * THE TABLE: route group → expected answer per caller; the first matching rule wins. Credentials sent are
     * checked even on public routes (a wrong one is 401). /api takes user accounts only, /xapi LRS credentials only
     * (the cmi5 session token and the Tin Can launch credential are LRS credentials with narrow scopes).
     */
    static final List<Rule> RULES = List.of(
            new Rule("/xapi/about", "GET", c -> switch (c) {
                case ANONYMOUS, LRS_CREDENTIAL, CMI5_SESSION, TINCAN_LAUNCH -> Expect.ALLOWED;
                default -> Expect.UNAUTHENTICATED;
            }),
            new Rule("/xapi/statements", "GET", statementsRead()),
            new Rule("/xapi/statements", "PUT,POST", xapiStrict("statements/write")),
            new Rule("/xapi/activities/state", "*", xapiStrict("state")),
            new Rule("/xapi/activities/profile", "*", xapiStrict("profile")),
            new Rule("/xapi/agents/profile", "*", xapiStrict("profile")),
            new Rule("/xapi/activities", "GET", xapiStrict("statements/read")),
            new Rule("/xapi/agents", "GET", xapiStrict("statements/read")),
            new Rule("/api/verify/**", "GET", c -> switch (c) {
                case ANONYMOUS, LEARNER, OTHER_LEARNER, ADMIN -> Expect.ALLOWED;
                default -> Expect.UNAUTHENTICATED;
            }),
            new Rule("/api/me/**", "*", c -> switch (c) {
                case LEARNER, OTHER_LEARNER -> Expect.ALLOWED;
                case ADMIN -> Expect.FORBIDDEN; // an administrator without the learner role has no portal
                default -> Expect.UNAUTHENTICATED;
            }),
            new Rule("/api/sign-in/throttles/**", "*", adminOnly()),
            new Rule("/api/sign-in/throttles", "GET", adminOnly()),
            new Rule("/api/audit", "GET", adminOnly()),
            new Rule("/api/**", "*", adminOnly()));

    /** /api/me routes naming a learner-owned id: the other learner gets 403 or 404, never the first one's data. */
    static final Set<String> LEARNER_OWNED =
            Set.of("/api/me/certificates/{code}/pdf", "/api/me/cmi5/registrations/{registration}/launch");

    private static Fixtures fx;

    // ---------------------------------------------------------------- the OpenAPI matrix

    @Test
    void everyOpenApiRouteAnswersEachCallerAsTheTableSays() {
        Fixtures f = fixtures();
        Map<String, Set<String>> routes = openApiRoutes();
        List<DynamicTest> cells = new ArrayList<>();
        for (var route : routes.entrySet()) {
            for (String method : route.getValue()) {
                String template = route.getKey();
                Rule rule = RULES.stream()
                        .filter(r -> r.matches(template, method))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                method + " " + template + " is listed by /openapi but no rule of RULES in "
                                        + "AuthorizationMatrixIT classifies it: add it to the table"));
                for (Caller caller : Caller.values()) {
                    Expect expected = rule.expect().apply(caller);
                    if (caller == Caller.OTHER_LEARNER
                            && expected == Expect.ALLOWED
                            && LEARNER_OWNED.contains(template)) {
                        expected = Expect.NOT_THEIRS;
                    }
                    Expect e = expected;
                    String name =
                            method + " " + template + " as " + caller.name().toLowerCase(Locale.ROOT);
                    cells.add(DynamicTest.dynamicTest(name, () -> check(name, e, f.request(caller, method, template))));
                }
            }
        }
        try {
            run(cells);
        } finally {
            f.clearSignInThrottles();
        }
    }

    /** Guards against a generator that breaks silently, and against JAX-RS methods it does not see. */
    @Test
    void theOpenApiDocumentListsEveryJaxRsResourceMethod() {
        Map<String, Set<String>> listed = openApiRoutes();
        int operations = listed.values().stream().mapToInt(Set::size).sum();
        assertTrue(operations >= 50, "/openapi lists only " + operations + " operations: " + listed);
        Set<String> missing = new TreeSet<>();
        jaxRsRoutes()
                .forEach((template, methods) -> methods.forEach(m -> {
                    if (!listed.getOrDefault(template, Set.of()).contains(m)) {
                        missing.add(m + " " + template);
                    }
                }));
        assertTrue(missing.isEmpty(), "JAX-RS resource methods missing from /openapi: " + missing);
    }

    private Map<String, Set<String>> openApiRoutes() {
        // at the server root; under Arquillian the WAR has a context root, which annotated paths start with
        URI base = URI.create(client.base());
        HttpResponse<String> r = client.send(client.anonymous("")
                .uri(base.resolve("/openapi"))
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        String contextRoot = base.getPath().replaceAll("/+$", "");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        object(r.body()).getJsonObject("paths").forEach((listed, ops) -> {
            String path = !contextRoot.isEmpty() && listed.startsWith(contextRoot + "/")
                    ? listed.substring(contextRoot.length())
                    : listed;
            Set<String> methods = new TreeSet<>();
            ops.asJsonObject().keySet().stream()
                    .map(k -> k.toUpperCase(Locale.ROOT))
                    .filter(m -> Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(m))
                    .forEach(methods::add);
            out.computeIfAbsent(path, k -> new TreeSet<>()).addAll(methods);
        });
        return out;
    }

    /** The resource methods of both JAX-RS applications, inherited ones included, as OpenAPI path templates. */
    private static Map<String, Set<String>> jaxRsRoutes() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Map<String, Set<Class<?>>> apps =
                Map.of("/api", new ApiApplication().getClasses(), "/xapi", new XapiApplication().getClasses());
        apps.forEach((root, classes) -> classes.stream()
                .filter(c -> c.isAnnotationPresent(Path.class))
                .forEach(c -> {
                    for (Method m : c.getMethods()) {
                        for (var a : m.getAnnotations()) {
                            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                            if (http == null) {
                                continue;
                            }
                            String sub = m.isAnnotationPresent(Path.class)
                                    ? "/" + trim(m.getAnnotation(Path.class).value())
                                    : "";
                            String template = (root + "/"
                                            + trim(c.getAnnotation(Path.class).value()) + sub)
                                    .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                            out.computeIfAbsent(template, k -> new TreeSet<>()).add(http.value());
                        }
                    }
                }));
        return out;
    }

    private static String trim(String p) {
        return p.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    // ---------------------------------------------------------------- pages (Faces), not in OpenAPI

    @Test
    void pagesAreOpenOrSendAnonymousCallersToSignIn() {
        List<DynamicTest> cells = new ArrayList<>();
        for (String page : List.of("/", "/login", "/verify")) {
            cells.add(DynamicTest.dynamicTest("GET " + page + " as anonymous", () -> {
                HttpResponse<String> r = client.send(client.anonymous(page).GET());
                assertEquals(200, r.statusCode(), "GET " + page + " as anonymous: expected 200, got " + r.statusCode());
            }));
        }
        for (String page : List.of(
                "/admin/",
                "/admin/learners",
                "/admin/courses",
                "/admin/completions",
                "/admin/reports",
                "/admin/credentials",
                "/learner/",
                "/learner/courses")) {
            cells.add(DynamicTest.dynamicTest("GET " + page + " as anonymous", () -> {
                HttpResponse<String> r = client.send(client.anonymous(page).GET());
                String location = r.headers().firstValue("Location").orElse("");
                assertTrue(
                        r.statusCode() == 302 && location.contains("/login?next="),
                        "GET " + page + " as anonymous: expected a redirect to /login, got " + r.statusCode() + " "
                                + location);
            }));
        }
        // HTTP Basic is for /api only: a page asked with it is still a sign-in redirect, never the page
        cells.add(DynamicTest.dynamicTest("GET /admin/ with admin HTTP Basic", () -> {
            HttpResponse<String> r = client.send(client.anonymous("/admin/")
                    .header("Authorization", TrackerClient.basic(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD))
                    .GET());
            assertEquals(302, r.statusCode(), "GET /admin/ with admin HTTP Basic: expected 302, got " + r.statusCode());
        }));
        run(cells);
    }

    // ---------------------------------------------------------------- launch credentials: their own learner only

    @Test
    void launchCredentialsSpeakOnlyForTheirOwnLearnerRegistrationAndCourse() {
        Fixtures f = fixtures();
        List<DynamicTest> cells = new ArrayList<>();
        String otherState = "activities/state?activityId=" + enc(f.cmi5ActivityId) + "&agent=" + enc(f.otherActor)
                + "&stateId=matrix";
        String ownState = "activities/state?activityId=" + enc(f.cmi5ActivityId) + "&agent=" + enc(f.cmi5Actor)
                + "&registration=" + f.cmi5Registration + "&stateId=matrix";
        cells.add(cell(
                "GET own State as cmi5_session",
                Expect.ALLOWED,
                () -> f.xapiAs(Caller.CMI5_SESSION, "GET", ownState, null)));
        for (String m : List.of("GET", "PUT", "DELETE")) {
            cells.add(cell(
                    m + " another learner's State as cmi5_session",
                    Expect.FORBIDDEN,
                    () -> f.xapiAs(Caller.CMI5_SESSION, m, otherState, m.equals("PUT") ? "{\"page\": 1}" : null)));
        }
        cells.add(cell(
                "POST a statement of the session's AU as cmi5_session",
                Expect.ALLOWED,
                () -> f.xapiAs(
                        Caller.CMI5_SESSION,
                        "POST",
                        "statements",
                        f.cmi5Statement("experienced", f.cmi5ActivityId).toString())));
        cells.add(cell(
                "POST passed for catalogue course 3315 as cmi5_session",
                Expect.FORBIDDEN,
                () -> f.xapiAs(
                        Caller.CMI5_SESSION,
                        "POST",
                        "statements",
                        f.cmi5Statement("passed", "https://alerrt.org/xapi/courses/3315")
                                .toString())));
        cells.add(cell(
                "POST a statement about another learner as cmi5_session",
                Expect.FORBIDDEN,
                () -> f.xapiAs(
                        Caller.CMI5_SESSION,
                        "POST",
                        "statements",
                        statement(f.otherActor, "experienced", f.cmi5ActivityId, null)
                                .toString())));
        cells.add(cell(
                "POST a statement about another learner as tincan_launch",
                Expect.FORBIDDEN,
                () -> f.xapiAs(
                        Caller.TINCAN_LAUNCH,
                        "POST",
                        "statements",
                        statement(f.otherActor, "experienced", f.tinCanActivityId, f.tinCanRegistration)
                                .toString())));
        cells.add(cell(
                "GET another learner's State as tincan_launch",
                Expect.FORBIDDEN,
                () -> f.xapiAs(
                        Caller.TINCAN_LAUNCH,
                        "GET",
                        "activities/state?activityId=" + enc(f.tinCanActivityId) + "&agent=" + enc(f.otherActor)
                                + "&stateId=matrix",
                        null)));
        cells.add(cell("POST voiding its own statement as tincan_launch", Expect.ALLOWED, () -> {
            JsonObject own = statement(f.tinCanActor, "experienced", f.tinCanActivityId, f.tinCanRegistration);
            HttpResponse<String> stored = f.xapiAs(Caller.TINCAN_LAUNCH, "POST", "statements", own.toString());
            assertEquals(200, stored.statusCode(), stored.body());
            return f.xapiAs(
                    Caller.TINCAN_LAUNCH,
                    "POST",
                    "statements",
                    voiding(f.tinCanActor, own.getString("id"), f.tinCanRegistration)
                            .toString());
        }));
        cells.add(cell(
                "POST voiding another learner's statement as tincan_launch",
                Expect.FORBIDDEN,
                () -> f.xapiAs(
                        Caller.TINCAN_LAUNCH,
                        "POST",
                        "statements",
                        voiding(f.tinCanActor, f.otherStatementId(), f.tinCanRegistration)
                                .toString())));
        cells.add(cell(
                "POST passed for catalogue course 3315 as tincan_launch",
                Expect.FORBIDDEN,
                () -> f.xapiAs(
                        Caller.TINCAN_LAUNCH,
                        "POST",
                        "statements",
                        statement(f.tinCanActor, "passed", "https://alerrt.org/xapi/courses/3315", f.tinCanRegistration)
                                .toString())));
        run(cells);
    }

    /** Runs every cell (none depends on another's order or effect) and fails once, listing every failing cell. */
    private static void run(List<DynamicTest> cells) {
        List<String> failures = new ArrayList<>();
        for (DynamicTest cell : cells) {
            try {
                cell.getExecutable().execute();
            } catch (Throwable e) {
                failures.add(e.getMessage());
            }
        }
        System.out.println(cells.size() + " cells, " + failures.size() + " failed");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cells.size() + " cells failed:\n" + String.join("\n", failures));
        }
    }

    private static DynamicTest cell(String name, Expect expected, Supplier<HttpResponse<String>> r) {
        return DynamicTest.dynamicTest(name, () -> check(name, expected, r.get()));
    }

    private static void check(String name, Expect expected, HttpResponse<String> r) {
        boolean ok = expected.matches(r.statusCode());
        if (!ok) {
            fail(name + ": expected " + expected + ", got " + r.statusCode() + " " + abbreviate(r.body()));
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonObject statement(String actor, String verb, String activityId, String registration) {
        var s = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", object(actor))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/" + verb))
                .add("object", Json.createObjectBuilder().add("id", activityId))
                .add("timestamp", Instant.now().toString());
        if (registration != null) {
            s.add("context", Json.createObjectBuilder().add("registration", registration));
        }
        if (verb.equals("passed")) {
            s.add("result", Json.createObjectBuilder().add("success", true).add("completion", true));
        }
        return s.build();
    }

    static JsonObject voiding(String actor, String statementId, String registration) {
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", object(actor))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/voided"))
                .add(
                        "object",
                        Json.createObjectBuilder()
                                .add("objectType", "StatementRef")
                                .add("id", statementId))
                .add("context", Json.createObjectBuilder().add("registration", registration))
                .build();
    }

    // ---------------------------------------------------------------- fixtures

    private synchronized Fixtures fixtures() {
        if (fx == null || !fx.base.equals(client.base())) { // one server per class, twice per build (H2, PostgreSQL)
            fx = new Fixtures(client);
        }
        return fx;
    }

    /** Everything the cells need, created once per server; no cell destroys what another one uses. */
    static final class Fixtures {
        final TrackerClient client;
        final String base;
        final Map<Caller, String> auth = new LinkedHashMap<>();
        final long learnerId;
        final long portalCourseId;
        final String portalRegistration;
        final String portalAu;
        final String cmi5Registration;
        final String cmi5ActivityId;
        final String cmi5Actor;
        final String cmi5Session;
        final String cmi5Publisher;
        final String tinCanRegistration;
        final String tinCanActivityId;
        final String tinCanActor;
        final String otherActor;
        final String lrsKey;
        /** Prefix of the names the wrong-password caller uses, see {@link #send}. */
        final String wrongName;

        private final AtomicInteger wrongAttempts = new AtomicInteger();
        private final AtomicInteger requests = new AtomicInteger();
        private String otherStatementId;

        Fixtures(TrackerClient client) {
            this.client = client;
            this.base = client.base();
            String tag = UUID.randomUUID().toString().substring(0, 8);
            auth.put(Caller.ADMIN, TrackerClient.basic(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD));
            learnerId = learner("matrix-a-" + tag, "learner-pass-" + tag);
            learner("matrix-b-" + tag, "learner-pass-" + tag);
            auth.put(Caller.LEARNER, TrackerClient.basic("matrix-a-" + tag, "learner-pass-" + tag));
            auth.put(Caller.OTHER_LEARNER, TrackerClient.basic("matrix-b-" + tag, "learner-pass-" + tag));
            wrongName = "matrix-w-" + tag + "-";

            HttpResponse<String> issued = admin(
                    "POST",
                    "lrs/credentials",
                    "{\"name\": \"matrix\", \"scopes\": [\"statements/write\", \"statements/read\"]}");
            assertEquals(201, issued.statusCode(), issued.body());
            lrsKey = object(issued.body()).getString("key");
            auth.put(
                    Caller.LRS_CREDENTIAL,
                    TrackerClient.basic(lrsKey, object(issued.body()).getString("secret")));

            // the cmi5 session: the learner starts and launches an AU, the AU fetches its token (§8.2)
            String c = "https://it.example.org/matrix/" + UUID.randomUUID();
            long cmi5Course = importCourse(zip(entries(
                    "cmi5.xml",
                    course(c, block(c + "/b", au(c + "/au", "index.html", ""))),
                    "index.html",
                    "<p>au</p>")));
            cmi5Registration = startAs(Caller.LEARNER, cmi5Course);
            cmi5Publisher = c + "/au";
            Map<String, String> q = Cmi5Client.query(object(me(
                            Caller.LEARNER,
                            "POST",
                            "cmi5/registrations/" + cmi5Registration + "/launch",
                            "{\"au\": \"" + cmi5Publisher + "\"}"))
                    .getString("url"));
            cmi5ActivityId = q.get("activityId");
            cmi5Actor = q.get("actor");
            HttpResponse<String> fetched =
                    client.send(client.anonymous(URI.create(q.get("fetch")).getRawPath())
                            .POST(HttpRequest.BodyPublishers.noBody()));
            String token = object(fetched.body()).getString("auth-token");
            auth.put(Caller.CMI5_SESSION, "Basic " + token);
            cmi5Session = object(get(
                                    Caller.CMI5_SESSION,
                                    "/xapi/activities/state?activityId=" + enc(cmi5ActivityId) + "&agent="
                                            + enc(cmi5Actor) + "&registration=" + cmi5Registration
                                            + "&stateId=LMS.LaunchData")
                            .body())
                    .getJsonObject("contextTemplate")
                    .getJsonObject("extensions")
                    .getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid");
            // §11 before "initialized": the AU reads its preferences, then initializes
            get(
                    Caller.CMI5_SESSION,
                    "/xapi/agents/profile?agent=" + enc(cmi5Actor) + "&profileId=cmi5LearnerPreferences");
            HttpResponse<String> init = xapiAs(
                    Caller.CMI5_SESSION,
                    "POST",
                    "statements",
                    cmi5Statement("initialized", cmi5ActivityId).toString());
            assertEquals(200, init.statusCode(), init.body());

            // the portal routes get a course of their own, so launching there never ends the session above
            portalCourseId = importCourse(zip(entries(
                    "cmi5.xml",
                    course(c + "/p", block(c + "/p/b", au(c + "/p/au", "index.html", ""))),
                    "index.html",
                    "<p>p</p>")));
            portalRegistration = startAs(Caller.LEARNER, portalCourseId);
            portalAu = c + "/p/au";

            // the Tin Can launch of the same learner
            long tinCanCourse = importCourse(zip(entries("tincan.xml", """
                    <tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>
                    <activity id="%s/tc" type="http://adlnet.gov/expapi/activities/course">
                    <name>Matrix</name><launch lang="und">index.html</launch></activity>
                    </activities></tincan>""".formatted(c), "index.html", "<p>tc</p>")));
            Map<String, String> t =
                    Cmi5Client.query(object(me(Caller.LEARNER, "POST", "cmi5/courses/" + tinCanCourse + "/launch", ""))
                            .getString("url"));
            auth.put(Caller.TINCAN_LAUNCH, t.get("auth"));
            tinCanRegistration = t.get("registration");
            tinCanActivityId = t.get("activity_id");
            tinCanActor = t.get("actor");
            otherActor = "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://it.example.org\", "
                    + "\"name\": \"other-" + tag + "\"}}";
        }

        /**
         * Each caller's credential is refused in the other realm (a user name on /xapi, a key on /api) on every route:
         * the sign-in throttle locks those names; lift the locks, so that no later test meets them.
         */
        void clearSignInThrottles() {
            for (String a : auth.values()) {
                String decoded =
                        new String(Base64.getDecoder().decode(a.substring("Basic ".length())), StandardCharsets.UTF_8);
                String name = enc(decoded.substring(0, decoded.indexOf(':')));
                for (String kind : List.of("ACCOUNT", "LRS_KEY")) {
                    int status = admin("DELETE", "sign-in/throttles/" + kind + "/" + name, null)
                            .statusCode();
                    assertTrue(status == 204 || status == 404, "clearing " + kind + "/" + name + ": " + status);
                }
            }
        }

        /** A statement of the other learner, stored with the LRS credential, for the voiding cell. */
        synchronized String otherStatementId() {
            if (otherStatementId == null) {
                JsonObject s = statement(otherActor, "experienced", tinCanActivityId, null);
                HttpResponse<String> r = xapiAs(Caller.LRS_CREDENTIAL, "POST", "statements", s.toString());
                assertEquals(200, r.statusCode(), r.body());
                otherStatementId = s.getString("id");
            }
            return otherStatementId;
        }

        JsonObject cmi5Statement(String verb, String activityId) {
            JsonObject s = statement(cmi5Actor, verb, activityId, cmi5Registration);
            var context = Json.createObjectBuilder(s.getJsonObject("context"))
                    .add(
                            "contextActivities",
                            Json.createObjectBuilder()
                                    .add(
                                            "grouping",
                                            Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("id", cmi5Publisher))))
                    .add(
                            "extensions",
                            Json.createObjectBuilder()
                                    .add("https://w3id.org/xapi/cmi5/context/extensions/sessionid", cmi5Session));
            if (verb.equals("initialized")) {
                context.add(
                        "contextActivities",
                        Json.createObjectBuilder()
                                .add(
                                        "grouping",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("id", cmi5Publisher)))
                                .add(
                                        "category",
                                        Json.createArrayBuilder()
                                                .add(
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "id",
                                                                        "https://w3id.org/xapi/cmi5/context/categories/cmi5"))));
            }
            return Json.createObjectBuilder(s).add("context", context).build();
        }

        /** One cell's request: path parameters filled from the fixtures (unknown ids where a write would destroy). */
        HttpResponse<String> request(Caller caller, String method, String template) {
            boolean read = method.equals("GET");
            String path = template.replace(
                            "{code}", read ? "no-such-certificate-code-0000" : "no-such-certificate-code-0000")
                    .replace("{learnerId}", read ? String.valueOf(learnerId) : "987654321")
                    .replace("{number}", read ? "3311" : "99999")
                    .replace("{key}", read ? lrsKey : "no-such-key")
                    .replace("{kind}", "ACCOUNT")
                    .replace("{session}", UUID.randomUUID().toString())
                    .replace("{deadLetter}", "987654321");
            if (template.startsWith("/api/me/")) {
                path = path.replace("{id}", String.valueOf(portalCourseId))
                        .replace("{registration}", portalRegistration);
            } else {
                path = path.replace("{id}", read ? String.valueOf(portalCourseId) : "987654321")
                        .replace(
                                "{registration}",
                                read ? portalRegistration : UUID.randomUUID().toString());
            }
            if (template.startsWith("/api/reports/rosters/") || template.startsWith("/api/reports/entries/")) {
                path = path.replace(String.valueOf(portalCourseId), "987654321");
            }
            assertTrue(!path.contains("{"), "no fixture for a path parameter of " + template + ": add one");
            String body = template.equals("/api/me/cmi5/registrations/{registration}/launch")
                    ? "{\"au\": \"" + portalAu + "\"}"
                    : "[";
            // no body on DELETE: the server refuses one with 400 before authentication, which would hide the answer
            return send(caller, method, path, read || method.equals("DELETE") ? null : body);
        }

        HttpResponse<String> send(Caller caller, String method, String path, String body) {
            // every request from a client address of its own (X-Forwarded-For is believed from 127.0.0.1 in the
            // failsafe configuration): the matrix's many refused credentials never use up the budget of 127.0.0.1
            HttpRequest.Builder b = client.anonymous(path)
                    .header(
                            "X-Forwarded-For",
                            "2001:db8:ffff::" + Integer.toHexString(requests.incrementAndGet() & 0xffff));
            if (path.startsWith("/xapi/")) {
                b.header("X-Experience-API-Version", "1.0.3");
            }
            // a name (user or LRS key) of its own for every wrong-password request: after five failures the sign-in
            // throttle would answer 429 instead of checking (SignInThrottleIT), and a locked shared key would stop
            // the other tests; this table is about routes
            String a = caller == Caller.WRONG_PASSWORD
                    ? TrackerClient.basic(wrongName + wrongAttempts.incrementAndGet(), "not-the-secret-000")
                    : auth.get(caller);
            if (a != null) {
                b.header("Authorization", a);
            }
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return client.send(b);
        }

        HttpResponse<String> xapiAs(Caller caller, String method, String pathAndQuery, String body) {
            return send(caller, method, "/xapi/" + pathAndQuery, body);
        }

        private HttpResponse<String> get(Caller caller, String path) {
            HttpResponse<String> r = send(caller, "GET", path, null);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return r;
        }

        private HttpResponse<String> admin(String method, String path, String body) {
            return send(Caller.ADMIN, method, "/api/" + path, body);
        }

        private String me(Caller who, String method, String path, String body) {
            HttpResponse<String> r = send(who, method, "/api/me/" + path, body);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return r.body();
        }

        private long learner(String username, String password) {
            HttpResponse<String> r = admin("POST", "learners", """
                    {"firstName": "Matrix", "lastName": "%s", "actor": {"mbox": "mailto:%s@it.example.org"},
                     "username": "%s", "password": "%s"}""".formatted(username, username, username, password));
            assertEquals(201, r.statusCode(), r.body());
            return object(r.body()).getJsonNumber("id").longValue();
        }

        private long importCourse(byte[] zip) {
            HttpResponse<String> r = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                    .header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
            assertEquals(201, r.statusCode(), r.body());
            return object(r.body()).getJsonNumber("id").longValue();
        }

        private String startAs(Caller who, long courseId) {
            return object(me(who, "POST", "cmi5/courses/" + courseId + "/start", ""))
                    .getString("registration");
        }
    }
}
