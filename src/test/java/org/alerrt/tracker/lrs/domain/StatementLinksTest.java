package org.alerrt.tracker.lrs.domain;

import static org.alerrt.tracker.lrs.domain.JsonSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The links behind the agent / activity filters of Communication §2.1.3. */
class StatementLinksTest {

    private static Set<String> agents(StatementLinks l) {
        return l.agents().stream().map(a -> a.usage() + " " + a.ifi()).collect(Collectors.toSet());
    }

    private static Set<String> activities(StatementLinks l) {
        return l.activities().stream().map(a -> a.usage() + " " + a.iri()).collect(Collectors.toSet());
    }

    @Test
    void actorObjectAuthorityInstructorTeamAndGroupMembersAreLinkedWithTheirUsage() {
        StatementLinks l = StatementLinks.of(json("""
                {'actor': {'objectType': 'Group', 'mbox': 'mailto:g@x.org',
                           'member': [{'mbox': 'mailto:m1@x.org', 'name': 'M One'}]},
                 'verb': {'id': 'http://x.org/v'},
                 'object': {'objectType': 'Agent', 'account': {'homePage': 'http://h.org', 'name': 'n'}},
                 'authority': {'mbox': 'mailto:auth@x.org'},
                 'context': {'instructor': {'mbox': 'mailto:i@x.org'},
                             'team': {'objectType': 'Group', 'member': [{'mbox': 'mailto:t@x.org'}]},
                             'contextAgents': [{'objectType': 'contextAgent', 'agent': {'mbox': 'mailto:ca@x.org'}}],
                             'contextGroups': [{'objectType': 'contextGroup',
                                                'group': {'objectType': 'Group', 'mbox': 'mailto:cg@x.org'}}]}}"""));
        assertEquals(
                Set.of(
                        "ACTOR mbox:mailto:g@x.org",
                        "ACTOR mbox:mailto:m1@x.org",
                        "OBJECT account:http://h.org n",
                        "AUTHORITY mbox:mailto:auth@x.org",
                        "INSTRUCTOR mbox:mailto:i@x.org",
                        "TEAM mbox:mailto:t@x.org",
                        "CONTEXT_AGENT mbox:mailto:ca@x.org",
                        "CONTEXT_GROUP mbox:mailto:cg@x.org"),
                agents(l));
        assertTrue(
                l.agents().stream().anyMatch(a -> "M One".equals(a.name())), "names are kept for the Agents resource");
        assertNull(l.refTarget());
        assertTrue(l.activities().isEmpty());
    }

    @Test
    void objectAndContextActivitiesAndSubStatementPartsAreLinked() {
        StatementLinks l = StatementLinks.of(json("""
                {'actor': {'mbox': 'mailto:a@x.org'}, 'verb': {'id': 'http://x.org/v'},
                 'object': {'objectType': 'SubStatement', 'actor': {'mbox': 'mailto:s@x.org'},
                            'verb': {'id': 'http://x.org/v'},
                            'object': {'id': 'http://x.org/sub', 'definition': {'name': {'en': 'Sub'}}},
                            'context': {'contextActivities': {'parent': {'id': 'http://x.org/sp'}}}},
                 'context': {'contextActivities': {'parent': [{'id': 'http://x.org/p'}],
                                                   'grouping': [{'id': 'http://x.org/g'}],
                                                   'category': [{'id': 'http://x.org/c'}],
                                                   'other': [{'id': 'http://x.org/o'}]}}}"""));
        assertEquals(
                Set.of(
                        "SUB_OBJECT http://x.org/sub",
                        "SUB_PARENT http://x.org/sp",
                        "PARENT http://x.org/p",
                        "GROUPING http://x.org/g",
                        "CATEGORY http://x.org/c",
                        "OTHER http://x.org/o"),
                activities(l));
        assertEquals(Set.of("ACTOR mbox:mailto:a@x.org", "SUB_ACTOR mbox:mailto:s@x.org"), agents(l));
        assertEquals(Set.of("http://x.org/sub"), l.definitions().keySet());
    }

    @Test
    void statementRefTargetIsLowercased() {
        StatementLinks l = StatementLinks.of(json("""
                {'actor': {'mbox': 'mailto:a@x.org'}, 'verb': {'id': 'http://adlnet.gov/expapi/verbs/voided'},
                 'object': {'objectType': 'StatementRef', 'id': 'AAAAAAAA-0000-4000-8000-000000000000'}}"""));
        assertEquals("aaaaaaaa-0000-4000-8000-000000000000", l.refTarget());
    }

    @Test
    void theSameAgentInTheSameUsageIsLinkedOnce() {
        StatementLinks l = StatementLinks.of(json("""
                {'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@x.org'}, {'mbox': 'mailto:a@x.org', 'name': 'A'}]},
                 'verb': {'id': 'http://x.org/v'}, 'object': {'id': 'http://x.org/a'}}"""));
        assertEquals(1, l.agents().size());
        assertEquals("A", l.agents().get(0).name());
    }

    @Test
    void identifiersLongerThanTheLinkColumnsAreNotLinked() {
        String longIri = "http://x.org/" + "a".repeat(2000);
        StatementLinks l = StatementLinks.of(json("""
                {'actor': {'account': {'homePage': 'http://h.org', 'name': '%s'}}, 'verb': {'id': 'http://x.org/v'},
                 'object': {'id': '%s', 'definition': {}}}""".formatted("n".repeat(600), longIri)));
        assertTrue(l.agents().isEmpty());
        assertTrue(l.activities().isEmpty());
        assertTrue(l.definitions().isEmpty());
    }
}
