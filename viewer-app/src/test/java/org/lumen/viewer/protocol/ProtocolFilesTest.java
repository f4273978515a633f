package org.lumen.viewer.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolFilesTest {
    @TempDir
    Path folder;

    @Test
    void theShippedDefaultsReadEarlyAreReadOnceAndEqualAFreshRead() throws Exception {
        ProtocolFiles.readDefaultsEarly();
        List<HangingProtocol> first = ProtocolFiles.defaults();
        assertThat(first).isEqualTo(ProtocolFiles.readDefaults()).hasSize(ProtocolFiles.DEFAULTS.size());
        assertThat(first.stream().map(HangingProtocol::name)).doesNotHaveDuplicates().allMatch(n -> !n.isBlank());
        assertThat(ProtocolFiles.defaults()).isSameAs(first);
        assertThat(new ProtocolFiles(Path.of("target/no-such-protocols")).load(p -> { }))
                .containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void aSavedProtocolReadsBackEqualAndComesBeforeTheDefaults() throws Exception {
        HangingProtocol mine = new HangingProtocol("Chest CT: soft + lung", new StudyRule("CT", "CHEST", "chest", "", 0, 0), "1x2",
                List.of(new ViewportRule(0, "CT", "soft", PlaneOrientation.AXIAL, 0), new ViewportRule(0, "CT", "lung", null, 3)));
        ProtocolFiles files = new ProtocolFiles(folder);
        Path file = files.save(mine);
        assertThat(file.getFileName().toString()).isEqualTo("chest-ct-soft-lung.json");
        assertThat(Files.readString(file)).contains("\"name\" : \"Chest CT: soft + lung\"", "\"orientation\" : \"axial\"",
                "\"seriesNumber\" : 3", "\"format\" : 1");
        List<String> problems = new ArrayList<>();
        List<HangingProtocol> loaded = files.load(problems::add);
        assertThat(problems).isEmpty();
        assertThat(loaded.get(0)).isEqualTo(mine);
        assertThat(loaded).extracting(HangingProtocol::name).containsExactly("Chest CT: soft + lung", "CT", "MR", "CR/DX",
                "Current vs prior");
    }

    @Test
    void aUserFileNamedLikeADefaultReplacesItAndBrokenFilesAreReportedAndSkipped() throws Exception {
        Files.writeString(folder.resolve("my-ct.json"), """
                { "name": "CT", "match": { "modality": "CT" }, "layout": "1x1" }
                """);
        Files.writeString(folder.resolve("typo.json"), """
                { "name": "Typo", "match": { "modalty": "CT" }, "layout": "1x1" }
                """);
        Files.writeString(folder.resolve("not-json.json"), "layout: 2x2");
        Files.writeString(folder.resolve("notes.txt"), "not a protocol");
        List<String> problems = new ArrayList<>();
        List<HangingProtocol> loaded = new ProtocolFiles(folder).load(problems::add);
        assertThat(loaded).extracting(HangingProtocol::name).containsExactly("CT", "MR", "CR/DX", "Current vs prior");
        assertThat(loaded.get(0).layout()).isEqualTo("1x1");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("not-json.json");
        assertThat(problems.get(1)).contains("typo.json", "unknown field \"modalty\" in \"match\"");
    }

    @Test
    void wrongTypesAndFormatsAreNamed() {
        assertThatThrownBy(() -> ProtocolJson.read("{\"name\":\"x\",\"layout\":\"1x1\",\"format\":2}")).hasMessageContaining("format 2");
        assertThatThrownBy(() -> ProtocolJson.read("{\"name\":\"x\",\"layout\":\"1x1\",\"viewports\":[{\"prior\":\"one\"}]}"))
                .hasMessageContaining("\"prior\" must be a whole number");
        assertThatThrownBy(() -> ProtocolJson.read("{\"name\":\"x\",\"layout\":\"1x1\",\"viewports\":[{\"orientation\":\"up\"}]}"))
                .hasMessageContaining("\"orientation\" must be axial");
        assertThatThrownBy(() -> ProtocolJson.read("{\"layout\":\"1x1\"}")).hasMessageContaining("needs a name");
    }
}
