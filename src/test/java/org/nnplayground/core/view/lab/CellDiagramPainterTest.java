package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Recurrent;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.Palette;

/** The cell diagram: a block per layer, a loop per recurrent one, links sized by the mean size of their weights. */
class CellDiagramPainterTest {
    private static double meanAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s / v.length;
    }

    @Test
    void eachRecurrentLayerIsACellWithItsLoopAndItsMeanWeights() {
        Network net = new LabSession(LabLinks.decode("lab=echo&cell=gru&h=6,4").state()).trainer().network();
        List<CellDiagramPainter.Block> blocks = CellDiagramPainter.blocks(net);
        assertEquals(List.of("input", "GRU 6", "GRU 4", "head"), blocks.stream().map(CellDiagramPainter.Block::name).toList());
        Recurrent second = (Recurrent) net.layer(2);
        assertEquals(meanAbs(second.inputWeights().values()), blocks.get(2).inWeight(), 1e-12);
        assertEquals(meanAbs(second.recurrentWeights().values()), blocks.get(2).loopWeight(), 1e-12);
        assertTrue(Double.isNaN(blocks.get(3).loopWeight()), "the head has no loop");
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(500, 100, p);
        CellDiagramPainter painter = new CellDiagramPainter();
        painter.paint(r, blocks, 2);
        long loops = r.paths.stream().filter(x -> x.stroked() && x.points().size() == 2 && x.points().get(0)[1] == x.points().get(1)[1]
                && x.points().get(0)[0] > x.points().get(1)[0]).count();
        assertEquals(2, loops, "a loop from the right of each cell's top back to its left");
        List<Recorder.Rect> boxes = r.rects.stream().filter(Recorder.Rect::filled).toList();
        assertEquals(4, boxes.size());
        Recorder.Rect cell = boxes.get(2);
        assertEquals(2, painter.hitAt(cell.x() + cell.w() / 2, cell.y() + cell.h() / 2));
        assertEquals(-1, painter.hitAt(cell.x() - 2, cell.y() + cell.h() / 2), "between two blocks");
        assertEquals("recurrent layer 2: GRU of 4 units; mean |Wx| " + NumberFormat.significant(blocks.get(2).inWeight(), 2)
                + ", mean |Wh| " + NumberFormat.significant(blocks.get(2).loopWeight(), 2), painter.describe(2));
        assertTrue(r.rects.stream().anyMatch(x -> !x.filled() && x.colour() == p.ink() && x.x() == cell.x()), "the hovered block is outlined");
        assertTrue(CellDiagramPainter.describeAll(blocks).startsWith("The network: 1 value per step, 10 steps, then recurrent layer 1"));
    }

    @Test
    void aLargerWeightDrawsAThickerLink() {
        Network net = new LabSession(LabLinks.decode("lab=echo&cell=elman&h=4").state()).trainer().network();
        Recurrent cell = (Recurrent) net.layer(1);
        double[] wh = cell.recurrentWeights().values();
        for (int i = 0; i < wh.length; i++) {
            wh[i] *= 0.1;
        }
        List<CellDiagramPainter.Block> blocks = CellDiagramPainter.blocks(net);
        Recorder r = new Recorder(400, 100, Palette.LIGHT);
        new CellDiagramPainter().paint(r, blocks, -1);
        List<Recorder.Path> strokes = r.paths.stream().filter(Recorder.Path::stroked).toList();
        double in = strokes.get(0).width();
        double loop = strokes.get(1).width();
        assertTrue(blocks.get(1).inWeight() > blocks.get(1).loopWeight());
        assertTrue(in > loop, "Wx's link " + in + " is thicker than the loop of a tenfold smaller Wh " + loop);
    }
}
