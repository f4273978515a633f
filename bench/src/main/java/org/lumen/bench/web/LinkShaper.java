package org.lumen.bench.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * An in-process link shaper: a TCP proxy on loopback that forwards to a target with, per direction, a one-way
 * delay of RTT / 2 and a rate limit shared by all connections (pacing on a virtual clock, like a token bucket
 * with a {@value #BURST_BYTES}-byte bucket). Usage: {@code LinkShaper LISTEN_PORT TARGET_PORT MBIT RTT_MS}; runs
 * until killed. Serves the streaming benchmark: our client and curl go through the same link.
 */
public final class LinkShaper {
    static final int BURST_BYTES = 16 * 1024;
    private static final int CHUNK = 16 * 1024;

    private LinkShaper() {}

    /** One direction of the link: pacing shared by every connection. */
    static final class Pacer {
        private final double nanosPerByte;
        private long free;

        Pacer(double bitsPerSecond) {
            this.nanosPerByte = 8e9 / bitsPerSecond;
        }

        /** Waits until {@code bytes} may go on the wire. */
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

    private record Chunk(long arrived, byte[] data, int length) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: LinkShaper LISTEN_PORT TARGET_PORT MBIT RTT_MS");
        }
        int listen = Integer.parseInt(args[0]);
        int target = Integer.parseInt(args[1]);
        double bps = Double.parseDouble(args[2]) * 1e6;
        long oneWay = (long) (Double.parseDouble(args[3]) * 1e6 / 2);
        Pacer up = new Pacer(bps);
        Pacer down = new Pacer(bps);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen));
            System.err.println("link shaper on " + listen + " -> " + target + ": " + args[2] + " Mbit/s, RTT " + args[3] + " ms");
            while (true) {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                pipe(client, upstream, up, oneWay);
                pipe(upstream, client, down, oneWay);
            }
        }
    }

    private static void pipe(Socket from, Socket to, Pacer pacer, long delayNanos) throws IOException {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    byte[] buffer = new byte[CHUNK];
                    int n = in.read(buffer);
                    queue.put(new Chunk(System.nanoTime(), buffer, n));
                    if (n < 0) {
                        return;
                    }
                }
            } catch (IOException | InterruptedException e) {
                queue.add(new Chunk(System.nanoTime(), new byte[0], -1));
            }
        });
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Chunk c = queue.take();
                    sleepUntil(c.arrived() + delayNanos);
                    if (c.length() < 0) {
                        to.shutdownOutput();
                        return;
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

    static void sleepUntil(long due) {
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
