package org.contactrouter.casework;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.ProducerTemplate;
import org.contactrouter.broker.QueueNames;
import org.contactrouter.caseload.CaseLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells open workspace pages that the queue changed. Every change goes through the case-events topic, so officers
 * connected to any instance hear about cases handled on any other (routes/live.yaml feeds {@link #broadcast}).
 */
@Component
public class LiveUpdates {

    private static final long NEVER_TIME_OUT = 0L;

    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    private final ProducerTemplate producer;
    private final String topic;

    public LiveUpdates(ProducerTemplate producer, QueueNames queues) {
        this.producer = producer;
        this.topic = "jms:topic:" + queues.caseEvents();
    }

    public SseEmitter listen() {
        SseEmitter emitter = new SseEmitter(NEVER_TIME_OUT);
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> listeners.remove(emitter));
        emitter.onError(e -> listeners.remove(emitter));
        listeners.add(emitter);
        return emitter;
    }

    /** Status changes made by officers are published once their transaction has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void statusChanged(CaseLifecycle.StatusChanged change) {
        publish("STATUS_CHANGED", change.reference());
    }

    /** A queued case moved to another service area leaves some officers' queues and joins others'. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void reclassified(CaseLifecycle.Reclassified change) {
        publish("RECLASSIFIED", change.reference());
    }

    private void publish(String kind, String reference) {
        producer.sendBody(topic, "{\"kind\":\"" + kind + "\",\"reference\":\"" + reference + "\"}");
    }

    /** Called for every message on the case-events topic. */
    public void broadcast(String event) {
        for (SseEmitter emitter : listeners) {
            try {
                emitter.send(SseEmitter.event().name("case").data(event));
            } catch (IOException | IllegalStateException gone) {
                listeners.remove(emitter);
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }
}
