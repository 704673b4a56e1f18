package org.nnplayground.web.bench.size;

import java.util.ArrayList;
import org.nnplayground.core.export.Exports;
import org.nnplayground.core.export.LabExports;
import org.nnplayground.core.export.LabModelReader;
import org.nnplayground.core.export.LabSnapshot;
import org.nnplayground.core.export.ModelReader;
import org.nnplayground.core.export.ModelSnapshot;

/**
 * Size measurement only: {@link SizeExportsBaseMain}'s runs, exported in the format the address
 * names and read back, points and sequence or image alike, so that every export format and both
 * model readers are in the module.
 */
public final class SizeExportsMain {
    private SizeExportsMain() {
    }

    public static void main(String[] args) {
        String format = SizeExportsBaseMain.pick();
        SizeExportsBaseMain.Runs runs = SizeExportsBaseMain.Runs.make(format);
        ModelSnapshot points = new ModelSnapshot(runs.state(), runs.points().network(), runs.points().epoch(), runs.link(), runs.split());
        String pointsText = Exports.text(points, format);
        String labText = LabExports.text(LabSnapshot.of(runs.lab(), format), format);
        int read = LabModelReader.isLabFile(labText) ? LabModelReader.read(labText).open().epoch()
                : ModelReader.read(pointsText).toLinkState(new ArrayList<>(), runs.state().data().table()).hashCode();
        SizeExportsBaseMain.report(pointsText + labText + read);
    }
}
