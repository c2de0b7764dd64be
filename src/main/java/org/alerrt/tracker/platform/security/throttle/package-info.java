/**
 * Sign-in throttling: failed sign-ins counted per name (user account or LRS key) and per client address, in the
 * database so that every instance sees the same counters; after a budget of free failures each further one locks
 * the name or address for a doubling delay. The policy ({@link ThrottlePolicy}) and counters are plain values, the
 * {@link SignInThrottle} service applies them, {@link JdbcThrottleStore} keeps them. No HTTP here: the 429 is the
 * authentication mechanism's.
 */
package org.alerrt.tracker.platform.security.throttle;
