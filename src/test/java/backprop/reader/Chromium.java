package backprop.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's own HTTP and
 * WebSocket client: no driver library. One browser, one tab; commands are sent and their
 * answers awaited, events are kept for whoever waits for them.
 */
final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> answers = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts the browser with a fresh profile folder and opens one blank tab to drive. */
    static Chromium start(Path binary, Path profile) throws IOException, InterruptedException {
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browser = null;
        BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while (browser == null && System.nanoTime() < deadline && (line = errors.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browser = m.group(1);
            }
        }
        if (browser == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not say where its DevTools listen: " + command);
        }
        Thread drain = new Thread(() -> {
            try {
                while (errors.readLine() != null) {
                    // Chromium's log (D-Bus complaints and the like) is not the test's business
                }
            } catch (IOException closed) {
                // the browser is gone
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI endpoint = URI.create(browser);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> tab = http.send(HttpRequest.newBuilder(
                        URI.create("http://" + endpoint.getAuthority() + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        String page = (String) Json.object(Json.parse(tab.body())).get("webSocketDebuggerUrl");
        Chromium[] self = new Chromium[1];
        StringBuilder frame = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(page), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    String message = frame.toString();
                    frame.setLength(0);
                    self[0].receive(Json.object(Json.parse(message)));
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        self[0] = new Chromium(process, socket);
        return self[0];
    }

    private void receive(Map<String, Object> message) {
        Object id = message.get("id");
        if (id != null) {
            CompletableFuture<Map<String, Object>> answer = answers.remove(((Double) id).intValue());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /** Sends a command and returns its result; a protocol error fails. */
    Map<String, Object> send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText(Json.write(Map.of("id", id, "method", method, "params", params)), true).join();
        Map<String, Object> message;
        try {
            message = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer within " + TIMEOUT, e);
        }
        if (message.containsKey("error")) {
            throw new IllegalStateException(method + " failed: " + message.get("error"));
        }
        return Json.object(message.get("result"));
    }

    /** Waits for an event of this name that came after {@code since} events; returns its params. */
    Map<String, Object> await(String method, int since) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = since; i < events.size(); i++) {
                if (method.equals(events.get(i).get("method"))) {
                    return Json.object(events.get(i).get("params"));
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no " + method + " within " + TIMEOUT);
    }

    int eventCount() {
        return events.size();
    }

    /** The params of every event of this name so far. */
    List<Map<String, Object>> events(String method) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> e : events) {
            if (method.equals(e.get("method"))) {
                out.add(Json.object(e.get("params")));
            }
        }
        return out;
    }

    /** Opens the page and waits until it has loaded. */
    void open(URI page) throws InterruptedException {
        int since = eventCount();
        send("Page.navigate", Map.of("url", page.toString()));
        await("Page.loadEventFired", since);
    }

    /** The value of a JavaScript expression, promises awaited. */
    Object evaluate(String expression) {
        Map<String, Object> result = send("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("the page's script failed: " + result.get("exceptionDetails"));
        }
        return Json.object(result.get("result")).get("value");
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            child.destroy();
        }
    }
}
