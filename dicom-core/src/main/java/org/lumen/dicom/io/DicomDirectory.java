package org.lumen.dicom.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;

/**
 * A DICOMDIR (PS3.10 section 8, PS3.3 F.3) read into a tree of {@link DirectoryRecord}s. The tree
 * follows the record offsets (0004,1200), (0004,1400) and (0004,1420), which count bytes from the
 * start of the file. Where the root offset does not reach every record, the walk starts instead at
 * the records no other record points to; where offsets are missing or lead nowhere, the records are
 * nested by their order and type (PATIENT, STUDY, SERIES, then the rest). Loops and deep chains
 * are cut. Immutable once read.
 */
public final class DicomDirectory {
    /** Deepest nesting of directory entities followed by offset. */
    private static final int MAX_LEVELS = 32;
    private final DicomFile file;
    private final List<DirectoryRecord> roots;

    private DicomDirectory(DicomFile file, List<DirectoryRecord> roots) {
        this.file = file;
        this.roots = List.copyOf(roots);
    }

    /** Reads a DICOMDIR file; referenced files are resolved against its folder. */
    public static DicomDirectory read(Path dicomdir) throws IOException {
        ParsedFile parsed = Part10Reader.parse(dicomdir, ReadOptions.DEFAULT);
        Path folder = dicomdir.toAbsolutePath().getParent();
        DataSet dataSet = parsed.file().dataSet();
        List<DataSet> items = dataSet.getSequence(Tag.DirectoryRecordSequence);
        if (!dataSet.contains(Tag.DirectoryRecordSequence)) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, dicomdir.getFileName()
                    + " has no Directory Record Sequence (0004,1220): not a DICOMDIR");
        }
        Map<Long, DataSet> byOffset = new HashMap<>();
        for (DataSet item : items) {
            Long offset = parsed.itemOffsets().get(item);
            if (offset != null) {
                byOffset.put(offset, item);
            }
        }
        long first = unsigned(dataSet, Tag.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity);
        List<DirectoryRecord> roots = linked(List.of(first), byOffset, folder, items.size())
                .or(() -> linked(unreferenced(items, parsed.itemOffsets()), byOffset, folder, items.size()))
                .orElseGet(() -> byOrder(items, folder));
        return new DicomDirectory(parsed.file(), roots);
    }

    /** The records reached from these first offsets, when that is every record. */
    private static Optional<List<DirectoryRecord>> linked(List<Long> starts, Map<Long, DataSet> byOffset, Path folder,
            int count) {
        OffsetWalk walk = new OffsetWalk(byOffset, folder);
        List<DirectoryRecord> roots = new ArrayList<>();
        for (long start : starts) {
            if (walk.seen().contains(start)) {
                continue;
            }
            Optional<List<DirectoryRecord>> chain = walk.chain(start, 0);
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            roots.addAll(chain.get());
        }
        return walk.seen().size() == count ? Optional.of(roots) : Optional.empty();
    }

    /** Offsets of the records no other record points to, in file order: the heads of the root chain. */
    private static List<Long> unreferenced(List<DataSet> items, Map<DataSet, Long> offsets) {
        Set<Long> targets = new HashSet<>();
        for (DataSet item : items) {
            targets.add(unsigned(item, Tag.OffsetOfTheNextDirectoryRecord));
            targets.add(unsigned(item, Tag.OffsetOfReferencedLowerLevelDirectoryEntity));
        }
        List<Long> heads = new ArrayList<>();
        for (DataSet item : items) {
            Long offset = offsets.get(item);
            if (offset != null && !targets.contains(offset)) {
                heads.add(offset);
            }
        }
        return heads;
    }

    public DicomFile file() {
        return file;
    }

    /** The records of the root directory entity (usually PATIENT records). */
    public List<DirectoryRecord> roots() {
        return roots;
    }

    /** All records, depth first. */
    public List<DirectoryRecord> allRecords() {
        return roots.stream().flatMap(DirectoryRecord::flatten).toList();
    }

    static long unsigned(DataSet item, int tag) {
        return item.getInt(tag).orElse(0) & 0xFFFFFFFFL;
    }

    static DirectoryRecord record(DataSet item, List<DirectoryRecord> children, Path folder) {
        List<String> components = item.getStrings(Tag.ReferencedFileID);
        Optional<Path> referenced = Optional.empty();
        if (!components.isEmpty()) {
            Path path = folder;
            for (String component : components) {
                path = path.resolve(component);
            }
            path = path.normalize();
            // a file ID is a path below the DICOMDIR's folder (PS3.10 8.5); one that climbs out is ignored
            referenced = path.startsWith(folder.normalize()) ? Optional.of(path) : Optional.empty();
        }
        return new DirectoryRecord(item.getString(Tag.DirectoryRecordType, "").trim(), item, children, referenced);
    }

    /** Nesting by order and type, for a DICOMDIR without usable offsets. */
    private static List<DirectoryRecord> byOrder(List<DataSet> items, Path folder) {
        record Node(DataSet item, int level, List<Node> children) {}
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        for (DataSet item : items) {
            Node node = new Node(item, level(item.getString(Tag.DirectoryRecordType, "").trim()), new ArrayList<>());
            while (!stack.isEmpty() && stack.getLast().level() >= node.level()) {
                stack.removeLast();
            }
            (stack.isEmpty() ? roots : stack.getLast().children()).add(node);
            stack.add(node);
        }
        return roots.stream().map(n -> toRecord(n.item(), n.children(), folder, Node::item, Node::children)).toList();
    }

    private static <N> DirectoryRecord toRecord(DataSet item, List<N> children, Path folder,
            java.util.function.Function<N, DataSet> itemOf, java.util.function.Function<N, List<N>> childrenOf) {
        List<DirectoryRecord> records = children.stream()
                .map(c -> toRecord(itemOf.apply(c), childrenOf.apply(c), folder, itemOf, childrenOf)).toList();
        return record(item, records, folder);
    }

    private static int level(String type) {
        return switch (type) {
            case "PATIENT" -> 0;
            case "STUDY" -> 1;
            case "SERIES" -> 2;
            default -> 3;
        };
    }

    /** Follows next and lower-level offsets; empty when one leads nowhere or loops. */
    private record OffsetWalk(Map<Long, DataSet> byOffset, Path folder, Set<Long> seen) {
        OffsetWalk(Map<Long, DataSet> byOffset, Path folder) {
            this(byOffset, folder, new HashSet<>());
        }

        Optional<List<DirectoryRecord>> chain(long offset, int depth) {
            if (depth > MAX_LEVELS) {
                return Optional.empty();
            }
            List<DirectoryRecord> records = new ArrayList<>();
            long at = offset;
            while (at != 0) {
                DataSet item = byOffset.get(at);
                if (item == null || !seen.add(at)) {
                    return Optional.empty();
                }
                Optional<List<DirectoryRecord>> children =
                        chain(unsigned(item, Tag.OffsetOfReferencedLowerLevelDirectoryEntity), depth + 1);
                if (children.isEmpty()) {
                    return Optional.empty();
                }
                records.add(record(item, children.get(), folder));
                at = unsigned(item, Tag.OffsetOfTheNextDirectoryRecord);
            }
            return Optional.of(records);
        }
    }
}
