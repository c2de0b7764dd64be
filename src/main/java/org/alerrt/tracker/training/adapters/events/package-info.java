/** Subscribers to other contexts' domain events (transactional outbox): stored statements become completions. */
package org.alerrt.tracker.training.adapters.events;
