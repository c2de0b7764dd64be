package org.alerrt.tracker.platform.events;

/**
 * An {@link EventSubscriber} whose name and topic are fixed when it is built, so a subscriber states only what it
 * does with an event.
 */
public abstract class TopicSubscriber implements EventSubscriber {

    private final String name;
    private final String topic;

    protected TopicSubscriber(String name, String topic) {
        this.name = name;
        this.topic = topic;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String topic() {
        return topic;
    }
}
