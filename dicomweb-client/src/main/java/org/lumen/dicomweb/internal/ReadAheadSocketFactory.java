package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets whose input stream reads ahead up to {@value #READ_AHEAD} bytes per system call.
 *
 * <p>Okio reads a connection at most one 8 KiB segment at a time, so a 105 MB series took about
 * 12,800 {@code read} calls, whose kernel time was over half of the client's CPU time for the
 * whole series (bench/README.md). Behind this stream each call takes whatever the connection has
 * received, up to {@value #READ_AHEAD} bytes, and Okio's segment reads are served from memory.
 * TLS sockets are layered over these, so they gain as well.
 *
 * <p>Nothing else changes: timeouts ({@code SO_TIMEOUT}) and errors reach the reader as before
 * (a timed-out read leaves the buffer as it was), closing the stream closes the socket, and
 * {@link InputStream#available()} counts the bytes read ahead. One instance is shared, so that
 * clients of the same server share pooled connections (OkHttp's pool keys on the factory).
 */
public final class ReadAheadSocketFactory extends SocketFactory {
    static final int READ_AHEAD = 256 * 1024;
    static final ReadAheadSocketFactory INSTANCE = new ReadAheadSocketFactory();

    private ReadAheadSocketFactory() {}

    /**
     * The socket factory for a client built on {@code http}: this one where it has the JDK's
     * default; a factory of the caller's own (a proxy's, a test's) is kept.
     */
    public static SocketFactory over(okhttp3.OkHttpClient http) {
        return http.socketFactory() == SocketFactory.getDefault() ? INSTANCE : http.socketFactory();
    }

    @Override
    public Socket createSocket() {
        return new ReadAheadSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private static Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = new ReadAheadSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** A socket whose {@link #getInputStream()} reads ahead. */
    static final class ReadAheadSocket extends Socket {
        private InputStream in;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new ReadAheadStream(super.getInputStream(), READ_AHEAD);
            }
            return in;
        }
    }

    /** Reads the underlying stream in large blocks; one reader at a time (as a socket is read). */
    static final class ReadAheadStream extends InputStream {
        private final InputStream raw;
        private final byte[] buffer;
        private int position;
        private int limit;

        ReadAheadStream(InputStream raw, int size) {
            this.raw = raw;
            this.buffer = new byte[size];
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (position == limit) {
                if (len >= buffer.length) {
                    return raw.read(b, off, len); // as large as ours: no point in copying twice
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }

        /** One read of the underlying stream into the empty buffer; false at its end. */
        private boolean fill() throws IOException {
            int n = raw.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }

        @Override
        public int available() throws IOException {
            return limit - position + raw.available();
        }

        @Override
        public void close() throws IOException {
            raw.close();
        }
    }
}
