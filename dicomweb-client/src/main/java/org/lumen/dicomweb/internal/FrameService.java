package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.FrameConsumer;
import org.lumen.dicomweb.FramePart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WADO-RS frame retrieval with transfer syntax negotiation: one media range per request (servers
 * such as Orthanc honour only one), trying the caller's transfer syntaxes in order and falling back
 * on 400, 406, 415 or 501. Frames go to the consumer as their parts arrive; a response cut off
 * mid-way is resumed by asking again for the frames not yet delivered. Long frame lists are split
 * into requests of {@value #MAX_FRAMES_PER_REQUEST} frames, all in the transfer syntax the first
 * one negotiated. Thread-safe.
 */
public final class FrameService {
    private static final Logger LOG = LoggerFactory.getLogger(FrameService.class);
    private static final Set<Integer> FALL_BACK_ON = Set.of(400, 406, 415, 501);
    private static final int MAX_RESUMES = 2;
    /** Frame lists longer than this are split over several requests to keep URLs short. */
    static final int MAX_FRAMES_PER_REQUEST = 256;

    private final Transport transport;
    private final WadoService wado;
    private final int maxFrameBytes;

    public FrameService(Transport transport, WadoService wado, int maxFrameBytes) {
        this.transport = transport;
        this.wado = wado;
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * Retrieves the frames of one instance, asking for each transfer syntax of {@code preference}
     * in turn ({@code "*"} = as stored) until the server accepts one.
     */
    public void frames(ObjectPath instance, int[] frameNumbers, List<String> preference, FrameConsumer consumer)
            throws IOException {
        if (instance.instanceUid().isEmpty() || frameNumbers.length == 0 || preference.isEmpty()) {
            throw new IllegalArgumentException("need an instance, frame numbers and at least one transfer syntax");
        }
        if (IntStream.of(frameNumbers).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("frame numbers start at 1");
        }
        int firstChunk = Math.min(frameNumbers.length, MAX_FRAMES_PER_REQUEST);
        int[] first = Arrays.copyOfRange(frameNumbers, 0, firstChunk);
        for (int i = 0; i < preference.size(); i++) {
            String syntax = preference.get(i);
            if (attemptResuming(instance, first, syntax, i < preference.size() - 1, consumer)) {
                for (int from = firstChunk; from < frameNumbers.length; from += MAX_FRAMES_PER_REQUEST) {
                    int[] chunk = Arrays.copyOfRange(frameNumbers, from,
                            Math.min(frameNumbers.length, from + MAX_FRAMES_PER_REQUEST));
                    attemptResuming(instance, chunk, syntax, false, consumer);
                }
                return;
            }
        }
    }

    /**
     * Asks for the frames in one transfer syntax; false when the server refused it and another may
     * be tried. A body cut off mid-way is resumed: the frames not yet delivered are asked for again
     * (at most {@link #MAX_RESUMES} times), so the consumer sees each frame once, whole.
     */
    private boolean attemptResuming(ObjectPath instance, int[] frameNumbers, String syntax, boolean mayFallBack,
            FrameConsumer consumer) throws IOException {
        int[] delivered = {0};
        FrameConsumer counting = frame -> {
            try {
                consumer.accept(frame);
            } catch (IOException e) {
                throw new ConsumerFailure(e);
            }
            delivered[0]++;
        };
        for (int resume = 0; ; resume++) {
            int[] wanted = Arrays.copyOfRange(frameNumbers, delivered[0], frameNumbers.length);
            try {
                return attempt(instance, wanted, syntax, mayFallBack && delivered[0] == 0, counting);
            } catch (ConsumerFailure e) {
                throw (IOException) e.getCause();
            } catch (IOException e) {
                if (resume >= MAX_RESUMES || !resumable(e)) {
                    throw e;
                }
                LOG.debug("frames of {} cut off after {} of {}: {}; asking again", instance.instanceUidOrEmpty(),
                        delivered[0], frameNumbers.length, e.toString());
            }
        }
    }

    private static boolean resumable(IOException e) {
        if (e instanceof DicomWebException d) {
            return d.problem() == Problem.TRUNCATED;
        }
        return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
    }

    private boolean attempt(ObjectPath instance, int[] frameNumbers, String syntax, boolean mayFallBack,
            FrameConsumer consumer) throws IOException {
        String list = IntStream.of(frameNumbers).mapToObj(Integer::toString).collect(Collectors.joining(","));
        Request request = new Request.Builder()
                .url(wado.path(instance).addPathSegment("frames").addEncodedPathSegment(list).build())
                .header("Accept", FrameMediaTypes.accept(syntax))
                .tag(RequestKind.class, RequestKind.PIXEL).build();
        return transport.execute(request, response -> {
            if (mayFallBack && FALL_BACK_ON.contains(response.code())) {
                LOG.debug("{} refused transfer syntax {} with {}", request.url().encodedPath(), syntax, response.code());
                return false;
            }
            if (!response.isSuccessful()) {
                throw transport.statusError(response);
            }
            deliver(response, frameNumbers, syntax, consumer);
            return true;
        });
    }

    /** Carries an exception thrown by the caller's consumer past the resume logic. */
    private static final class ConsumerFailure extends IOException {
        private static final long serialVersionUID = 1L;

        ConsumerFailure(IOException cause) {
            super(cause);
        }
    }

    private void deliver(Response response, int[] frameNumbers, String requested, FrameConsumer consumer)
            throws IOException {
        Optional<ContentType> type = Optional.ofNullable(response.header("Content-Type")).flatMap(ContentType::parse);
        if (type.isPresent() && !type.get().type().equals("multipart") && frameNumbers.length == 1) {
            byte[] data = SizedRead.read(response.body().byteStream(), response.body().contentLength(), maxFrameBytes);
            consumer.accept(frame(frameNumbers[0], label(type.get(), requested, 0), data));
            return;
        }
        long length = response.body().contentLength();
        String boundary = WadoService.boundary(response);
        try (MultipartReader reader = new MultipartReader(response.body().source(), boundary)) {
            int index = 0;
            for (Optional<Part> p = reader.nextPart(); p.isPresent(); p = reader.nextPart(), index++) {
                Part part = p.get();
                long expected = expectedSize(length, reader.offset(), boundary, frameNumbers.length - index);
                if (index >= frameNumbers.length) {
                    throw new DicomWebException(Problem.MALFORMED_MULTIPART,
                            "more parts than the " + frameNumbers.length + " frames asked for");
                }
                ContentType partType = part.contentType().orElseThrow(() -> new DicomWebException(
                        Problem.UNEXPECTED_CONTENT_TYPE, "frame part " + part.index() + " has no valid Content-Type"));
                String syntax = label(partType, requested, part.index());
                consumer.accept(frame(frameNumbers[index], syntax, part.readBody(maxFrameBytes, expected)));
            }
            if (index < frameNumbers.length) {
                throw new DicomWebException(Problem.MISSING_PARTS,
                        "asked for " + frameNumbers.length + " frames, received " + index);
            }
        }
    }

    /**
     * The likely size of the next frame, so that it is read into an array of the right size: what is
     * left of the response less the closing {@code CRLF--boundary--CRLF}, shared among the frames
     * still to come; 0 (unknown) without a Content-Length. Only a hint: a wrong one costs a copy.
     */
    static long expectedSize(long contentLength, long offset, String boundary, int framesLeft) {
        long left = contentLength - offset - (boundary.length() + 8L);
        return contentLength < 0 || framesLeft < 1 || left <= 0 ? 0 : left / framesLeft;
    }

    private static FramePart frame(int number, String syntax, byte[] data) {
        boolean lossy = TransferSyntax.lookup(syntax).map(TransferSyntax::lossy).orElse(true);
        return new FramePart(number, syntax, lossy, data);
    }

    /** The part's transfer syntax: its label, else its media type's default; checked against the request. */
    static String label(ContentType type, String requested, int partIndex) throws DicomWebException {
        Optional<String> labelled = type.parameter("transfer-syntax");
        String syntax = labelled.or(() -> FrameMediaTypes.defaultSyntax(type.essence())).orElseThrow(
                () -> new DicomWebException(Problem.UNEXPECTED_TRANSFER_SYNTAX,
                        "frame part " + partIndex + " of type " + type.essence() + " has no transfer syntax"));
        if (!ObjectPath.isUid(syntax)) {
            throw new DicomWebException(Problem.UNEXPECTED_TRANSFER_SYNTAX,
                    "frame part " + partIndex + " is labelled with an invalid transfer syntax UID: " + syntax);
        }
        if (!requested.equals(FrameMediaTypes.ANY) && !requested.equals(syntax)) {
            throw new DicomWebException(Problem.UNEXPECTED_TRANSFER_SYNTAX,
                    "frame part " + partIndex + " is " + syntax + " but " + requested + " was asked for");
        }
        return syntax;
    }
}
