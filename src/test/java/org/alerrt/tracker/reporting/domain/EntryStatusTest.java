package org.alerrt.tracker.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EntryStatusTest {

    private static Set<EntryStatus> next(EntryStatus from) {
        return Stream.of(EntryStatus.values())
                .filter(from::canBecome)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryStatus.class)));
    }

    @Test
    void theLifecycleOnlyMovesAlongItsEdges() {
        assertEquals(EnumSet.of(EntryStatus.EXPORTED, EntryStatus.WITHDRAWN), next(EntryStatus.QUEUED));
        assertEquals(EnumSet.of(EntryStatus.SUBMITTED), next(EntryStatus.EXPORTED));
        assertEquals(EnumSet.of(EntryStatus.ACCEPTED, EntryStatus.REJECTED), next(EntryStatus.SUBMITTED));
        assertEquals(EnumSet.of(EntryStatus.REJECTED), next(EntryStatus.ACCEPTED));
        assertEquals(EnumSet.of(EntryStatus.CORRECTED, EntryStatus.WITHDRAWN), next(EntryStatus.REJECTED));
        assertEquals(EnumSet.noneOf(EntryStatus.class), next(EntryStatus.CORRECTED));
        assertEquals(EnumSet.noneOf(EntryStatus.class), next(EntryStatus.WITHDRAWN));
    }

    @Test
    void onlyRecordsThatLeftAlerrtNeedACorrectionEntry() {
        assertEquals(
                EnumSet.of(EntryStatus.EXPORTED, EntryStatus.SUBMITTED, EntryStatus.ACCEPTED),
                Stream.of(EntryStatus.values())
                        .filter(EntryStatus::leftAlerrt)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryStatus.class))));
    }
}
