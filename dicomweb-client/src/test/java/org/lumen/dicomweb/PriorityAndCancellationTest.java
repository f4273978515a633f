package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * Request priorities and cancellation under a per-server limit of one request: the server holds the
 * first request ("1.0") until the test lets it go, so the others queue in the client's dispatcher.
 * The base class checks afterwards that no connection was left in use.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PriorityAndCancellationTest extends MockServerTest {
    private static final String HELD = "1.0";
    private final List<String> arrived = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch heldArrived = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);

    private DicomWebClient limitedToOne() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String uid = request.getUrl().pathSegments().get(2);
                arrived.add(uid);
                if (uid.equals(HELD)) {
                    heldArrived.countDown();
                    letGo.await();
                }
                if (uid.startsWith("9.")) {
                    byte[] frame = FrameRetrievalTest.frameBytes(200_000, 1);
                    return MockServers.multipartResponse("application/octet-stream", MockServers.multipart(true,
                            new String[] {"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1"}, frame))
                            .throttleBody(1024, 50, TimeUnit.MILLISECONDS).build();
                }
                return MockServers.json("[]");
            }
        });
        ServerConfig config = ServerConfig.of("mock", server.url("/dicom-web/").uri())
                .withQueryEncoding(QueryEncoding.LITERAL).withMaxConcurrentRequests(1);
        return DicomWebClient.builder().okHttpClient(http).server(config).sleeper(sleeper).build();
    }

    @AfterEach
    void releaseTheServer() {
        letGo.countDown();
    }

    private static Thread metadata(DicomWebClient client, String uid, AtomicReference<Throwable> failure) {
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                client.studyMetadata(uid);
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        });
    }

    /** Starts a request and waits until it is queued behind the held one. */
    private static Thread queued(DicomWebClient client, String uid, AtomicReference<Throwable> failure)
            throws InterruptedException {
        int before = client.queuedRequests();
        Thread t = metadata(client, uid, failure);
        while (client.queuedRequests() == before) {
            Thread.sleep(5);
        }
        return t;
    }

    @Test
    void interactiveRequestsQueuedAfterPrefetchStillGoFirst() throws Exception {
        DicomWebClient client = limitedToOne();
        DicomWebClient prefetch = client.withOptions(CallOptions.prefetch(new Cancellation()));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        threads.add(metadata(client, HELD, failure));
        assertThat(heldArrived.await(20, TimeUnit.SECONDS)).isTrue();
        threads.add(queued(prefetch, "2.1", failure));
        threads.add(queued(prefetch, "2.2", failure));
        threads.add(queued(client, "3.1", failure));
        threads.add(queued(client.withOptions(CallOptions.interactive(new Cancellation())), "3.2", failure));
        assertThat(client.queuedRequests()).isEqualTo(4);
        assertThat(arrived).containsExactly(HELD);

        letGo.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(arrived).containsExactly(HELD, "3.1", "3.2", "2.1", "2.2");
        assertThat(client.queuedRequests()).isZero();
    }

    @Test
    void cancellingAQueuedRequestEndsItWithoutReachingTheServer() throws Exception {
        DicomWebClient client = limitedToOne();
        Cancellation study = new Cancellation();
        AtomicReference<Throwable> heldFailure = new AtomicReference<>();
        Thread held = metadata(client, HELD, heldFailure);
        assertThat(heldArrived.await(20, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiting = queued(client.withOptions(CallOptions.prefetch(study)), "2.1", failure);

        study.cancel();
        waiting.join(10_000);
        assertThat(waiting.isAlive()).as("cancelled request still waiting").isFalse();
        assertThat(failure.get()).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.CANCELLED));
        assertThat(client.queuedRequests()).isZero();

        letGo.countDown();
        held.join();
        assertThat(heldFailure.get()).isNull();
        client.studyMetadata("4.1");
        assertThat(arrived).containsExactly(HELD, "4.1");
    }

    @Test
    void cancellingAnInFlightRetrievalEndsItTypedWithNoFrameAndFreesTheSlot() throws Exception {
        DicomWebClient client = limitedToOne();
        letGo.countDown();
        Cancellation study = new Cancellation();
        List<FramePart> got = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread retrieval = Thread.ofPlatform().daemon().start(() -> {
            try {
                client.withOptions(CallOptions.prefetch(study))
                        .retrieveFrames("9.1", "9.1.2", "9.1.2.3", new int[] {1}, List.of("*"), got::add);
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        });
        while (arrived.isEmpty()) {
            Thread.sleep(5);
        }
        Thread.sleep(300); // a few KiB of the 200 KB frame have arrived; the whole would take ~10 s
        long cancelledAt = System.nanoTime();
        study.cancel();
        retrieval.join(10_000);
        assertThat(retrieval.isAlive()).as("cancelled retrieval still running").isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt)).isLessThan(5_000);
        assertThat(failure.get()).isInstanceOfSatisfying(DicomWebException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CANCELLED);
            assertThat(e.getMessage()).doesNotContain("9.1");
        });
        assertThat(got).as("no partial frame delivered").isEmpty();
        assertThat(arrived).containsExactly("9.1");

        client.studyMetadata("4.1");
        assertThat(arrived).containsExactly("9.1", "4.1");
    }

    @Test
    void aRequestMadeWithAnAlreadyCancelledTokenFailsAtOnce() {
        DicomWebClient client = limitedToOne();
        letGo.countDown();
        Cancellation closed = new Cancellation();
        closed.cancel();
        assertThatThrownBy(() -> client.withOptions(CallOptions.interactive(closed)).studyMetadata("5.1"))
                .isInstanceOfSatisfying(DicomWebException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CANCELLED));
        assertThat(arrived).isEmpty();
        assertThatThrownBy(() -> Cancellation.none().cancel()).isInstanceOf(IllegalStateException.class);
    }
}
