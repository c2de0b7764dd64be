package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.PageSession;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imported content lives on its own origin: served there only, never on the application's origin, and the
 * content origin answers nothing of the application (pages, API, xAPI), not even with an administrator's session
 * cookie or Basic credentials; launch URLs point at it and CORS on the xAPI allows it and no stranger.
 */
class ContentOriginIT extends AgainstDeployedTracker {

    long courseId;

    @BeforeEach
    void importCourse() {
        String c = "https://it.example.org/cmi5/origin/" + UUID.randomUUID();
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(
                        entries("cmi5.xml", course(c, au(c + "/au", "index.html", "")), "index.html", "<p>au</p>")))));
        assertEquals(201, created.statusCode(), created.body());
        courseId = object(created.body()).getJsonNumber("id").longValue();
        this.course = c;
    }

    String course;

    @Test
    void contentIsServedOnTheContentOriginOnly() {
        String path = "/content/" + courseId + "/1/index.html";
        HttpResponse<String> there = client.send(client.content(path).GET());
        assertEquals(200, there.statusCode(), there.body());
        assertEquals("<p>au</p>", there.body());
        HttpResponse<String> here = client.send(client.anonymous(path).GET());
        assertEquals(404, here.statusCode(), here.body());
        assertFalse(here.body().contains("<p>au</p>"), here.body());
    }

    @Test
    void theContentOriginAnswersNothingOfTheApplication() {
        String admin = TrackerClient.basic(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        String lrs = TrackerClient.basic(TrackerClient.LRS_KEY, TrackerClient.LRS_SECRET);
        // ports are no cookie boundary: the pages' session cookie reaches the content origin too
        String cookie = PageSession.signIn(client, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD)
                .request("/")
                .build()
                .headers()
                .firstValue("Cookie")
                .orElseThrow();
        for (String path : List.of(
                "/api/lrs/credentials",
                "/api/cmi5/courses",
                "/login",
                "/admin/credentials",
                "/admin/",
                "/learner/",
                "/",
                "/xapi/about",
                "/xapi/statements",
                "/fetch/x",
                "/verify/x",
                "/resources/css/app.css")) {
            for (String[] credential :
                    List.of(new String[] {"Authorization", admin}, new String[] {"Authorization", lrs}, new String[] {
                        "Cookie", cookie
                    })) {
                HttpResponse<String> r = client.send(client.content(path)
                        .header(credential[0], credential[1])
                        .GET());
                assertEquals(404, r.statusCode(), path + " with " + credential[0] + ": " + r.body());
            }
        }
        String stolen = "stolen-" + UUID.randomUUID();
        for (String[] credential : List.of(new String[] {"Authorization", admin}, new String[] {"Cookie", cookie})) {
            HttpResponse<String> create = client.send(client.content("/api/lrs/credentials")
                    .header(credential[0], credential[1])
                    .header("Origin", TrackerClient.CONTENT_URL)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("name", stolen)
                            .add("scopes", Json.createArrayBuilder().add("all"))
                            .build()
                            .toString())));
            assertEquals(404, create.statusCode(), create.body());
        }
        HttpResponse<String> list = client.send(client.admin("lrs/credentials").GET());
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().contains(stolen), list.body());
    }

    @Test
    void contentIsServedWithoutAuthenticatingAnything() {
        // invalid Basic credentials would be a 401 wherever the tracker checks them
        HttpResponse<String> r = client.send(client.content("/content/" + courseId + "/1/index.html")
                .header("Authorization", TrackerClient.basic("nobody", "wrong"))
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("<p>au</p>", r.body());
        HttpResponse<String> post = client.send(client.content("/content/" + courseId + "/1/index.html")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(404, post.statusCode(), post.body());
    }

    @Test
    void launchUrlsPointAtTheContentOriginAndCorsAllowsItAndNoStranger() {
        HttpResponse<String> reg = client.send(client.admin("cmi5/registrations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("courseId", courseId)
                        .add(
                                "actor",
                                Json.createObjectBuilder()
                                        .add("objectType", "Agent")
                                        .add(
                                                "account",
                                                Json.createObjectBuilder()
                                                        .add("homePage", "https://it.example.org/learners")
                                                        .add(
                                                                "name",
                                                                UUID.randomUUID()
                                                                        .toString())))
                        .build()
                        .toString())));
        assertEquals(201, reg.statusCode(), reg.body());
        HttpResponse<String> launched = client.send(
                client.admin("cmi5/registrations/" + object(reg.body()).getString("registration") + "/launch")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("au", course + "/au")
                                .build()
                                .toString())));
        assertEquals(200, launched.statusCode(), launched.body());
        String url = object(launched.body()).getString("url");
        assertTrue(url.startsWith(TrackerClient.CONTENT_URL + "/content/" + courseId + "/1/index.html?"), url);
        assertTrue(url.contains("endpoint=http%3A%2F%2F127.0.0.1%3A8080%2Fxapi"), url);

        HttpResponse<String> fromContent = client.send(client.xapi("statements?limit=1")
                .header("Origin", TrackerClient.CONTENT_URL)
                .GET());
        assertEquals(
                TrackerClient.CONTENT_URL,
                fromContent.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> fromStranger = client.send(client.xapi("statements?limit=1")
                .header("Origin", "https://evil.example.com")
                .GET());
        assertEquals(
                null,
                fromStranger.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
