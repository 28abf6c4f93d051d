package com.astroaxis.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** An SMS gateway on the loopback that records what it is sent and answers 200 unless told otherwise. */
public final class SmsGatewayStandIn {

    public record Received(String method, String path, String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> nextStatuses = new ConcurrentLinkedQueue<>();

    private SmsGatewayStandIn(HttpServer server) {
        this.server = server;
    }

    public static SmsGatewayStandIn start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var standIn = new SmsGatewayStandIn(server);
            server.createContext("/v1/sms", exchange -> {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                standIn.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
                var status = standIn.nextStatuses.poll();
                var answer = (status == null ? "{\"status\":\"queued\"}" : "{\"error\":\"try later\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms";
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    public void answerNext(Integer... statuses) {
        nextStatuses.addAll(List.of(statuses));
    }

    public List<Received> receivedFor(String phone) {
        return received.stream().filter(r -> r.body().contains("\"" + phone + "\"")).toList();
    }
}
