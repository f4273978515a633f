package org.lumen.bench.web;

import java.io.IOException;
import java.net.URI;

import org.lumen.testkit.net.ThrottledLink;

/**
 * The streaming benchmark's link shaper: the testkit's {@link ThrottledLink} (an in-process TCP proxy on loopback
 * with, per direction, a one-way delay of RTT / 2 and a rate limit shared by all connections) as a process.
 * Usage: {@code LinkShaper LISTEN_PORT TARGET_PORT MBIT RTT_MS}; runs until killed. Our client and curl go
 * through the same link.
 */
public final class LinkShaper {
    private LinkShaper() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: LinkShaper LISTEN_PORT TARGET_PORT MBIT RTT_MS");
        }
        int listen = Integer.parseInt(args[0]);
        URI target = URI.create("http://127.0.0.1:" + Integer.parseInt(args[1]) + "/");
        try (ThrottledLink link = new ThrottledLink(target, Double.parseDouble(args[2]), Double.parseDouble(args[3]), listen)) {
            System.err.println("link shaper on " + listen + " -> " + args[1] + ": " + args[2] + " Mbit/s, RTT " + args[3] + " ms");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
