/** Adapters of the training context: REST in, JPA persistence out, and the outbox event subscriber. */
package org.alerrt.tracker.training.adapters;
