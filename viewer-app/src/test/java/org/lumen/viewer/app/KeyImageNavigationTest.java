package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.VR;

/** The next key image: after the shown one in the same series, then in the next series, wrapping around. */
class KeyImageNavigationTest {
    private static final OpenedSeries A = series("a", 5);
    private static final OpenedSeries B = series("b", 4);
    private static final Set<String> KEYS = Set.of("a.1", "a.3", "b.2");

    private static OpenedSeries series(String name, int images) {
        List<OpenedSeries.Image> list = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            DataSet ds = new DataSet();
            ds.setString(Tag.SOPInstanceUID, VR.UI, name + "." + i);
            list.add(new OpenedSeries.Image(Path.of(name + i), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, 0, 1));
        }
        return new OpenedSeries(list);
    }

    private static Optional<KeyImageNavigation.Stop> next(Optional<OpenedSeries> shown, int index) {
        return KeyImageNavigation.next(List.of(A, B), shown, index,
                image -> KEYS.contains(image.dataSet().getString(Tag.SOPInstanceUID, "")));
    }

    @Test
    void goesToTheNextKeyImageInTheSeriesThenTheNextSeriesThenWraps() {
        assertThat(next(Optional.of(A), 0)).get().satisfies(s -> {
            assertThat(s.series()).isSameAs(A);
            assertThat(s.index()).isEqualTo(1);
            assertThat(s.number()).isEqualTo(1);
            assertThat(s.total()).isEqualTo(3);
        });
        assertThat(next(Optional.of(A), 1).orElseThrow().index()).isEqualTo(3);
        assertThat(next(Optional.of(A), 3)).get().satisfies(s -> {
            assertThat(s.series()).isSameAs(B);
            assertThat(s.index()).isEqualTo(2);
            assertThat(s.number()).isEqualTo(3);
        });
        assertThat(next(Optional.of(B), 2)).get().satisfies(s -> {
            assertThat(s.series()).isSameAs(A);
            assertThat(s.index()).isEqualTo(1);
        });
        assertThat(next(Optional.empty(), 0).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void noKeyImageIsEmpty() {
        assertThat(KeyImageNavigation.next(List.of(A, B), Optional.of(A), 0, image -> false)).isEmpty();
    }
}
