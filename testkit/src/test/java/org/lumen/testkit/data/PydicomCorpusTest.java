package org.lumen.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PydicomCorpusTest {

    static Stream<Path> part10() {
        return PydicomCorpus.part10Files();
    }

    @Test
    void listsDicomFilesFromEveryFolderAndNothingElse() {
        List<Path> files = PydicomCorpus.files().toList();
        Path root = PydicomCorpus.root();
        assertThat(files).contains(root.resolve("test_files/CT_small.dcm"), root.resolve("test_files/no_meta.dcm"),
                root.resolve("test_files/dicomdirtests/DICOMDIR"));
        assertThat(files).anySatisfy(p -> assertThat(p.toString()).contains("/charset_files/"));
        assertThat(files).anySatisfy(p -> assertThat(p.toString()).contains("/palettes/"));
        assertThat(files).noneSatisfy(p -> assertThat(p.getFileName().toString())
                .matches(".*\\.(py|pyc|txt|json|dump|gz|md)$|README.*"));
        assertThat(files).hasSizeGreaterThan(100).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void part10SubsetExcludesFilesWithoutPreamble() {
        List<Path> part10 = PydicomCorpus.part10Files().toList();
        assertThat(part10).contains(PydicomCorpus.testFile("CT_small.dcm"))
                .doesNotContain(PydicomCorpus.testFile("no_meta.dcm"));
        assertThat(part10.size()).isLessThan((int) PydicomCorpus.files().count());
    }

    @Test
    void unknownTestFileIsAnError() {
        assertThatThrownBy(() -> PydicomCorpus.testFile("no-such-file.dcm")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("part10")
    void everyPart10FileHasMagicAndIsNotATextFile(Path file) {
        assertThat(PydicomCorpus.hasPart10Magic(file)).isTrue();
        assertThat(PydicomCorpus.looksLikeDicom(file)).isTrue();
    }
}
