package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Session;

/**
 * {@link LinkPublisher} on the JVM: the listener hears each new link once, every encoding is
 * counted, and the weights a link opened with stay in the address only until the network trains on.
 */
class LinkPublisherTest {
    private final Session session = new Session(Presets.defaultPreset().state());
    private final List<String> heard = new ArrayList<>();
    private final int[] encodings = new int[1];
    private final LinkPublisher links = new LinkPublisher(session, () -> LinkState.of(session.state()),
            count -> encodings[0] = count);

    @Test
    void theListenerHearsEachNewLinkOnceAndEveryEncodingIsCounted() {
        links.publish();
        assertEquals(0, encodings[0], "nothing is encoded before anyone listens");
        links.listen(heard::add);
        assertEquals(1, heard.size(), "a new listener hears the link at once");
        links.publish();
        links.publish();
        assertEquals(1, heard.size(), "the same link is not told again");
        assertEquals(3, encodings[0]);
        session.apply(session.state().withTraining(session.state().training().withLearningRate(0.3)));
        links.publish();
        assertEquals(2, heard.size());
        assertTrue(heard.get(1).contains("lr=0.3"), heard.get(1));
    }

    @Test
    void openedWeightsStayInTheAddressUntilTheNetworkTrainsOn() {
        links.listen(heard::add);
        double[] w = session.trainer().network().parameterBuffer();
        session.trainer().network().copyParametersTo(w);
        session.restore(w, 12);
        links.openedWith(w, 12);
        links.publish(); // the page publishes after opening a link
        assertTrue(heard.get(heard.size() - 1).contains("&w="), "the address carries the weights");
        assertTrue(links.holdsWeights());
        assertTrue(links.addressLink().hasWeights());
        links.checkTrainedOn();
        assertTrue(links.addressLink().hasWeights(), "not trained yet: the weights stay");
        int told = heard.size();
        session.stepEpoch();
        links.checkTrainedOn();
        assertFalse(links.holdsWeights());
        assertFalse(links.addressLink().hasWeights(), "trained on: the address drops the weights");
        assertEquals(told + 1, heard.size(), "and says so");
    }
}
