package org.lumen.testkit.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A slow link to a server for tests: a TCP proxy on loopback with, per direction, a one-way delay of RTT / 2 and
 * a rate limit shared by every connection (pacing on a virtual clock with a 16 KiB bucket). It also sees the HTTP
 * requests going through: it logs their request lines, and holds back the ones that match a {@linkplain #gate
 * gate} beyond an allowance until the test {@linkplain #openGate opens it}, so that a test can stop a stream at a
 * known point. A held request whose client closes its connection (a cancelled call) is counted as
 * {@linkplain #cancelled cancelled} and never reaches the server. Request lines are recognised at the start of
 * what a connection sends (HTTP/1.1 without pipelining, as OkHttp sends). The streaming benchmark runs it as its
 * link shaper (bench {@code LinkShaper}).
 */
public final class ThrottledLink implements Closeable {
    private static final int CHUNK = 16 * 1024;
    private static final int BURST_BYTES = 16 * 1024;
    private final ServerSocket server;
    private final int targetPort;
    private final long oneWayNanos;
    private final Pacer up;
    private final Pacer down;
    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final Object gateLock = new Object();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private String gatePath;
    private int allowance;
    /** Request lines the gate let through since it was set; guarded by {@code gateLock}. */
    private final java.util.Set<String> passed = new java.util.HashSet<>();
    private volatile boolean closed;

    /**
     * @param target the server (http://host:port/...; only its port is used, on loopback)
     * @param megabitsPerSecond the rate of each direction
     * @param rttMillis the round-trip time added
     */
    public ThrottledLink(URI target, double megabitsPerSecond, double rttMillis) throws IOException {
        this(target, megabitsPerSecond, rttMillis, 0);
    }

    /** As above, listening on {@code listenPort} (0: any free port). */
    public ThrottledLink(URI target, double megabitsPerSecond, double rttMillis, int listenPort) throws IOException {
        this.targetPort = target.getPort();
        this.oneWayNanos = (long) (rttMillis * 1e6 / 2);
        this.up = new Pacer(megabitsPerSecond * 1e6);
        this.down = new Pacer(megabitsPerSecond * 1e6);
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
        Thread.ofVirtual().name("throttled-link-accept").start(this::accept);
    }

    /** {@code uri} with its port replaced by the link's: the same server, reached through the link. */
    public URI through(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + server.getLocalPort() + uri.getRawPath());
    }

    /**
     * From now on, requests whose request line contains {@code path} pass only while fewer than {@code allowed} of
     * them have passed since this call; the others wait at the link until {@link #openGate()}. A request that repeats
     * the request line of one the gate let through (the client retrying it after a timeout) passes too, without
     * using the allowance: a test's gate is not used up by retries on a loaded machine.
     */
    public void gate(String path, int allowed) {
        synchronized (gateLock) {
            gatePath = path;
            allowance = allowed;
            passed.clear();
            gateLock.notifyAll();
        }
    }

    /** Lets every held request through, and every later one. */
    public void openGate() {
        synchronized (gateLock) {
            gatePath = null;
            gateLock.notifyAll();
        }
    }

    /** The request lines forwarded to the server so far ("GET /path HTTP/1.1"), in order. */
    public List<String> forwarded() {
        return List.copyOf(forwarded);
    }

    /** Requests waiting at the gate now. */
    public int held() {
        return held.get();
    }

    /** Held requests whose client closed the connection before the gate let them through. */
    public int cancelled() {
        return cancelled.get();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        sockets.forEach(ThrottledLink::closeQuietly);
        openGate();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException e) {
                    closeQuietly(client); // the server is down: the client sees its connection closed, as with no link
                    continue;
                }
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                pipe(client, upstream, up, true);
                pipe(upstream, client, down, false);
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("throttled link: " + e);
                }
            }
        }
    }

    private record Chunk(long arrived, byte[] data, int length) {}

    private void pipe(Socket from, Socket to, Pacer pacer, boolean requests) throws IOException {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        boolean[] fromClosed = {false};
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    byte[] buffer = new byte[CHUNK];
                    int n = in.read(buffer);
                    queue.put(new Chunk(System.nanoTime(), buffer, n));
                    if (n < 0) {
                        break;
                    }
                }
            } catch (IOException | InterruptedException e) {
                queue.add(new Chunk(System.nanoTime(), new byte[0], -1));
            }
            synchronized (fromClosed) {
                fromClosed[0] = true;
            }
            synchronized (gateLock) {
                gateLock.notifyAll();
            }
        });
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Chunk c = queue.take();
                    sleepUntil(c.arrived() + oneWayNanos);
                    if (c.length() < 0) {
                        to.shutdownOutput();
                        return;
                    }
                    if (requests) {
                        String line = requestLine(c);
                        if (line != null) {
                            if (!pass(line, fromClosed)) {
                                cancelled.incrementAndGet();
                                closeQuietly(from);
                                closeQuietly(to);
                                return;
                            }
                            forwarded.add(line);
                        }
                    }
                    pacer.send(c.length());
                    out.write(c.data(), 0, c.length());
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    /** Waits at the gate if the request is gated; false when its client went away meanwhile. */
    private boolean pass(String line, boolean[] clientClosed) throws InterruptedException {
        synchronized (gateLock) {
            if (gatePath == null || !line.contains(gatePath)) {
                return true;
            }
            if (passed.contains(line)) {
                return true; // a retry of a request let through
            }
            if (allowance > 0) {
                allowance--;
                passed.add(line);
                return true;
            }
            held.incrementAndGet();
            try {
                while (gatePath != null && line.contains(gatePath) && !closed) {
                    synchronized (clientClosed) {
                        if (clientClosed[0]) {
                            return false;
                        }
                    }
                    gateLock.wait(50);
                }
                return true;
            } finally {
                held.decrementAndGet();
            }
        }
    }

    private static String requestLine(Chunk c) {
        int end = 0;
        while (end < c.length() && end < 8192 && c.data()[end] != '\r') {
            end++;
        }
        String line = new String(c.data(), 0, end, StandardCharsets.ISO_8859_1);
        return line.matches("(GET|POST|PUT|DELETE|HEAD|OPTIONS) \\S+ HTTP/1\\.[01]") ? line : null;
    }

    /** One direction of the link: pacing shared by every connection. */
    private static final class Pacer {
        private final double nanosPerByte;
        private long free;

        Pacer(double bitsPerSecond) {
            this.nanosPerByte = 8e9 / bitsPerSecond;
        }

        void send(int bytes) {
            long due;
            synchronized (this) {
                long now = System.nanoTime();
                free = Math.max(free, now - (long) (BURST_BYTES * nanosPerByte));
                free += (long) (bytes * nanosPerByte);
                due = free - (long) (BURST_BYTES * nanosPerByte);
            }
            sleepUntil(due);
        }
    }

    private static void sleepUntil(long due) {
        for (long left; (left = due - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
