package org.contactrouter.channel.social;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.contactrouter.contact.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests of one social network's client: WireMock plays the network's API on loopback, a clock the test
 * moves by hand, and a fresh database for the poller's checkpoints.
 */
public abstract class SocialNetworkClientTest {

    protected final WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    protected final MutableClock clock;
    /** What the pollers handed on, in order. */
    protected final List<Contact> received = new ArrayList<>();
    private final DataSource database = TestDatabase.migratedH2();

    protected SocialNetworkClientTest(Instant now) {
        clock = new MutableClock(now);
    }

    @BeforeEach
    void startApi() {
        api.start();
    }

    @AfterEach
    void stopApi() {
        api.stop();
    }

    /** A new store over the test's one database, as the application builds after a restart. */
    protected JdbcCheckpointStore store() {
        return new JdbcCheckpointStore(database, clock);
    }

    /** A poller of the network that hands every contact to {@link #received}. */
    protected SocialPoller pollerOf(SocialNetwork network) {
        ContactSink sink = received::add;
        return new SocialPoller(network, store(), sink, clock);
    }
}
