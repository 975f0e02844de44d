package org.contactrouter.supervision;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts to an incoming webhook. Slack and Microsoft Teams (incoming webhooks and Workflows) both take a JSON body
 * with a {@code text} field. Any answer other than 2xx is a failure to be retried.
 */
@Component
class WebhookAlertSender implements AlertSender {

    private final AlertsProperties.Webhook settings;
    private final JsonMapper json;
    private final HttpClient http;

    WebhookAlertSender(AlertsProperties alerts, JsonMapper json) {
        this.settings = alerts.webhook();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String target() {
        return "webhook";
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public void send(AlertMessage message) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("text", message.subject() + "\n\n" + message.text()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status < 200 || status > 299) {
            // The address holds a secret: never put it in the message.
            throw new IOException("the webhook answered HTTP " + status);
        }
    }
}
