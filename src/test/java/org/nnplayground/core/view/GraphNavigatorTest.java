package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

class GraphNavigatorTest {
    /** 2 inputs, hidden layers of 3 and 2, one output. */
    private static final NetworkSpec SPEC = NetworkSpec.of(2, new int[] {3, 2}, Activation.TANH, 1, Activation.TANH);

    private static List<GraphHit> walkDown(GraphHit start) {
        List<GraphHit> seen = new ArrayList<>();
        GraphHit at = start;
        seen.add(at);
        while (true) {
            GraphHit next = GraphNavigator.move(SPEC, at, GraphNavigator.Move.DOWN);
            if (next.equals(at)) {
                return seen;
            }
            seen.add(next);
            at = next;
        }
    }

    @Test
    void downWalksEveryNeuronBiasAndIncomingWeightOfALayerOnce() {
        List<GraphHit> layer1 = walkDown(GraphHit.neuron(1, 0));
        // Each of 3 neurons: itself, its bias, 2 incoming weights.
        assertEquals(3 * (1 + 1 + 2), layer1.size(), layer1.toString());
        assertEquals(layer1.size(), new HashSet<>(layer1).size(), "no element twice");
        assertEquals(List.of(GraphHit.neuron(1, 0), GraphHit.bias(1, 0), GraphHit.link(1, 0, 0), GraphHit.link(1, 0, 1),
                GraphHit.neuron(1, 1)), layer1.subList(0, 5));
        for (GraphHit h : layer1) {
            assertTrue(GraphNavigator.isValid(SPEC, h), h.toString());
        }
        assertEquals(List.of(GraphHit.neuron(0, 0), GraphHit.neuron(0, 1)), walkDown(GraphNavigator.first()),
                "inputs have neither bias nor incoming weights");
        // Every parameter of the network is reachable: biases + weights of all layers.
        Set<GraphHit> parameters = new HashSet<>();
        for (int l = 0; l <= SPEC.layerCount(); l++) {
            for (GraphHit h : walkDown(GraphHit.neuron(l, 0))) {
                if (h.isParameter()) {
                    parameters.add(h);
                }
            }
        }
        assertEquals(SPEC.parameterCount(), parameters.size());
    }

    @Test
    void upRetracesDown() {
        List<GraphHit> down = walkDown(GraphHit.neuron(2, 0));
        for (int k = down.size() - 1; k > 0; k--) {
            assertEquals(down.get(k - 1), GraphNavigator.move(SPEC, down.get(k), GraphNavigator.Move.UP));
        }
        assertEquals(GraphHit.neuron(2, 0), GraphNavigator.move(SPEC, GraphHit.neuron(2, 0), GraphNavigator.Move.UP),
                "the top stays put");
    }

    @Test
    void leftAndRightChangeTheLayerKeepingThePosition() {
        assertEquals(GraphHit.neuron(1, 1), GraphNavigator.move(SPEC, GraphHit.neuron(0, 1), GraphNavigator.Move.RIGHT));
        assertEquals(GraphHit.neuron(2, 1), GraphNavigator.move(SPEC, GraphHit.neuron(1, 2), GraphNavigator.Move.RIGHT),
                "the last neuron of a narrower layer");
        assertEquals(GraphHit.neuron(3, 0), GraphNavigator.move(SPEC, GraphHit.link(2, 1, 2), GraphNavigator.Move.RIGHT));
        assertEquals(GraphHit.neuron(3, 0), GraphNavigator.move(SPEC, GraphHit.neuron(3, 0), GraphNavigator.Move.RIGHT));
        assertEquals(GraphHit.neuron(0, 0), GraphNavigator.move(SPEC, GraphHit.neuron(0, 0), GraphNavigator.Move.LEFT));
        assertEquals(GraphHit.neuron(1, 1), GraphNavigator.move(SPEC, GraphHit.bias(2, 1), GraphNavigator.Move.LEFT));
    }

    @Test
    void pageKeysJumpBetweenNeuronsAndHomeEndToTheEdges() {
        assertEquals(GraphHit.neuron(1, 2), GraphNavigator.move(SPEC, GraphHit.link(1, 1, 0), GraphNavigator.Move.NEXT_NEURON));
        assertEquals(GraphHit.neuron(1, 1), GraphNavigator.move(SPEC, GraphHit.link(1, 1, 0), GraphNavigator.Move.PREVIOUS_NEURON));
        assertEquals(GraphHit.neuron(1, 0), GraphNavigator.move(SPEC, GraphHit.neuron(1, 1), GraphNavigator.Move.PREVIOUS_NEURON));
        assertEquals(GraphHit.neuron(1, 2), GraphNavigator.move(SPEC, GraphHit.neuron(1, 0), GraphNavigator.Move.LAST));
        assertEquals(GraphHit.neuron(1, 0), GraphNavigator.move(SPEC, GraphHit.bias(1, 2), GraphNavigator.Move.FIRST));
    }

    @Test
    void aFocusLeftOutsideASmallerNetworkComesBackIntoIt() {
        GraphHit gone = GraphHit.link(2, 1, 2);
        NetworkSpec smaller = NetworkSpec.of(2, new int[] {1}, Activation.TANH, 1, Activation.TANH);
        assertFalse(GraphNavigator.isValid(smaller, gone));
        GraphHit moved = GraphNavigator.move(smaller, gone, GraphNavigator.Move.DOWN);
        assertTrue(GraphNavigator.isValid(smaller, moved), moved.toString());
        assertEquals(GraphHit.bias(2, 0), moved);
        assertFalse(GraphNavigator.isValid(SPEC, null));
    }

    @Test
    void keysMapToMoves() {
        assertEquals(GraphNavigator.Move.DOWN, GraphNavigator.moveFor("ArrowDown"));
        assertEquals(GraphNavigator.Move.FIRST, GraphNavigator.moveFor("Home"));
        assertNull(GraphNavigator.moveFor("Enter"));
        assertNull(GraphNavigator.moveFor("s"));
    }
}
