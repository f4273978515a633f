package org.lumen.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The JDK-side opener reads Tink's AES-256-GCM ciphertexts, and rejects what Tink rejects. */
class GcmOpenerTest {
    private static final byte[] AD = "lumen/cache/body/v1 key".getBytes(StandardCharsets.US_ASCII);
    private static final int[] SIZES = {0, 1, 15, 16, 17, 4095, 65_536, 524_288, 524_300};

    private static byte[] bytes(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void opensWhatTinkSealedUnderTheSamePurpose() throws GeneralSecurityException {
        StoreKeys keys = StoreKeys.fromMasterKey(bytes(32, 7));
        Aead tink = keys.aead("cache/entries");
        GcmOpener opener = keys.gcmOpener("cache/entries");
        for (int size : SIZES) {
            byte[] plain = bytes(size, size);
            byte[] sealed = tink.encrypt(plain, AD);
            assertThat(sealed).hasSize(size + GcmOpener.OVERHEAD);
            assertThat(opener.open(sealed, 0, sealed.length, AD)).as("size %d", size).isEqualTo(plain);
            byte[] framed = new byte[sealed.length + 40]; // the ciphertext inside a larger buffer, as in a whole file
            System.arraycopy(sealed, 0, framed, 25, sealed.length);
            byte[] out = new byte[size + 9];
            assertThat(opener.open(framed, 25, sealed.length, AD, out, 9)).isEqualTo(size);
            assertThat(Arrays.copyOfRange(out, 9, out.length)).isEqualTo(plain);
        }
    }

    @Test
    void theFormatIsTinksBothWays() throws GeneralSecurityException {
        byte[] key = bytes(32, 3);
        Aead tink = new AesGcmJce(key);
        GcmOpener opener = new GcmOpener(key);
        byte[] plain = bytes(10_000, 4);
        // Tink's ciphertext opened by the JDK side.
        byte[] byTink = tink.encrypt(plain, AD);
        assertThat(opener.open(byTink, 0, byTink.length, AD)).isEqualTo(plain);
        // The layout the opener assumes (IV, ciphertext, tag), sealed by the JDK, opened by Tink.
        byte[] iv = bytes(12, 5);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(AD);
        byte[] body = cipher.doFinal(plain);
        byte[] byJdk = new byte[12 + body.length];
        System.arraycopy(iv, 0, byJdk, 0, 12);
        System.arraycopy(body, 0, byJdk, 12, body.length);
        assertThat(tink.decrypt(byJdk, AD)).isEqualTo(plain);
        assertThat(opener.open(byJdk, 0, byJdk.length, AD)).isEqualTo(plain);
    }

    @Test
    void aFlippedByteAnywhereOrAnotherKeyOrContextIsRejectedAndNothingIsLeftInTheOutput() throws GeneralSecurityException {
        StoreKeys keys = StoreKeys.fromMasterKey(bytes(32, 7));
        byte[] plain = bytes(4096, 8);
        byte[] sealed = keys.aead("cache/entries").encrypt(plain, AD);
        GcmOpener opener = keys.gcmOpener("cache/entries");
        for (int at : new int[] {0, 11, 12, 2000, sealed.length - 17, sealed.length - 16, sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[at] ^= 0x40;
            assertRejected(opener, altered, AD);
        }
        assertRejected(opener, sealed, "lumen/cache/body/v1 other".getBytes(StandardCharsets.US_ASCII));
        assertRejected(keys.gcmOpener("cache/index"), sealed, AD);
        assertRejected(StoreKeys.fromMasterKey(bytes(32, 9)).gcmOpener("cache/entries"), sealed, AD);
        assertRejected(opener, Arrays.copyOf(sealed, sealed.length - 1), AD);
        assertThatThrownBy(() -> opener.open(sealed, 0, GcmOpener.OVERHEAD - 1, AD)).isInstanceOf(GeneralSecurityException.class)
                .hasMessageContaining("shorter than IV and tag");
        assertThat(opener.open(sealed, 0, sealed.length, AD)).as("the opener still works after failures").isEqualTo(plain);
    }

    private static void assertRejected(GcmOpener opener, byte[] sealed, byte[] ad) {
        byte[] out = new byte[sealed.length];
        Arrays.fill(out, (byte) 0x55);
        assertThatThrownBy(() -> opener.open(sealed, 0, sealed.length, ad, out, 0)).isInstanceOf(AEADBadTagException.class);
        byte[] expected = new byte[out.length];
        Arrays.fill(expected, 0, sealed.length - GcmOpener.OVERHEAD, (byte) 0);
        Arrays.fill(expected, sealed.length - GcmOpener.OVERHEAD, out.length, (byte) 0x55);
        assertThat(out).as("the output range is wiped, nothing beyond it touched").isEqualTo(expected);
    }

    @Test
    void threadsOpeningUnderDifferentKeysAtOnceEachGetTheirOwnPlaintext() throws Exception {
        List<GcmOpener> openers = new ArrayList<>();
        List<byte[]> sealed = new ArrayList<>();
        List<byte[]> plains = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            StoreKeys keys = StoreKeys.fromMasterKey(bytes(32, 100 + k));
            byte[] plain = bytes(30_000 + k * 1000, k);
            plains.add(plain);
            sealed.add(keys.aead("p").encrypt(plain, AD));
            openers.add(keys.gcmOpener("p"));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 300; i++) {
                        int k = random.nextInt(openers.size());
                        byte[] s = sealed.get(k);
                        if (i % 7 == 0) { // failures in between must not disturb the next open
                            assertThatThrownBy(() -> openers.get((k + 1) % openers.size()).open(s, 0, s.length, AD))
                                    .isInstanceOf(AEADBadTagException.class);
                        }
                        assertThat(openers.get(k).open(s, 0, s.length, AD)).isEqualTo(plains.get(k));
                    }
                    return 300;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(300);
            }
        }
    }
}
