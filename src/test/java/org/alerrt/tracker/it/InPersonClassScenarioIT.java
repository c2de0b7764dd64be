package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.eventually;
import static org.alerrt.tracker.testsupport.Officers.settle;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Officers;
import org.alerrt.tracker.testsupport.Officers.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In-person classes recorded by ALERRT staff (docs/compliance.md, delivery and blocks): entered as one class or
 * imported from a CSV file, each attendee credited once, dated the last block day, with the full hours.
 */
class InPersonClassScenarioIT extends AgainstDeployedTracker {

    private Officers officers;

    @BeforeEach
    void fixture() {
        officers = new Officers(client);
    }

    private HttpResponse<String> recordClass(String json) {
        return client.send(client.admin("classes")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> importClasses(String csv) {
        return client.send(client.admin("classes/import")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    void aLevelOneClassInThreeBlocksGivesEachAttendeeOneCompletionOnTheLastBlockDayWithTheFullHours() {
        Officer instructor = officers.enrol();
        officers.post(statement(
                instructor,
                "passed",
                "3315",
                UUID.randomUUID().toString(),
                OffsetDateTime.parse("2026-03-10T16:00:00-06:00"),
                null,
                null));
        officers.awaitCompletions(instructor, 1);
        Officer passes = officers.enrol();
        Officer fails = officers.enrol();
        String reference = "LVL1-" + UUID.randomUUID();
        String body = """
                {"reference": "%s", "tcoleNumber": "3311", "delivery": "INDIRECT", "instructors": ["%s"],
                 "blockDays": ["2026-10-12", "2026-09-14", "2026-11-02"],
                 "attendees": [{"pid": "%s", "outcome": "PASSED"}, {"pid": "%s", "outcome": "failed"}]}""".formatted(reference, instructor.pid(), passes.pid(), fails.pid());
        var created = recordClass(body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject recorded = object(created.body());
        assertEquals("2026-09-14", recorded.getString("firstDay"));
        assertEquals("2026-11-02", recorded.getString("lastDay"));

        JsonObject c = officers.awaitCompletions(passes, 1).getJsonObject(0);
        assertEquals(16, c.getInt("creditHours"), "the full hours, once for the whole class");
        assertEquals("2026-11-02", c.getString("completedOn"), "the last block day");
        assertEquals("2026-09-14", c.getString("startedOn"));
        assertEquals("INDIRECT", c.getString("delivery"));
        assertEquals(instructor.pid(), c.getJsonArray("instructors").getString(0));
        eventually(() -> officers.certificates(passes).size() == 1);
        JsonObject failed = officers.awaitCompletions(fails, 1).getJsonObject(0);
        assertEquals("FAILED", failed.getString("outcome"));
        assertEquals(0, failed.getInt("creditHours"));
        settle();
        assertEquals(1, officers.completions(passes).size(), "never one completion per block");
        assertTrue(
                officers.queueEntriesOf(c.getJsonNumber("id").longValue()).isEmpty(), "indirect: the agency reports");

        var again = recordClass(body);
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("already recorded"), again.body());
        settle();
        assertEquals(1, officers.completions(passes).size(), "recording a class twice credits nothing twice");
    }

    @Test
    void aClassFileIsRecordedAllOrNothingWithEveryBadLineNamed() {
        Officer a = officers.enrol();
        Officer b = officers.enrol();
        String update = "UPD-" + UUID.randomUUID();
        String levelOne = "L1-" + UUID.randomUUID();
        String header = "reference,tcole_number,delivery,instructor_pids,block_days,hours,module_description,pid,"
                + "outcome\n";
        String good = update + ",3312,DIRECT,,2026-10-05,4,Breaching refresher," + a.pid() + ",PASSED\n"
                + update + ",3312,DIRECT,,2026-10-05,4,Breaching refresher," + b.pid() + ",PASSED\n"
                + levelOne + ",3311,,,2026-10-06;2026-10-07,,," + a.pid() + ",PASSED\n";
        String bad = good + levelOne + ",3311,,,2026-10-06;2026-10-07,,,9999999,PASSED\n" + levelOne
                + ",3311,,,2026-10-06;2026-10-07,,," + b.pid() + ",ATTENDED\n";

        var refused = importClasses(header + bad);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(
                refused.body().contains("line 5, pid") && refused.body().contains("line 6, outcome"), refused.body());
        String listed = client.send(client.admin("classes?limit=500").GET()).body();
        assertFalse(listed.contains(update), "nothing recorded from a refused file");

        var imported = importClasses(header + good);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, object(imported.body()).getInt("recorded"));
        var completions = officers.awaitCompletions(a, 2);
        JsonObject module = completions.stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("tcoleNumber").equals("3312"))
                .findFirst()
                .orElseThrow();
        assertEquals(4, module.getInt("creditHours"));
        assertEquals("Breaching refresher", module.getString("moduleDescription"));
        assertEquals("DIRECT", module.getString("delivery"));
        eventually(() ->
                officers.queueEntriesOf(module.getJsonNumber("id").longValue()).size() == 1);
        assertEquals(
                1,
                array(client.send(client.admin("classes?limit=500").GET()).body()).stream()
                        .filter(v -> v.asJsonObject().getString("reference").equals(update))
                        .count());
    }

    @Test
    void aFullCourseIsCreditedWithItsCatalogueHoursWhateverTheClassSays() {
        Officer o = officers.enrol();
        var r = recordClass("""
                {"reference": "%s", "tcoleNumber": "3311", "blockDays": ["2026-10-06"], "hours": 8,
                 "attendees": [{"pid": "%s", "outcome": "PASSED"}]}""".formatted(UUID.randomUUID(), o.pid()));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("hours") && r.body().contains("catalogue hours (16)"), r.body());
        var future = recordClass("""
                {"reference": "%s", "tcoleNumber": "3311", "blockDays": ["2099-10-06"],
                 "attendees": [{"pid": "%s", "outcome": "PASSED"}]}""".formatted(UUID.randomUUID(), o.pid()));
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("blockDays"), future.body());
        assertEquals(400, recordClass("{\"reference\": \"x\"}").statusCode());
        assertEquals(400, recordClass("[]").statusCode());
    }
}
