package org.alerrt.tracker.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic xAPI statements from fixed pools: learners (mbox), verbs with a course-like mix, activities grouped in
 * courses, one registration per learner and course, context (parent/grouping/category, instructor) and result.
 * Deterministic for a seed, so queries can pick values that exist.
 */
public final class StatementFactory {

    /** A generated statement: its id and its JSON text exactly as posted. */
    public record Generated(String id, String json) {}

    static final String[] VERBS = {
        "experienced", "progressed", "answered", "attempted", "interacted", "completed", "passed", "failed"
    };
    /** Cumulative per-mille weights of {@link #VERBS}: mostly experienced/answered, ~12% completion verbs. */
    private static final int[] VERB_WEIGHTS = {350, 500, 700, 800, 880, 940, 980, 1000};

    private final int learners;
    private final int courses;
    private final int modulesPerCourse;
    private final int instructors;
    private final String tag;
    private final SplittableRandom random;

    /**
     * @param tag a word in every actor mbox and activity IRI, so two runs on one database stay apart
     */
    public StatementFactory(long seed, String tag, int learners, int courses, int modulesPerCourse, int instructors) {
        this.random = new SplittableRandom(seed);
        this.tag = tag;
        this.learners = learners;
        this.courses = courses;
        this.modulesPerCourse = modulesPerCourse;
        this.instructors = instructors;
    }

    public static StatementFactory standard(long seed, String tag) {
        return new StatementFactory(seed, tag, 5_000, 20, 10, 50);
    }

    public String learnerMbox(int learner) {
        return "mailto:learner" + learner + "." + tag + "@bench.example.org";
    }

    public String instructorMbox(int instructor) {
        return "mailto:instructor" + instructor + "." + tag + "@bench.example.org";
    }

    public String courseIri(int course) {
        return "https://bench.example.org/" + tag + "/course/" + course;
    }

    public String moduleIri(int course, int module) {
        return courseIri(course) + "/module/" + module;
    }

    public static String verbIri(String verb) {
        return "http://adlnet.gov/expapi/verbs/" + verb;
    }

    public String registration(int learner, int course) {
        return UUID.nameUUIDFromBytes((tag + ":" + learner + ":" + course).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public int learners() {
        return learners;
    }

    public int courses() {
        return courses;
    }

    public int modulesPerCourse() {
        return modulesPerCourse;
    }

    public int instructors() {
        return instructors;
    }

    /** A random value in [0, bound) from this factory's stream (synchronised: the factory is shared). */
    public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public synchronized Generated next() {
        return next(random.nextInt(learners), random.nextInt(courses));
    }

    /** A statement by a given learner in a given course (registration follows from both). */
    public synchronized Generated next(int learner, int course) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        // version 4, IETF variant: a valid UUID for strict validators
        id = id.substring(0, 14) + "4" + id.substring(15, 19) + "89ab".charAt(random.nextInt(4)) + id.substring(20);
        int module = random.nextInt(modulesPerCourse);
        int w = random.nextInt(1000);
        int v = 0;
        while (VERB_WEIGHTS[v] <= w) {
            v++;
        }
        String verb = VERBS[v];
        int raw = random.nextInt(101);
        String timestamp = Instant.now()
                .minusSeconds(random.nextInt(3600))
                .truncatedTo(ChronoUnit.MILLIS)
                .toString();
        String json = """
                {"id":"%s","actor":{"objectType":"Agent","name":"Learner %d","mbox":"%s"},\
                "verb":{"id":"%s","display":{"en-US":"%s"}},\
                "object":{"objectType":"Activity","id":"%s","definition":{"name":{"en-US":"Course %d module %d"},\
                "description":{"en-US":"Module %d of course %d in the load benchmark"},\
                "type":"http://adlnet.gov/expapi/activities/module"}},\
                "result":{"score":{"scaled":%s,"raw":%d,"min":0,"max":100},"success":%s,"completion":%s,\
                "duration":"PT%dM%dS"},\
                "context":{"registration":"%s","instructor":{"objectType":"Agent","mbox":"%s"},\
                "platform":"ALERRT bench","language":"en-US",\
                "contextActivities":{"parent":[{"id":"%s","objectType":"Activity"}],\
                "grouping":[{"id":"https://bench.example.org/%s/program","objectType":"Activity"}],\
                "category":[{"id":"https://bench.example.org/profile/load","objectType":"Activity"}]}},\
                "timestamp":"%s"}""".formatted(
                        id,
                        learner,
                        learnerMbox(learner),
                        verbIri(verb),
                        verb,
                        moduleIri(course, module),
                        course,
                        module,
                        module,
                        course,
                        raw / 100.0,
                        raw,
                        raw >= 70,
                        !verb.equals("attempted"),
                        random.nextInt(60),
                        random.nextInt(60),
                        registration(learner, course),
                        instructorMbox(learner % instructors),
                        courseIri(course),
                        tag,
                        timestamp);
        return new Generated(id, json);
    }

    public List<Generated> batch(int size) {
        List<Generated> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(next());
        }
        return out;
    }

    public static String array(List<Generated> batch) {
        StringBuilder sb = new StringBuilder(batch.size() * 1100).append('[');
        for (int i = 0; i < batch.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(batch.get(i).json());
        }
        return sb.append(']').toString();
    }
}
