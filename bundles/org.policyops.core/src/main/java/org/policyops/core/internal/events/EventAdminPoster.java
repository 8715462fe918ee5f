package org.policyops.core.internal.events;

import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.policyops.core.events.EventPoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link EventPoster}. Event Admin and the transaction manager's synchronization registry are both
 * optional and may come and go: without a registry (or outside a transaction) events go out at once.
 */
@Component(service = EventPoster.class)
public class EventAdminPoster implements EventPoster {

    private static final Logger LOG = LoggerFactory.getLogger(EventAdminPoster.class);

    private volatile EventAdmin eventAdmin;
    private volatile TransactionSynchronizationRegistry transactions;

    public EventAdminPoster() {
        // for DS
    }

    /** Outside OSGi (tests). */
    EventAdminPoster(EventAdmin eventAdmin, TransactionSynchronizationRegistry transactions) {
        this.eventAdmin = eventAdmin;
        this.transactions = transactions;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTransactions(TransactionSynchronizationRegistry registry) {
        this.transactions = registry;
    }

    void unsetTransactions(TransactionSynchronizationRegistry registry) {
        if (this.transactions == registry) {
            this.transactions = null;
        }
    }

    @Override
    public void post(String topic, Map<String, ?> properties) {
        TransactionSynchronizationRegistry registry = transactions;
        if (registry != null && active(registry)) {
            try {
                registry.registerInterposedSynchronization(new AfterCommit(topic, properties));
                return;
            } catch (RuntimeException e) {
                // The transaction is ending already (e.g. marked for rollback): decide by its outcome now.
                LOG.debug("Could not wait for the transaction to post {}: {}", topic, e.toString());
                if (registry.getTransactionStatus() != Status.STATUS_COMMITTED) {
                    return;
                }
            }
        }
        Posting.send(eventAdmin, topic, properties);
    }

    private static boolean active(TransactionSynchronizationRegistry registry) {
        int status = registry.getTransactionStatus();
        return status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_UNKNOWN;
    }

    private final class AfterCommit implements Synchronization {

        private final String topic;
        private final Map<String, ?> properties;

        AfterCommit(String topic, Map<String, ?> properties) {
            this.topic = topic;
            this.properties = properties;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do until the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                Posting.send(eventAdmin, topic, properties);
            } else {
                LOG.debug("Not posting {}: its transaction did not commit", topic);
            }
        }
    }
}
