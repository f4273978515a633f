package org.lumen.testkit.orthanc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds TCP ports on the loopback interface that nothing listens on right now. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Asks the kernel for an ephemeral port on 127.0.0.1 and releases it. Orthanc binds all
     * interfaces, so the port is also checked on the wildcard address before it is returned.
     */
    static int findFree() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a loopback socket", e);
            }
            if (isFreeOnAllInterfaces(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free TCP port found in 20 attempts");
    }

    static boolean isFreeOnAllInterfaces(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
