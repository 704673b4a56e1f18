package org.nnplayground.web;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.Session;

/**
 * Tells a listener (the address bar, an embedding page) the playground's link whenever it changes.
 * Also keeps the trained weights the last link opened with, for as long as the session's network
 * still has them ({@link Session#weightsVersion()} unchanged), so that the address goes on opening
 * that trained network; once it trains on, is reset or edited, the address drops them.
 *
 * <p>Encoding a link walks every setting (and the weights), so it is done only when the state may
 * have changed, never for a repaint; each encoding is counted ({@code onEncoded}) so that a page
 * can show that a pointer moving over a view does not cost one.
 */
final class LinkPublisher {
    private final Session session;
    private final Supplier<LinkState> current;
    private final IntConsumer onEncoded;
    private Consumer<String> listener;
    private String last = "";
    private int encodings;
    private double[] weights;
    private int weightsEpoch;
    private long weightsVersion = -1;

    /** Publishes {@code current} (a link without weights) of {@code session}; tells {@code onEncoded} the count of encodings. */
    LinkPublisher(Session session, Supplier<LinkState> current, IntConsumer onEncoded) {
        this.session = session;
        this.current = current;
        this.onEncoded = onEncoded;
    }

    /** Sets the one listener, and tells it the link at once. */
    void listen(Consumer<String> newListener) {
        listener = newListener;
        last = "";
        publish();
    }

    /** Encodes the link and tells the listener if it differs from the last one told. */
    void publish() {
        if (listener == null) {
            return;
        }
        String fragment = LinkCodec.encode(addressLink());
        onEncoded.accept(++encodings);
        if (!fragment.equals(last)) {
            last = fragment;
            listener.accept(fragment);
        }
    }

    /** The link the address shows: the current link plus the opened weights while the network still has them. */
    LinkState addressLink() {
        LinkState link = current.get();
        return holdsWeights() && session.weightsVersion() == weightsVersion ? link.withWeights(weights, weightsEpoch) : link;
    }

    /** Remembers the weights a link opened with (just restored into the session). */
    void openedWith(double[] openedWeights, int epoch) {
        weights = openedWeights;
        weightsEpoch = epoch;
        weightsVersion = session.weightsVersion();
    }

    /** Forgets the opened weights: a link without them was opened. */
    void forgetWeights() {
        weightsVersion = -1;
    }

    /** Whether the network shown is still the trained one a link opened with. */
    boolean holdsWeights() {
        return weightsVersion >= 0;
    }

    /** Drops the opened weights and publishes once the network trained on (or was edited) since. */
    void checkTrainedOn() {
        if (holdsWeights() && session.weightsVersion() != weightsVersion) {
            weightsVersion = -1;
            publish();
        }
    }
}
