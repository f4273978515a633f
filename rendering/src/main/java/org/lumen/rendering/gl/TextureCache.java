package org.lumen.rendering.gl;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jogamp.opengl.GL3;

import org.lumen.rendering.volume.Volume;

/**
 * The volumes resident on the GPU, least recently rendered first. Keeps several so that viewports
 * showing different series do not upload again on every frame; evicts the least recently used when
 * more than {@code budgetBytes} would be resident (the volume being rendered always stays).
 * GL thread only.
 */
final class TextureCache {
    private final GL3 gl;
    private final int brickLimit;
    private final long budgetBytes;
    private final LinkedHashMap<Volume, VolumeTextures> resident = new LinkedHashMap<>(8, 0.75f, true);

    TextureCache(GL3 gl, int brickLimit, long budgetBytes) {
        this.gl = gl;
        this.brickLimit = brickLimit;
        this.budgetBytes = budgetBytes;
    }

    /** The up-to-date textures of {@code volume}, uploading (and evicting others) as needed. */
    VolumeTextures texturesOf(Volume volume) {
        VolumeTextures textures = resident.get(volume);
        if (textures == null) {
            evictFor(bytes(volume));
            textures = new VolumeTextures(gl, volume, brickLimit);
            resident.put(volume, textures);
        }
        textures.refresh();
        return textures;
    }

    /** Deletes the textures of {@code volume}, if resident. */
    void release(Volume volume) {
        VolumeTextures textures = resident.remove(volume);
        if (textures != null) {
            textures.delete();
        }
    }

    /** How many volumes are resident. */
    int residentCount() {
        return resident.size();
    }

    /** Bytes of the resident volumes' textures. */
    long residentBytes() {
        return resident.values().stream().mapToLong(VolumeTextures::bytes).sum();
    }

    void clear() {
        resident.values().forEach(VolumeTextures::delete);
        resident.clear();
    }

    private void evictFor(long incoming) {
        long total = incoming;
        for (Volume v : resident.keySet()) {
            total += bytes(v);
        }
        Iterator<Map.Entry<Volume, VolumeTextures>> oldestFirst = resident.entrySet().iterator();
        while (total > budgetBytes && oldestFirst.hasNext()) {
            Map.Entry<Volume, VolumeTextures> oldest = oldestFirst.next();
            total -= bytes(oldest.getKey());
            oldest.getValue().delete();
            oldestFirst.remove();
        }
    }

    private static long bytes(Volume v) {
        return 2L * v.geometry().columns() * v.geometry().rows() * v.geometry().slices();
    }
}
