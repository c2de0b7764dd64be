package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Data §2.2–2.4: for thousands of single-point mutations of valid statements (every property replaced by a null,
 * a wrong type or an odd value, removed, or joined by an unknown property), the validator gives the same
 * decision, property and message as it did before the write-path optimisation. The expected outcomes in
 * {@code statement-validator-outcomes.txt} were produced by the former validator.
 */
class StatementValidatorMutationTest {

    static final List<String> BASES = List.of(
            // 1.0.3: every optional part of a statement, Activity object.
            "{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0','actor':{'objectType':'Agent','name':'A',"
                    + "'mbox':'mailto:a@b.org'},'verb':{'id':'http://adlnet.gov/expapi/verbs/completed',"
                    + "'display':{'en-US':'completed','de':'abgeschlossen'}},'object':{'objectType':'Activity',"
                    + "'id':'http://x.org/a','definition':{'name':{'en':'A'},'description':{'en-GB':'d'},"
                    + "'type':'http://x.org/t','moreInfo':'https://x.org/m','extensions':{'http://x.org/e':{'k':1}}}},"
                    + "'result':{'score':{'scaled':0.5,'raw':5,'min':0,'max':10},'success':true,'completion':false,"
                    + "'response':'r','duration':'PT1M2.5S','extensions':{'http://x.org/r':null}},"
                    + "'context':{'registration':'fd41c918-b88b-4b20-a0a5-a4c32391aaa1',"
                    + "'instructor':{'account':{'homePage':'https://x.org','name':'i'}},"
                    + "'team':{'objectType':'Group',"
                    + "'member':[{'mbox_sha1sum':'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'}]},"
                    + "'contextActivities':{'parent':[{'id':'http://x.org/p'}],'grouping':{'id':'http://x.org/g'}},"
                    + "'revision':'r1','platform':'p','language':'en-US',"
                    + "'statement':{'objectType':'StatementRef','id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa2'},"
                    + "'extensions':{'http://x.org/c':[1,2]}},'timestamp':'2023-05-04T12:00:00.123-0500',"
                    + "'stored':'2023-05-04T17:00:00.123Z',"
                    + "'authority':{'objectType':'Agent','openid':'http://x.org/o'},"
                    + "'version':'1.0.3','attachments':[{'usageType':'http://x.org/u','display':{'en':'a'},"
                    + "'description':{'en':'d'},'contentType':'text/plain','length':12,"
                    + "'sha2':'abc','fileUrl':'https://x.org/f'}]}",
            // 2.0.0 context agents / groups; SubStatement with an anonymous Group and an interaction Activity.
            "{'actor':{'objectType':'Group','name':'G','member':[{'mbox':'mailto:m@x.org'},"
                    + "{'account':{'homePage':'https://x.org','name':'n'}}]},'verb':{'id':'http://x.org/v'},"
                    + "'object':{'objectType':'SubStatement','actor':{'objectType':'Group','openid':'http://x.org/g'},"
                    + "'verb':{'id':'http://x.org/answered'},'object':{'id':'http://x.org/q','definition':{"
                    + "'interactionType':'choice','correctResponsesPattern':['a[,]b'],"
                    + "'choices':[{'id':'a','description':{'en':'A'}},{'id':'b'}]}},'result':{'success':true},"
                    + "'context':{'platform':'p'},'timestamp':'2023-05-04T12:00:00Z'},"
                    + "'context':{'contextAgents':[{'objectType':'contextAgent','agent':{'mbox':'mailto:c@x.org'},"
                    + "'relevantTypes':['http://x.org/rt']}],'contextGroups':[{'objectType':'contextGroup',"
                    + "'group':{'objectType':'Group','mbox':'mailto:g@x.org'}}],'language':'zh-Hant-TW'},"
                    + "'version':'2.0.0'}",
            // Voiding statement with an OAuth Group authority; Agent object.
            "{'actor':{'mbox':'mailto:a@b.org'},'verb':{'id':'http://adlnet.gov/expapi/verbs/voided'},"
                    + "'object':{'objectType':'StatementRef','id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0'},"
                    + "'authority':{'objectType':'Group',"
                    + "'member':[{'account':{'homePage':'https://x.org','name':'app'}},"
                    + "{'mbox':'mailto:u@x.org'}]}}",
            "{'actor':{'mbox':'mailto:a@b.org'},'verb':{'id':'http://x.org/v'},'object':{'objectType':'Agent',"
                    + "'mbox_sha1sum':'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9'},'context':{'language':'i-klingon',"
                    + "'contextActivities':{'category':[{'id':'http://x.org/c'}],'other':[]}},"
                    + "'result':{'duration':'P1W','score':{'raw':-3}}}");

    /** Replacement values: nulls, wrong types, and strings that are valid for some rule and not for others. */
    private static final List<String> REPLACEMENTS = List.of(
            "null",
            "7",
            "-2.5",
            "true",
            "''",
            "'x'",
            "'x y'",
            "'http://x.org/ok'",
            "'fd41c918-b88b-4b20-a0a5-a4c32391aaa9'",
            "'2023-05-04T12:00:00-00:00'",
            "'2016-12-31T23:59:60Z'",
            "'en-US'",
            "'mailto:z@x.org'",
            "'PT1H'",
            "'Agent'",
            "'Group'",
            "'StatementRef'",
            "{}",
            "[]",
            "{'zz':1}",
            "[{'id':'http://x.org/q'}]");

    @Test
    void sameOutcomesAsTheFormerValidator() throws IOException {
        List<String> expected = expected();
        List<String> actual = outcomes();
        assertEquals(expected.size(), actual.size(), "number of mutations");
        for (int i = 0; i < actual.size(); i++) {
            String line = actual.get(i);
            String mutation = line.substring(0, line.indexOf(" => "));
            assertEquals(mutation + " => " + expected.get(i), line);
        }
    }

    /**
     * The file lists each distinct outcome once, then "--", then for every mutation (in {@link #outcomes} order)
     * the number of its outcome: the full text would be about a megabyte.
     */
    private List<String> expected() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("statement-validator-outcomes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] parts = text.split("\n--\n", 2);
        List<String> distinct = Arrays.asList(parts[0].split("\n"));
        List<String> expected = new ArrayList<>();
        for (String number : parts[1].trim().split("\\s+")) {
            expected.add(distinct.get(Integer.parseInt(number)));
        }
        return expected;
    }

    /** Writes the expected-outcomes file from the validator on the class path (run once, with the former one). */
    static String expectedFile() {
        List<String> distinct = new ArrayList<>();
        StringBuilder numbers = new StringBuilder();
        int n = 0;
        for (String line : outcomes()) {
            String outcome = line.substring(line.indexOf(" => ") + 4);
            int index = distinct.indexOf(outcome);
            if (index < 0) {
                index = distinct.size();
                distinct.add(outcome);
            }
            numbers.append(index).append(++n % 25 == 0 ? "\n" : " ");
        }
        return String.join("\n", distinct) + "\n--\n" + numbers.toString().trim() + "\n";
    }

    /** One line per mutation: base, version, where and what, then "accepted" or the property and message. */
    static List<String> outcomes() {
        List<String> lines = new ArrayList<>();
        for (int b = 0; b < BASES.size(); b++) {
            JsonObject base = read(BASES.get(b));
            List<String> mutations = new ArrayList<>();
            List<JsonValue> mutated = new ArrayList<>();
            collect(base, "", v -> v, mutations, mutated);
            for (int m = 0; m < mutated.size(); m++) {
                for (boolean version2 : new boolean[] {false, true}) {
                    lines.add(b + (version2 ? " 2.0 " : " 1.0 ") + mutations.get(m) + " => "
                            + outcome(mutated.get(m), version2));
                }
            }
        }
        return lines;
    }

    /** Every mutation of the node {@code node} at {@code where}; {@code rebuild} puts a new node in its place. */
    private static void collect(
            JsonValue node, String where, UnaryOperator<JsonValue> rebuild, List<String> names, List<JsonValue> out) {
        if (!where.isEmpty()) {
            for (String r : REPLACEMENTS) {
                names.add(where + " = " + r);
                out.add(rebuild.apply(readValue(r)));
            }
        }
        if (node.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject o = node.asJsonObject();
            names.add(where + " + zz first");
            out.add(rebuild.apply(withFirst(o, "zz", readValue("1"))));
            names.add(where + " + zz last");
            out.add(rebuild.apply(
                    jakarta.json.Json.createObjectBuilder(o).add("zz", 1).build()));
            for (String key : o.keySet()) {
                names.add(where + "/" + key + " removed");
                out.add(rebuild.apply(
                        jakarta.json.Json.createObjectBuilder(o).remove(key).build()));
                collect(
                        o.get(key),
                        where + "/" + key,
                        v -> rebuild.apply(jakarta.json.Json.createObjectBuilder(o)
                                .add(key, v)
                                .build()),
                        names,
                        out);
            }
        } else if (node.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray a = node.asJsonArray();
            for (int i = 0; i < a.size(); i++) {
                int index = i;
                names.add(where + "[" + i + "] removed");
                out.add(rebuild.apply(
                        jakarta.json.Json.createArrayBuilder(a).remove(i).build()));
                collect(
                        a.get(i),
                        where + "[" + i + "]",
                        v -> {
                            JsonArrayBuilder copy = jakarta.json.Json.createArrayBuilder(a);
                            return rebuild.apply(copy.set(index, v).build());
                        },
                        names,
                        out);
            }
        }
    }

    private static JsonObject withFirst(JsonObject o, String key, JsonValue value) {
        JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder().add(key, value);
        o.forEach(b::add);
        return b.build();
    }

    private static String outcome(JsonValue statement, boolean version2) {
        try {
            StatementValidator.validate(statement, version2);
            return "accepted";
        } catch (XapiValidationException e) {
            // The interaction types are listed from a Set.of, whose order changes between JVM runs.
            return e.property() + " | " + e.getMessage().replaceAll("must be one of \\[[^]]*]", "must be one of [...]");
        }
    }

    private static JsonObject read(String text) {
        return readValue(text).asJsonObject();
    }

    private static JsonValue readValue(String text) {
        try (var r = jakarta.json.Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return r.readValue();
        }
    }
}
