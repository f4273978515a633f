package org.lumen.store.secrets;

/**
 * Argon2id cost parameters, recorded in the header of every passphrase-encrypted file so that a
 * file keeps opening when the defaults change.
 *
 * @param memoryKiB memory in KiB (8 x parallelism to 256 MiB: a file cannot make us allocate more)
 * @param iterations passes over the memory (1 to 16)
 * @param parallelism lanes (1 to 16)
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    /** RFC 9106's second recommended option with one lane: 64 MiB, 3 passes. */
    public static final KdfParameters RECOMMENDED = new KdfParameters(64 * 1024, 3, 1);

    static final int MAX_MEMORY_KIB = 256 * 1024;

    public KdfParameters {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1 to 16, not " + parallelism);
        }
        if (iterations < 1 || iterations > 16) {
            throw new IllegalArgumentException("Argon2 iterations must be 1 to 16, not " + iterations);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be " + 8 * parallelism + " KiB to 256 MiB, not "
                    + memoryKiB + " KiB");
        }
    }
}
