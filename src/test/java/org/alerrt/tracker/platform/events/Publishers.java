package org.alerrt.tracker.platform.events;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.List;
import javax.sql.DataSource;

/** An {@link EventPublisher} without a container: the given subscribers, no after-commit nudge. */
public final class Publishers {

    private Publishers() {}

    public static EventPublisher over(DataSource dataSource, List<EventSubscriber> subscribers) {
        EventPublisher publisher = new EventPublisher(dataSource);
        publisher.subscribers = instance(subscribers);
        publisher.outboxWritten = noEvents();
        return publisher;
    }

    @SuppressWarnings("unchecked")
    static Instance<EventSubscriber> instance(List<EventSubscriber> subscribers) {
        return (Instance<EventSubscriber>) Proxy.newProxyInstance(
                Publishers.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return subscribers.iterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    static Event<EventPublisher.OutboxWritten> noEvents() {
        return (Event<EventPublisher.OutboxWritten>) Proxy.newProxyInstance(
                Publishers.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> null);
    }
}
