package org.contactrouter.channel.open311;

import java.util.List;

/**
 * A request GeoReport v2 refuses, with its status code and each reason as the specification's error list
 * ({@code [{"code": 400, "description": "..."}]}).
 */
final class Open311Refusal extends RuntimeException {

    private final int status;
    private final List<String> reasons;

    Open311Refusal(int status, List<String> reasons) {
        super(String.join("; ", reasons));
        this.status = status;
        this.reasons = List.copyOf(reasons);
    }

    Open311Refusal(int status, String reason) {
        this(status, List.of(reason));
    }

    int status() {
        return status;
    }

    List<String> reasons() {
        return reasons;
    }
}
