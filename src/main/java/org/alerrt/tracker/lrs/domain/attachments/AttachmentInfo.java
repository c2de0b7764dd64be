package org.alerrt.tracker.lrs.domain.attachments;

/** Metadata of stored attachment data. */
public record AttachmentInfo(String sha2, String contentType, long length) {}
