package ru.praktika.operations;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Listens to {@link ProbeEvent} in the instances of {@link TwoInstances} (a source, not a component), and
 * records which instance handled which event.
 */
class ProbeEventListener {

    static final List<String> handled = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ProbeEvent event) {
        handled.add(event.id());
    }
}
