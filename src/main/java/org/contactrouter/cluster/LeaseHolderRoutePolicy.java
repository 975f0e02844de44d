package org.contactrouter.cluster;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a route only on the instance holding the lease named after the route's id: for routes that poll something
 * outside (a mailbox, the phone drop folder, a social network) or act on the whole queue (push offers), where one
 * instance should do the work at a time. Routes name it with {@code routePolicyRef: leaseHolderOnly}.
 *
 * <p>A route that is not set to start automatically (push offers in pull mode) is left alone. The others start with
 * the application when this instance wins the lease at once (a lone instance always does), and otherwise start
 * when it wins it later; they stop when it is lost. Starting and stopping happen on a thread of their own, because
 * stopping a route waits for the exchange in flight and must not hold up the renewal of other leases.
 */
@Component("leaseHolderOnly")
public class LeaseHolderRoutePolicy extends RoutePolicySupport implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeaseHolderRoutePolicy.class);

    private final Leases leases;
    private final ExecutorService routeControl = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lease-route-control");
        thread.setDaemon(true);
        return thread;
    });

    public LeaseHolderRoutePolicy(Leases leases) {
        this.leases = leases;
    }

    @Override
    public void onInit(Route route) {
        if (Boolean.FALSE.equals(route.isAutoStartup())) {
            return;
        }
        boolean held = leases.join(route.getRouteId(), nowHeld -> routeControl.execute(() -> follow(route, nowHeld)));
        if (!held) {
            route.setAutoStartup(false);
        }
    }

    @Override
    public void onRemove(Route route) {
        leases.leave(route.getRouteId());
    }

    private void follow(Route route, boolean held) {
        ServiceStatus status = route.getCamelContext().getRouteController().getRouteStatus(route.getRouteId());
        try {
            if (held && status != null && status.isStartable()) {
                log.info("Starting route {}: this instance holds its lease", route.getRouteId());
                startRoute(route);
            } else if (!held && status != null && status.isStoppable()) {
                log.info("Stopping route {}: this instance no longer holds its lease", route.getRouteId());
                stopRoute(route);
            }
        } catch (Exception e) {
            log.error("Could not {} route {} after its lease was {}", held ? "start" : "stop", route.getRouteId(),
                    held ? "won" : "lost", e);
        }
    }

    @Override
    public void destroy() {
        routeControl.shutdownNow();
    }
}
