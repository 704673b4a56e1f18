package org.nnplayground.core.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A {@link RecordingSurface} that keeps layers as the browser's surface does (see
 * {@link DrawSurface#layer}): a layer is recorded on a surface of its own, kept with its key, and
 * drawn again from the kept recording while the key is equal. Layers may be shared between
 * surfaces (a resized canvas is another surface here, with the same layers). Counts how often each
 * layer was drawn afresh and how often it was kept, and appends what a layer holds to this
 * surface's own paths, so a picture with kept layers reads as one drawn afresh.
 */
final class KeepingSurface extends RecordingSurface {
    /** The layers kept, by id, shared by the surfaces made with the same map. */
    static final class Layers {
        final Map<Integer, Object> keys = new HashMap<>();
        final Map<Integer, RecordingSurface> kept = new HashMap<>();
        final Map<Integer, Integer> drawn = new HashMap<>();
        final Map<Integer, Integer> reused = new HashMap<>();

        int drawn(int id) {
            return drawn.getOrDefault(id, 0);
        }

        int reused(int id) {
            return reused.getOrDefault(id, 0);
        }
    }

    final Layers layers;

    KeepingSurface(double width, double height, Layers layers) {
        super(width, height);
        this.layers = layers;
    }

    @Override
    public void layer(int id, Object key, Consumer<DrawSurface> paint) {
        if (key == null) {
            paint.accept(this);
            return;
        }
        RecordingSurface layer = layers.kept.get(id);
        if (layer == null || !key.equals(layers.keys.get(id)) || layer.width() != width() || layer.height() != height()) {
            layer = new RecordingSurface(width(), height(), palette());
            paint.accept(layer);
            layers.kept.put(id, layer);
            layers.keys.put(id, key);
            layers.drawn.merge(id, 1, Integer::sum);
        } else {
            layers.reused.merge(id, 1, Integer::sum);
        }
        paths.addAll(layer.paths);
        rects.addAll(layer.rects);
        texts.addAll(layer.texts);
    }

    /** What a surface's paths draw, as text: each path's segments, style and colour in order. */
    static String digest(RecordingSurface s) {
        return s.paths.stream().map(p -> p.stroked() + " " + Integer.toHexString(p.colour()) + " " + p.lineWidth()
                + " " + p.dash() + " " + p.segments().stream().map(g -> g.kind() + Arrays.toString(g.all()))
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n"))
                + "\n" + s.rects.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
