package org.lumen.viewer.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.lumen.dicom.DataSet;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QidoPages;
import org.lumen.viewer.servers.ConnectionTest;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerSettings;

/**
 * Searches several servers at once: one task per server on the injected executor, each paging
 * through its results ({@link QidoPages}) and reporting every page as it arrives, so a slow or
 * failing server never hides the others' results. A failure is reported per server, in words.
 */
public final class FederatedSearch {
    /** Receives results; called on the executor's threads, never after {@link Handle#cancel()} returned. */
    public interface Listener {
        /** One page of one server's results. */
        void page(String server, List<StudyRow> rows);

        /** The server's search failed; the message is for the user. */
        void failed(String server, String message);

        /** The server's search ended with this many results in all ({@code truncated} when the cap was hit). */
        void finished(String server, int total, boolean truncated);
    }

    private final ExecutorService executor;
    private final ServerClients clients;
    private final int pageSize;
    private final int maxResults;
    private volatile CachedStudySearch offline;

    /**
     * @param executor runs one task per server
     * @param clients makes each server's client
     * @param pageSize results asked per request
     * @param maxResults results kept per server at most
     */
    public FederatedSearch(ExecutorService executor, ServerClients clients, int pageSize, int maxResults) {
        if (pageSize < 1 || maxResults < 1) {
            throw new IllegalArgumentException("pageSize and maxResults must be positive");
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.pageSize = pageSize;
        this.maxResults = maxResults;
    }

    /**
     * Searches the cache instead of a server that cannot be reached: its cached studies that match
     * are reported as a page (marked offline) before the failure.
     */
    public FederatedSearch withOffline(CachedStudySearch cached) {
        this.offline = Objects.requireNonNull(cached, "cached");
        return this;
    }

    /** Starts searching {@code servers}; returns at once. */
    public Handle start(List<ServerSettings> servers, StudyQuery query, Listener listener) {
        Handle handle = new Handle();
        for (ServerSettings server : servers) {
            handle.tasks.add(executor.submit(() -> searchOne(server, query, listener, handle)));
        }
        return handle;
    }

    private void searchOne(ServerSettings server, StudyQuery query, Listener listener, Handle handle) {
        int total = 0;
        try {
            DicomWebClient client = clients.client(server);
            QidoPages pages = client.pages(query.toQido().build(), pageSize);
            while (pages.hasNext() && total < maxResults && !handle.cancelled.get()) {
                List<DataSet> page = pages.next();
                List<StudyRow> rows = new ArrayList<>();
                for (DataSet ds : page) {
                    if (total + rows.size() < maxResults) {
                        rows.add(StudyRow.of(server.name(), ds));
                    }
                }
                total += rows.size();
                synchronized (handle) {
                    if (!handle.cancelled.get() && !rows.isEmpty()) {
                        listener.page(server.name(), rows);
                    }
                }
            }
            boolean truncated = pages.hasNext() && total >= maxResults;
            synchronized (handle) {
                if (!handle.cancelled.get()) {
                    listener.finished(server.name(), total, truncated);
                }
            }
        } catch (IOException e) {
            List<StudyRow> cached = offlineRows(server, query);
            synchronized (handle) {
                if (!handle.cancelled.get()) {
                    if (!cached.isEmpty()) {
                        listener.page(server.name(), cached);
                    }
                    listener.failed(server.name(), ConnectionTest.explain(server, e).message()
                            + (offline == null ? "" : " \u2014 OFFLINE: " + cached.size() + " matching cached "
                                    + (cached.size() == 1 ? "study" : "studies") + " listed"));
                }
            }
        } catch (RuntimeException e) {
            synchronized (handle) {
                if (!handle.cancelled.get()) {
                    listener.failed(server.name(), "search failed: " + e.getMessage());
                }
            }
        }
    }

    private List<StudyRow> offlineRows(ServerSettings server, StudyQuery query) {
        CachedStudySearch cached = offline;
        if (cached == null) {
            return List.of();
        }
        try {
            return cached.search(server, query);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A running search. */
    public static final class Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Future<?>> tasks = new ArrayList<>();

        private Handle() {}

        /** Stops every server's search; no listener call happens after this returns. */
        public void cancel() {
            synchronized (this) {
                cancelled.set(true);
            }
            tasks.forEach(t -> t.cancel(true));
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        /** Whether every server's task has ended. */
        public boolean isDone() {
            return tasks.stream().allMatch(Future::isDone);
        }
    }
}
