package org.lumen.dicom.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Default thresholds and derived values, worked out by hand from T.87 C.2.4.1.1 and A.2.1. */
class CodingParametersTest {
    @ParameterizedTest(name = "MAXVAL {0} NEAR {1} {2}: {3}/{4}/{5}")
    @CsvSource({"255,0,ISO_14495,3,7,21", "255,0,CHARLS_1,3,7,21", "4095,0,ISO_14495,18,67,276",
            "65535,0,CHARLS_1,18,67,276", "63,0,ISO_14495,2,3,5", "63,0,CHARLS_1,2,3,4", "127,2,ISO_14495,7,13,24",
            "127,2,CHARLS_1,8,13,18", "3,0,ISO_14495,2,3,3", "3,0,CHARLS_1,2,3,3", "255,3,ISO_14495,12,22,42"})
    void defaultThresholds(int maxVal, int near, DefaultThresholds rule, int t1, int t2, int t3) {
        CodingParameters p = CodingParameters.of(maxVal, near, 0, 0, 0, 0, rule);
        assertThat(p).isEqualTo(new CodingParameters(maxVal, near, t1, t2, t3, 64));
    }

    @Test
    void presetValuesReplaceDefaultsOneByOne() {
        assertThat(CodingParameters.of(4095, 0, 0, 70, 0, 32, DefaultThresholds.CHARLS_1))
                .isEqualTo(new CodingParameters(4095, 0, 18, 70, 276, 32));
    }

    @Test
    void derivedValues() {
        CodingParameters lossless = CodingParameters.of(255, 0, 0, 0, 0, 0, DefaultThresholds.ISO_14495);
        assertThat(new int[] {lossless.range(), lossless.qbpp(), lossless.limit()}).containsExactly(256, 8, 32);
        CodingParameters near = CodingParameters.of(4095, 3, 0, 0, 0, 0, DefaultThresholds.ISO_14495);
        assertThat(new int[] {near.range(), near.qbpp(), near.limit()}).containsExactly(586, 10, 48);
    }

    @Test
    void refusesThresholdsOutOfOrder() {
        assertThatThrownBy(() -> CodingParameters.of(255, 0, 30, 20, 0, 0, DefaultThresholds.ISO_14495))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
