package org.lumen.dicomweb;

/**
 * Told about the client's network traffic, for an activity display: each HTTP exchange sent to the
 * server (retries count again) and the bytes that cross the wire (before decompression). Called on
 * OkHttp's and the caller's threads, concurrently: implementations must be thread-safe and quick.
 */
public interface TrafficListener {
    /** Tells nothing. */
    TrafficListener NONE = new TrafficListener() {
        @Override
        public void exchangeStarted(long requestBytes) {}

        @Override
        public void bytesReceived(long bytes) {}

        @Override
        public void exchangeEnded() {}
    };

    /** An exchange started; {@code requestBytes} is the request body's length (0 without one, -1 unknown). */
    void exchangeStarted(long requestBytes);

    /** Response body bytes arrived for an exchange in flight. */
    void bytesReceived(long bytes);

    /** An exchange ended: its response body was read to the end or closed, or it failed. Called once per start. */
    void exchangeEnded();
}
