/**
 * xAPI document resources (Communication §2.2–§2.7, §3.1): State, Activity Profile and Agent Profile documents.
 * Holds the key of a document (kind, activity, agent, registration, id), the stored document, the JSON merge of
 * POST (§2.2.s7/s8), entity tags and the concurrency preconditions (§3.1), all without I/O so they are unit tested; {@link
 * org.alerrt.tracker.lrs.domain.documents.DocumentStore} is the port to their storage.
 */
package org.alerrt.tracker.lrs.domain.documents;
