package org.alerrt.tracker.lrs.domain.attachments;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attachment data that came with one PUT or POST: none for {@code application/json}, the parts after the
 * first for {@code multipart/mixed} (Communication §1.5). Parts with the same hash are kept once.
 */
public final class AttachmentUpload {

    private static final AttachmentUpload JSON = new AttachmentUpload(false, List.of());

    private final boolean multipart;
    private final Map<String, AttachmentPart> bySha2 = new LinkedHashMap<>();

    private AttachmentUpload(boolean multipart, List<AttachmentPart> parts) {
        this.multipart = multipart;
        parts.forEach(p -> bySha2.putIfAbsent(p.sha2(), p));
    }

    /** A plain application/json request: no attachment data. */
    public static AttachmentUpload json() {
        return JSON;
    }

    public static AttachmentUpload multipart(List<AttachmentPart> parts) {
        return new AttachmentUpload(true, parts);
    }

    public boolean multipart() {
        return multipart;
    }

    public Optional<AttachmentPart> part(String sha2) {
        return Optional.ofNullable(bySha2.get(sha2.toLowerCase(Locale.ROOT)));
    }

    public Collection<AttachmentPart> parts() {
        return bySha2.values();
    }
}
