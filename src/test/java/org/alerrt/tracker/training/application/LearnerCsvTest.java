package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.alerrt.tracker.training.domain.Pid;
import org.junit.jupiter.api.Test;

class LearnerCsvTest {

    private static final Pattern PID = Pattern.compile(Pid.DEFAULT_PATTERN);

    @Test
    void emailRoster() {
        LearnerCsv.Parsed p = LearnerCsv.parse("""
                first_name,last_name,pid,agency,email
                Jane,Doe,1234567,Austin PD,jane@example.org
                John,"Smith, Jr.",,,john@example.org
                """, PID);
        assertTrue(p.ok(), p.problems().toString());
        assertEquals(2, p.rows().size());
        LearnerCsv.Row jane = p.rows().get(0);
        assertEquals("mbox:mailto:jane@example.org", jane.actor().value());
        assertEquals("1234567", jane.details().pid().orElseThrow().value());
        assertEquals("Austin PD", jane.details().agency());
        assertEquals("Smith, Jr.", p.rows().get(1).details().lastName());
        assertTrue(p.rows().get(1).details().pid().isEmpty());
    }

    @Test
    void accountRosterInAnyColumnOrder() {
        LearnerCsv.Parsed p = LearnerCsv.parse("""
                account_name,account_homepage,first_name,last_name,pid,agency
                jdoe,https://lms.alerrt.org,Jane,Doe,42,APD
                """, PID);
        assertTrue(p.ok(), p.problems().toString());
        assertEquals(
                "account:https://lms.alerrt.org jdoe", p.rows().get(0).actor().value());
    }

    @Test
    void everyBadLineAndFieldIsListed() {
        LearnerCsv.Parsed p = LearnerCsv.parse("""
                first_name,last_name,pid,agency,email
                Jane,Doe,1234567,Austin PD,jane@example.org
                ,Doe,12345678,APD,not-an-email
                Jim,Beam,12,APD,jane@example.org
                Only,Four,1,APD
                """, PID);
        assertFalse(p.ok());
        assertEquals(
                List.of("3:pid", "3:first_name", "3:email", "4:email", "5:columns"),
                p.problems().stream().map(x -> x.line() + ":" + x.field()).toList());
        assertEquals(
                "line 4, email: the same learner is already on line 2",
                p.problems().get(3).toString());
    }

    @Test
    void unknownHeader() {
        LearnerCsv.Parsed p = LearnerCsv.parse("name,pid\nJane,1\n", PID);
        assertEquals("header", p.problems().get(0).field());
    }

    @Test
    void headerOnly() {
        assertEquals(
                "rows",
                LearnerCsv.parse("first_name,last_name,pid,agency,email\n", PID)
                        .problems()
                        .get(0)
                        .field());
    }

    @Test
    void emptyFile() {
        assertEquals("header", LearnerCsv.parse("", PID).problems().get(0).field());
    }

    @Test
    void badAccountHomePage() {
        LearnerCsv.Parsed p = LearnerCsv.parse("""
                first_name,last_name,pid,agency,account_homepage,account_name
                Jane,Doe,1,APD,lms.alerrt.org,jdoe
                Jim,Doe,2,APD,https://lms.alerrt.org,
                """, PID);
        assertEquals(
                List.of("2:account_homepage", "3:account_name"),
                p.problems().stream().map(x -> x.line() + ":" + x.field()).toList());
    }
}
