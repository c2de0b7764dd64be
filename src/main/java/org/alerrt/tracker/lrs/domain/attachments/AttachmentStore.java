package org.alerrt.tracker.lrs.domain.attachments;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to attachment data, held once per SHA-2, and which statements carry it. Runs in the caller's transaction. */
public interface AttachmentStore {

    /**
     * Stores the data of each part unless its hash is already known, then links it to the statement.
     *
     * @throws org.alerrt.tracker.lrs.domain.DuplicateStatementIdException when a concurrent request inserted the same
     *     hash first: the statement service retries the whole write, which then finds the data
     */
    void save(Map<String, List<AttachmentPart>> partsByStatementId);

    /** The hashes among the given ones that we hold data for, with their metadata. */
    Map<String, AttachmentInfo> info(List<String> sha2s);

    Optional<byte[]> content(String sha2);
}
