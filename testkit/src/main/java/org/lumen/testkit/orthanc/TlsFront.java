package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.IntSupplier;
import javax.net.ssl.SSLServerSocket;
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
    private final SSLServerSocket server;
    private final IntSupplier upstreamPort;

    private TlsFront(SSLServerSocket server, IntSupplier upstreamPort) {
        this.server = server;
        this.upstreamPort = upstreamPort;
    }

    static TlsFront start(OrthancTls.On tls, IntSupplier upstreamPort) {
        try {
            SSLServerSocket socket = (SSLServerSocket) tls.certificates().serverSslContext().getServerSocketFactory()
                    .createServerSocket(0, 64, InetAddress.getByName("127.0.0.1"));
            socket.setNeedClientAuth(tls.requireClientCertificates());
            TlsFront front = new TlsFront(socket, upstreamPort);
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
                SSLSocket client = (SSLSocket) server.accept();
                Thread.ofVirtual().name("orthanc-tls-conn").start(() -> serve(client));
            } catch (IOException closedOrFailed) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void serve(SSLSocket client) {
        try (client; Socket upstream = new Socket()) {
            client.startHandshake();
            upstream.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), upstreamPort.getAsInt()));
            Thread up = Thread.ofVirtual().start(() -> {
                copy(client, upstream);
                shutdownOutput(upstream);
            });
            copy(upstream, client);
            client.close();
            up.join();
        } catch (IOException handshakeOrConnectFailed) {
            // The client sees the TLS alert or the closed connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
