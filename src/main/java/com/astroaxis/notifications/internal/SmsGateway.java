package com.astroaxis.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.astroaxis.notifications.Channel;
import com.astroaxis.platform.config.AstroAxisSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway: {@code POST SMS_GATEWAY_URL} with {@code Authorization: Bearer SMS_API_KEY} and
 * {@code {"to":"+234…","message":"…","sender":"<COMPANY_NAME, at most 11 characters>"}}. Any 2xx answer means
 * sent; any other answer, or no answer within the timeouts, is a failed attempt to be retried.
 */
@Component
class SmsGateway implements ChannelGateway {

    static final String NOT_CONFIGURED = "SMS is not configured";
    /** Alphanumeric sender ids are limited to 11 characters by the networks. */
    static final int MAX_SENDER_LENGTH = 11;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(SmsGateway.class);
    private final AstroAxisSettings.Sms settings;
    private final String sender;
    private final AtomicBoolean warned = new AtomicBoolean();

    SmsGateway(AstroAxisSettings settings) {
        this.settings = settings.sms();
        this.sender = senderId(settings.company().name());
    }

    /** Built on the first message rather than at startup: a shop without SMS never pays for the TLS set-up. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static String senderId(String companyName) {
        var name = companyName.strip();
        return (name.length() <= MAX_SENDER_LENGTH ? name : name.substring(0, MAX_SENDER_LENGTH)).strip();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Delivery deliver(String recipient, RenderedMessage message) {
        if (!settings.configured()) {
            if (warned.compareAndSet(false, true)) {
                log.warn("An SMS could not be sent: SMS_GATEWAY_URL is not set. SMS fail until a gateway is configured.");
            }
            return Delivery.givenUp(NOT_CONFIGURED);
        }
        var body = new LinkedHashMap<String, String>();
        body.put("to", recipient);
        body.put("message", message.body());
        body.put("sender", sender);
        try {
            var request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl().strip())).timeout(READ_TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
                request.header("Authorization", "Bearer " + settings.apiKey().strip());
            }
            var response = Client.INSTANCE.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return Delivery.sent();
            }
            // the gateway's answer is not recorded: it may repeat the message, and the message holds a code
            return Delivery.failed("the SMS gateway answered HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException failure) {
            return Delivery.failed(Delivery.describe(failure));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Delivery.failed("interrupted while sending");
        }
    }
}
