package uk.gov.service.notify;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * Notify's client with connect and read timeouts. The client sets none of its own, so a Notify that stops answering
 * would hold the text and email queues' consumers and the received-text poller indefinitely. This class lives in
 * the client's package because the client's one hook for its connections, {@code getConnection}, is package-private.
 */
public class TimeLimitedNotificationClient extends NotificationClient {

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    public TimeLimitedNotificationClient(String apiKey, String baseUrl, Duration connectTimeout, Duration readTimeout) {
        super(apiKey, baseUrl);
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    }

    @Override
    HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection connection = super.getConnection(url);
        connection.setConnectTimeout(connectTimeoutMillis);
        connection.setReadTimeout(readTimeoutMillis);
        return connection;
    }
}
