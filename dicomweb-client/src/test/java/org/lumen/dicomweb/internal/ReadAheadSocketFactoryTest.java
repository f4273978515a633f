package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadSocketFactoryTest {
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void smallReadsSeeEveryByteInOrderUpToTheEnd() throws Exception {
        byte[] data = new byte[3 * ReadAheadSocketFactory.READ_AHEAD + 12_345];
        new Random(7).nextBytes(data);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = ReadAheadSocketFactory.INSTANCE.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket peer = server.accept()) {
            Thread writer = Thread.ofPlatform().daemon().start(() -> {
                try (OutputStream out = peer.getOutputStream()) {
                    for (int off = 0; off < data.length; off += 1000) {
                        out.write(data, off, Math.min(1000, data.length - off));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            InputStream in = client.getInputStream();
            assertThat(client.getInputStream()).as("one stream per socket").isSameAs(in);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            got.write(in.read());
            for (int n; (n = in.read(chunk, 0, 1 + got.size() % chunk.length)) >= 0; ) {
                got.write(chunk, 0, n);
            }
            writer.join();
            assertThat(got.toByteArray()).isEqualTo(data);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTimedOutReadKeepsWhatWasReadAheadAndTheNextReadGoesOn() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = ReadAheadSocketFactory.INSTANCE.createSocket()) {
            client.connect(server.getLocalSocketAddress());
            try (Socket peer = server.accept()) {
                OutputStream out = peer.getOutputStream();
                out.write(new byte[] {1, 2, 3, 4, 5});
                out.flush();
                InputStream in = client.getInputStream();
                byte[] b = new byte[2];
                assertThat(in.read(b, 0, 2)).isEqualTo(2);
                assertThat(b).containsExactly(1, 2);
                assertThat(in.available()).as("read ahead").isGreaterThanOrEqualTo(3);
                client.setSoTimeout(200);
                assertThat(in.read(new byte[8], 0, 8)).as("from memory, no wait").isEqualTo(3);
                assertThatThrownBy(() -> in.read(b, 0, 2)).isInstanceOf(SocketTimeoutException.class);
                out.write(new byte[] {6, 7});
                out.flush();
                assertThat(in.read(b, 0, 2)).isEqualTo(2);
                assertThat(b).containsExactly(6, 7);
            }
        }
    }

    @Test
    void aClientsOwnSocketFactoryIsKept() {
        SocketFactory own = new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new Socket();
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(ReadAheadSocketFactory.over(new OkHttpClient())).isSameAs(ReadAheadSocketFactory.INSTANCE);
        assertThat(ReadAheadSocketFactory.over(new OkHttpClient.Builder().socketFactory(own).build())).isSameAs(own);
    }
}
