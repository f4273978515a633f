package org.lumen.dicomweb;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import org.lumen.dicom.DataSet;

/**
 * Pages through the results of a QIDO-RS query with limit/offset, one request per page. The last
 * page is the first one shorter than the page size. Not thread-safe.
 */
public final class QidoPages {
    /** Runs one search request. */
    @FunctionalInterface
    interface Search {
        List<DataSet> run(QidoQuery query) throws IOException;
    }

    private final Search search;
    private final QidoQuery query;
    private final int pageSize;
    private int offset;
    private boolean done;

    QidoPages(Search search, QidoQuery query, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        this.search = search;
        this.query = query;
        this.pageSize = pageSize;
    }

    public boolean hasNext() {
        return !done;
    }

    /** The next page; may be empty when the previous page was exactly full. */
    public List<DataSet> next() throws IOException {
        if (done) {
            throw new NoSuchElementException("no more pages");
        }
        List<DataSet> page = search.run(query.page(offset, pageSize));
        offset += page.size();
        if (page.size() < pageSize) {
            done = true;
        }
        return page;
    }

    /** All remaining results, up to maxResults. */
    public List<DataSet> all(int maxResults) throws IOException {
        java.util.ArrayList<DataSet> results = new java.util.ArrayList<>();
        while (hasNext() && results.size() < maxResults) {
            results.addAll(next());
        }
        return results.size() > maxResults ? List.copyOf(results.subList(0, maxResults)) : results;
    }
}
