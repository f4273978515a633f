package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.IntSupplier;
import java.net.ServerSocket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.lumen.testkit.tls.TestCertificates;

/**
 * The HTTPS side of a test Orthanc: a TLS server on {@code 127.0.0.1} (the JDK's TLS stack, with
 * the server certificate of {@link TestCertificates}, optionally demanding a client certificate
 * signed by its CA) that forwards each connection's bytes to Orthanc's plain HTTP port, as a
 * TLS-terminating reverse proxy does in front of a PACS.
 *
 * <p>Why not Orthanc's own {@code SslEnabled}: on Debian 12, Orthanc 1.10.1's civetweb loads
 * OpenSSL by name and resolves {@code SSL_get_peer_certificate}, which OpenSSL 3 no longer exports
 * (it became a macro), so the first HTTPS connection crashes Orthanc with a null call (SIGSEGV).
 *
 * <p>Threading: one virtual thread accepts; each connection gets two virtual threads, one per
 * direction. {@link #close()} stops accepting; open connections end with their peers.
 */
final class TlsFront implements AutoCloseable {
    private final ServerSocket server;
    private final SSLContext context;
    private final boolean requireClientCertificates;
    private final IntSupplier upstreamPort;

    private TlsFront(ServerSocket server, SSLContext context, boolean requireClientCertificates, IntSupplier upstreamPort) {
        this.server = server;
        this.context = context;
        this.requireClientCertificates = requireClientCertificates;
        this.upstreamPort = upstreamPort;
    }

    static TlsFront start(OrthancTls.On tls, IntSupplier upstreamPort) {
        try {
            ServerSocket socket = new ServerSocket(0, 64, InetAddress.getByName("127.0.0.1"));
            TlsFront front = new TlsFront(socket, tls.certificates().serverSslContext(), tls.requireClientCertificates(), upstreamPort);
            Thread.ofVirtual().name("orthanc-tls-accept").start(front::acceptLoop);
            return front;
        } catch (IOException e) {
            throw new OrthancException("cannot open the TLS port: " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket raw = server.accept();
                Thread.ofVirtual().name("orthanc-tls-conn").start(() -> serve(raw));
            } catch (IOException closedOrFailed) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    /**
     * TLS over the accepted connection (layered, so that the plain socket outlives a failed
     * handshake). When the handshake fails (for example no client certificate under TLS 1.3, which
     * the server finds out only after the client has finished), the JDK has already sent its alert;
     * the connection is then kept open and drained for a moment before it is closed, as web servers
     * do (lingering close): otherwise the client's request meets a reset and it sees a broken pipe
     * instead of the alert.
     */
    private void serve(Socket raw) {
        try (raw) {
            SSLSocket client = (SSLSocket) context.getSocketFactory().createSocket(raw, "127.0.0.1", raw.getPort(), false);
            client.setUseClientMode(false);
            client.setNeedClientAuth(requireClientCertificates);
            try {
                client.startHandshake();
            } catch (IOException handshakeFailed) {
                lingerAndDrain(raw);
                return;
            }
            try (client; Socket upstream = new Socket()) {
                upstream.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), upstreamPort.getAsInt()));
                Thread up = Thread.ofVirtual().start(() -> {
                    copy(client, upstream);
                    shutdownOutput(upstream);
                });
                copy(upstream, client);
                client.close();
                up.join();
            }
        } catch (IOException connectFailed) {
            // The client sees the closed connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void lingerAndDrain(Socket raw) {
        try {
            raw.shutdownOutput();
            raw.setSoTimeout(1000);
            InputStream in = raw.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long end = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end && in.read(buffer) >= 0) {
                // discard what the client still sends
            }
        } catch (IOException ignored) {
            // timeout or reset: close now
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException peerGone) {
            // one side closed: the other direction ends as well
        }
    }

    private static void shutdownOutput(Socket s) {
        try {
            s.shutdownOutput();
        } catch (IOException alreadyClosed) {
            // nothing left to signal
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new OrthancException("cannot close the TLS port", e);
        }
    }
}
