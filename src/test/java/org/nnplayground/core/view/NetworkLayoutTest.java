package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkLayoutTest {
    private static final double[][] SIZES = {{280, 200}, {400, 300}, {640, 360}, {800, 500}, {1600, 900}};
    private static final int[] WIDTHS = {1, 2, 3, 7, 16, 64, 256};

    @Test
    void everyNodeFitsInsideWithoutOverlapForAllShapesAndSizes() {
        for (double[] size : SIZES) {
            for (int weightLayers = 1; weightLayers <= 17; weightLayers++) {
                for (int width : WIDTHS) {
                    for (int inputs : new int[] {1, 7}) {
                        int[] widths = new int[weightLayers + 1];
                        widths[0] = inputs;
                        for (int l = 1; l < weightLayers; l++) {
                            widths[l] = l % 2 == 0 ? width : Math.max(1, width / 2);
                        }
                        widths[weightLayers] = 1 + width % 3;
                        checkLayout(NetworkLayout.of(widths, size[0], size[1], 40), widths, size[0], size[1]);
                    }
                }
            }
        }
    }

    private static void checkLayout(NetworkLayout layout, int[] widths, double w, double h) {
        String where = java.util.Arrays.toString(widths) + " on " + w + "x" + h;
        double s = layout.nodeSize();
        assertTrue(s > 0 && s <= NetworkLayout.MAX_NODE, "node size " + s + " for " + where);
        assertEquals(widths.length, layout.columns());
        for (int l = 0; l < widths.length; l++) {
            double x = layout.centerX(l);
            assertTrue(x - s / 2 >= 0 && x + s / 2 <= w, "column " + l + " inside, " + where);
            if (l > 0) {
                assertTrue(x - layout.centerX(l - 1) >= 2 * s - 1e-9, "room for links before column " + l + ", " + where);
            }
            for (int i = 0; i < widths[l]; i++) {
                double y = layout.centerY(l, i);
                assertTrue(y - s / 2 >= layout.top() - 1e-9 && y + s / 2 <= h + 1e-9, "node " + l + "," + i + " inside, " + where);
                if (i > 0) {
                    assertTrue(y - layout.centerY(l, i - 1) >= s - 1e-9, "nodes " + l + "," + i + " apart, " + where);
                }
            }
            if (layout.biasSize() > 0 && l > 0) {
                double b = layout.biasSize();
                assertTrue(layout.biasY(l, widths[l] - 1) + b / 2 <= h, "bias inside, " + where);
            }
        }
        assertTrue(layout.top() > 0, "room for headers");
    }

    @Test
    void smallNetworksGetLargeNodesThatShowThumbnails() {
        int[] widths = {2, 4, 4, 1};
        assertEquals(NetworkLayout.MAX_NODE, NetworkLayout.of(widths, 1600, 900, 40).nodeSize());
        assertTrue(NetworkLayout.of(widths, 800, 500, 40).nodeSize() >= 30);
        assertTrue(NetworkLayout.of(widths, 280, 200, 30).nodeSize() >= NetworkLayout.MIN_THUMBNAIL);
        NetworkLayout deep = NetworkLayout.of(new int[] {7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1}, 1600, 900, 50);
        assertTrue(deep.nodeSize() >= NetworkLayout.MIN_THUMBNAIL, "16 hidden layers of 8 on a desktop");
    }

    @Test
    void deepNetworksUseTheHeightAndGetLegibleNodesAtTheirPreferredWidth() {
        // 16 hidden layers of 2 (what the + button builds from the default) in a 400 x 420 panel.
        int[] deep = new int[18];
        java.util.Arrays.fill(deep, 2);
        deep[17] = 1;
        NetworkLayout narrow = NetworkLayout.of(deep, 400, 420, 20);
        double span = narrow.centerY(1, 1) - narrow.centerY(1, 0) + narrow.nodeSize();
        assertTrue(narrow.nodeSize() < NetworkLayout.MIN_THUMBNAIL, "too narrow for thumbnails: " + narrow.nodeSize());
        assertTrue(span >= 0.25 * (420 - narrow.top()), "a column of two spans a quarter of the height, not "
                + span + " px");
        double wide = NetworkLayout.preferredWidth(deep.length, 20);
        assertTrue(wide > 400 && wide < 900, "preferred width " + wide);
        NetworkLayout roomy = NetworkLayout.of(deep, wide, 420, 20);
        assertTrue(roomy.nodeSize() >= NetworkLayout.MIN_THUMBNAIL, "legible at the preferred width: " + roomy.nodeSize());
        checkLayout(roomy, deep, wide, 420);
        // The widest allowed network: its preferred width is what the layout needs, and fits the checks.
        int[] widest = new int[18];
        java.util.Arrays.fill(widest, 256);
        widest[0] = 7;
        widest[17] = 1;
        double w = NetworkLayout.preferredWidth(widest.length, 40);
        checkLayout(NetworkLayout.of(widest, w, 420, 40), widest, w, 420);
        // Small networks keep their packed columns: nothing changes for them.
        NetworkLayout small = NetworkLayout.of(new int[] {2, 4, 2, 1}, 400, 420, 20);
        assertEquals(NetworkLayout.MAX_NODE, small.nodeSize());
        assertEquals(60, small.pitch(), 1e-9);
        assertTrue(NetworkLayout.preferredWidth(4, 20) < 400, "no scrolling for a small network");
    }

    @Test
    void columnsAreCentredVertically() {
        NetworkLayout layout = NetworkLayout.of(new int[] {2, 5, 1}, 600, 400, 30);
        double middleOfTwo = (layout.centerY(0, 0) + layout.centerY(0, 1)) / 2;
        assertEquals(layout.centerY(1, 2), middleOfTwo, 1e-9);
        assertEquals(layout.centerY(2, 0), middleOfTwo, 1e-9);
    }

    @Test
    void findsColumnsNeuronsAndLinkGaps() {
        NetworkLayout layout = NetworkLayout.of(new int[] {2, 3, 1}, 600, 400, 30);
        assertEquals(1, layout.columnAt(layout.centerX(1) + layout.nodeSize() / 2 - 0.5, 0));
        assertEquals(-1, layout.columnAt(layout.centerX(1) + layout.nodeSize() / 2 + 3, 0));
        assertEquals(2, layout.neuronAt(1, layout.centerY(1, 2), 0));
        assertEquals(-1, layout.neuronAt(1, layout.centerY(1, 2) + layout.pitch() / 2, 0));
        assertEquals(2, layout.linkColumnAt((layout.linkStartX(2) + layout.linkEndX(2)) / 2));
        assertEquals(-1, layout.linkColumnAt(layout.centerX(1)));
        assertThrows(IllegalArgumentException.class, () -> NetworkLayout.of(new int[] {2}, 600, 400, 30));
    }
}
