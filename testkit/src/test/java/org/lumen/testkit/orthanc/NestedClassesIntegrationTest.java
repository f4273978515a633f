package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;

/** Nested classes share the outer class's server: finishing one nested class does not stop it. */
@WithOrthanc
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class NestedClassesIntegrationTest {

    private static long firstPid;

    @Nested
    @Order(1)
    class First {
        @Test
        void recordsTheServer(Orthanc orthanc) {
            assertThat(orthanc.isAlive()).isTrue();
            firstPid = orthanc.pid();
        }
    }

    @Nested
    @Order(2)
    class Second {
        @Test
        void seesTheSameLiveServer(Orthanc orthanc) {
            assertThat(firstPid).as("runs after First").isPositive();
            assertThat(orthanc.pid()).isEqualTo(firstPid);
            assertThat(orthanc.isAlive()).isTrue();
        }
    }
}
