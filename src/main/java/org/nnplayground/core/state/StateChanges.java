package org.nnplayground.core.state;

/**
 * How far apart two states of a points run are, which decides what {@link Session#apply} keeps:
 * the weights when only training settings changed, the weights and the epoch when only drawn points
 * (or the inputs a table is shown over) changed, nothing otherwise.
 */
final class StateChanges {
    private StateChanges() {
    }

    /**
     * Whether {@code b} differs from {@code a} only in how training goes on: the same model (data,
     * features, network and loss), whatever the rest of the training configuration says.
     */
    static boolean onlyTraining(PlaygroundState a, PlaygroundState b) {
        return a.model().equals(b.model());
    }

    /**
     * Whether {@code b} is {@code a} with other drawn points, or the same table shown over other
     * inputs, and the same network: drawing goes on training the network it has, rather than start
     * again at every point, and choosing the inputs a view shows changes no training.
     */
    static boolean onlyDrawing(PlaygroundState a, PlaygroundState b) {
        boolean drawn = a.data().kind().isDrawn() && b.data().kind() == a.data().kind()
                && a.data().withDrawn(b.data().drawn()).equals(b.data());
        boolean sliced = a.data().kind().isTable() && b.data().kind() == a.data().kind()
                && a.data().table().sameRowsAs(b.data().table()) && a.data().withTable(b.data().table()).equals(b.data());
        return (drawn || sliced) && a.withData(b.data()).equals(b) && a.networkSpec().equals(b.networkSpec());
    }
}
