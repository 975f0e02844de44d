package org.contactrouter.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Push mode: each waiting case is offered to the longest-idle available officer qualified for it, one offer at a
 * time. The officer accepts (the case is theirs) or declines; an offer not accepted within
 * {@code ccr.routing.push.offer-timeout} lapses, and the case is offered to the next officer. A case on offer to
 * someone is not given to anyone else by take-next.
 */
@Service
public class CaseOffers {

    /** Waiting cases considered per round, most urgent first. */
    private static final int CASES_PER_ROUND = 100;

    private final JdbcClient jdbc;
    private final SharedQueue queue;
    private final CaseRepository cases;
    private final Clock clock;
    private final Duration timeout;

    public CaseOffers(JdbcClient jdbc, SharedQueue queue, CaseRepository cases, Clock clock,
                      @Value("${ccr.routing.push.offer-timeout:120s}") Duration timeout) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.cases = cases;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** An open offer as the officer sees it. */
    public record Offer(long id, String reference, String channel, String serviceArea, Instant expiresAt) {
    }

    /** Called by routes/routing.yaml: lapses expired offers and offers waiting cases. */
    public void offerRound() {
        offerRound(clock.instant());
    }

    @Transactional
    public int offerRound(Instant now) {
        expire(now);
        List<Eligibility> idleFirst = availableOfficersWithoutOffer();
        int offered = 0;
        for (QueuedCase waiting : waitingWithoutOffer()) {
            if (idleFirst.isEmpty()) {
                break;
            }
            Set<String> offeredBefore = new HashSet<>(jdbc.sql("select officer from case_offer where case_id = :id")
                    .param("id", waiting.id()).query(String.class).list());
            Optional<Eligibility> officer = idleFirst.stream()
                    .filter(e -> !offeredBefore.contains(e.username()))
                    .filter(e -> e.allows(Channel.valueOf(waiting.channel()), waiting.serviceArea(), waiting.language(),
                            waiting.wideningLevel()))
                    .findFirst();
            if (officer.isPresent()) {
                idleFirst.remove(officer.get());
                if (offer(waiting, officer.get().username(), now)) {
                    offered++;
                }
            }
        }
        return offered;
    }

    /**
     * Offers the case unless, by now, it or the officer has an open offer or the case left the queue: a round on
     * another instance may have got there since this one read them. The case's and the officer's rows are locked
     * first, so a round offering either at the same time waits until this one commits and then sees its offer.
     */
    private boolean offer(QueuedCase waiting, String officer, Instant now) {
        boolean stillQueued = jdbc.sql("select id from cases where id = :id and status = 'QUEUED' for update")
                .param("id", waiting.id()).query(Long.class).optional().isPresent();
        if (!stillQueued) {
            return false;
        }
        queue.lockOfficer(officer);
        int made = jdbc.sql("""
                        insert into case_offer (case_id, officer, offered_at, expires_at, status)
                        select :caseId, :officer, :now, :expires, 'OFFERED' where not exists
                        (select 1 from case_offer where status = 'OFFERED' and (case_id = :caseId or officer = :officer))""")
                .param("caseId", waiting.id()).param("officer", officer).param("now", SqlTime.of(now))
                .param("expires", SqlTime.of(now.plus(timeout))).update();
        if (made == 0) {
            return false;
        }
        cases.appendEvent(waiting.id(), CaseEventType.OFFERED, now, "routing", "offered to " + officer);
        return true;
    }

    public List<Offer> openOffersFor(String username) {
        return jdbc.sql("""
                        select o.id, c.reference, c.channel, c.service_area, o.expires_at from case_offer o
                        join cases c on c.id = o.case_id where o.officer = :u and o.status = 'OFFERED'
                        order by o.expires_at""")
                .param("u", username)
                .query((rs, row) -> new Offer(rs.getLong("id"), rs.getString("reference"), rs.getString("channel"),
                        rs.getString("service_area"), SqlTime.read(rs, "expires_at")))
                .list();
    }

    @Transactional
    public QueuedCase accept(String username, long offerId) {
        queue.lockOfficer(username);
        Instant now = clock.instant();
        Offer offer = openOffer(username, offerId, now);
        QueuedCase offered = queue.find(offer.reference());
        if (!queue.assign(offered, username, now, "accepted the offer")) {
            close(offerId, "EXPIRED", now);
            throw new CaseActionRefused(offer.reference() + " is no longer waiting");
        }
        close(offerId, "ACCEPTED", now);
        return offered;
    }

    @Transactional
    public void decline(String username, long offerId) {
        Instant now = clock.instant();
        Offer offer = openOffer(username, offerId, now);
        // A round on another instance may have lapsed it since it was read: then there is nothing to decline.
        if (!close(offerId, "DECLINED", now)) {
            throw new CaseActionRefused("that offer is no longer open");
        }
        cases.appendEvent(queue.find(offer.reference()).id(), CaseEventType.OFFER_DECLINED, now, username,
                "declined the offer");
    }

    private Offer openOffer(String username, long offerId, Instant now) {
        return openOffersFor(username).stream()
                .filter(o -> o.id() == offerId && o.expiresAt().isAfter(now))
                .findFirst()
                .orElseThrow(() -> new CaseActionRefused("that offer is no longer open"));
    }

    private void expire(Instant now) {
        jdbc.sql("select id, case_id, officer from case_offer where status = 'OFFERED' and expires_at <= :now")
                .param("now", SqlTime.of(now))
                .query((rs, row) -> Map.entry(rs.getLong("id"), Map.entry(rs.getLong("case_id"), rs.getString("officer"))))
                .list()
                .forEach(expired -> {
                    // another instance's round may have lapsed it a moment ago: one event per lapse
                    if (close(expired.getKey(), "EXPIRED", now)) {
                        cases.appendEvent(expired.getValue().getKey(), CaseEventType.OFFER_EXPIRED, now, "routing",
                                "offer to " + expired.getValue().getValue() + " lapsed");
                    }
                });
    }

    private boolean close(long offerId, String status, Instant now) {
        return jdbc.sql("update case_offer set status = :s, decided_at = :now where id = :id and status = 'OFFERED'")
                .param("s", status).param("now", SqlTime.of(now)).param("id", offerId).update() == 1;
    }

    private List<QueuedCase> waitingWithoutOffer() {
        return jdbc.sql(SharedQueue.SELECT + "\n" + """
                         where c.status = 'QUEUED'
                         and not exists (select 1 from case_offer o where o.case_id = c.id and o.status = 'OFFERED')
                         order by c.sla_due_at nulls last, c.opened_at, c.id limit :limit""")
                .param("limit", CASES_PER_ROUND).query(SharedQueue::queued).list();
    }

    /**
     * Available officers with no open offer, idle longest first (since their last case, or since they became
     * available), each with what they may take now.
     */
    private List<Eligibility> availableOfficersWithoutOffer() {
        return new ArrayList<>(jdbc.sql("""
                        select f.username from officer f
                        where f.presence = 'AVAILABLE' and f.enabled = true
                        and not exists (select 1 from case_offer o where o.officer = f.username and o.status = 'OFFERED')
                        order by coalesce(f.last_assigned_at, f.presence_since, f.created_at), f.username""")
                .query(String.class).list().stream().map(queue::eligibilityOf).toList());
    }
}
