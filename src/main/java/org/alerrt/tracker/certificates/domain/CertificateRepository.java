package org.alerrt.tracker.certificates.domain;

import java.util.List;
import java.util.Optional;

/** Port to the stored certificates. Runs in the caller's transaction. */
public interface CertificateRepository {

    /** The completion's certificate of the highest revision: the one that counts (the others are superseded). */
    Optional<Certificate> latestOfCompletion(long completionId);

    /** @return the certificate with its new id */
    Certificate add(Certificate certificate);

    Optional<Certificate> findByCode(VerificationCode code);

    /**
     * Newest first (by id), at most {@code limit}, those with an id below {@code beforeId} when given.
     *
     * @param learnerId only this learner's certificates, or all when null
     */
    List<Certificate> list(Long learnerId, Long beforeId, int limit);

    /**
     * Stores a status change made by {@link Certificate#revoke} or {@link Certificate#supersede}; false when another
     * change came first.
     */
    boolean updateStatus(Certificate certificate, CertificateStatus expectedCurrent);
}
