package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void freePortCanBeBoundOnLoopback() throws Exception {
        int port = LoopbackPorts.findFree();
        assertThat(port).isBetween(1, 65535);
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(s.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void portInUseIsReportedBusy() throws Exception {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(0));
            assertThat(LoopbackPorts.isFreeOnAllInterfaces(s.getLocalPort())).isFalse();
            assertThat(LoopbackPorts.findFree()).isNotEqualTo(s.getLocalPort());
        }
    }
}
