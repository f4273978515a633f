package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * on 400, 406, 415 or 501. Frames go to the consumer as their parts arrive. Thread-safe.
 */
public final class FrameService {
    private static final Logger LOG = LoggerFactory.getLogger(FrameService.class);
    private static final Set<Integer> FALL_BACK_ON = Set.of(400, 406, 415, 501);
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

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
        String list = IntStream.of(frameNumbers).mapToObj(Integer::toString).collect(Collectors.joining(","));
        for (int i = 0; i < preference.size(); i++) {
            String syntax = preference.get(i);
            boolean lastChoice = i == preference.size() - 1;
            Request request = new Request.Builder()
                    .url(wado.path(instance).addPathSegment("frames").addEncodedPathSegment(list).build())
                    .header("Accept", FrameMediaTypes.accept(syntax))
                    .tag(RequestKind.class, RequestKind.PIXEL).build();
            boolean done = transport.execute(request, response -> {
                if (!lastChoice && FALL_BACK_ON.contains(response.code())) {
                    LOG.debug("{} refused transfer syntax {} with {}", request.url().encodedPath(), syntax, response.code());
                    return false;
                }
                if (!response.isSuccessful()) {
                    throw transport.statusError(response);
                }
                deliver(response, frameNumbers, syntax, consumer);
                return true;
            });
            if (done) {
                return;
            }
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
        try (MultipartReader reader = new MultipartReader(response.body().source(), WadoService.boundary(response))) {
            int index = 0;
            for (Optional<Part> p = reader.nextPart(); p.isPresent(); p = reader.nextPart(), index++) {
                Part part = p.get();
                if (index >= frameNumbers.length) {
                    throw new DicomWebException(Problem.MALFORMED_MULTIPART,
                            "more parts than the " + frameNumbers.length + " frames asked for");
                }
                ContentType partType = part.contentType().orElseThrow(() -> new DicomWebException(
                        Problem.UNEXPECTED_CONTENT_TYPE, "frame part " + part.index() + " has no valid Content-Type"));
                String syntax = label(partType, requested, part.index());
                consumer.accept(frame(frameNumbers[index], syntax, part.readBody(maxFrameBytes)));
            }
            if (index < frameNumbers.length) {
                throw new DicomWebException(Problem.MISSING_PARTS,
                        "asked for " + frameNumbers.length + " frames, received " + index);
            }
        }
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
        if (syntax.length() > 64 || !UID.matcher(syntax).matches()) {
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
