package org.sgls.matpower;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The case-file reader: MATLAB's matrix syntax as MATPOWER files use it, and its mistakes with their lines. */
class MatpowerFileTest {
    @Test
    void readsBothRowEndsCommasCommentsContinuationsAndInfinity() {
        String text = """
                function mpc = tiny
                %% a comment with [brackets] and 'quotes'
                mpc.version = '2';   % a string, skipped
                mpc.baseMVA = 100;
                mpc.bus = [
                	1	3	0;   % row ended by ';', comment after it
                	2, 1, 90.5
                	3 1 1e2; 4 1 .5;
                ];
                mpc.gen = [1 0 Inf -Inf ...
                   7];
                mpc.bus_name = {
                	'Bus 1 ]';
                	'Bus 2';
                };
                mpc.gencost = [2 0 0 3 0.11 5 150];
                """;
        MatpowerFile f = MatpowerFile.parse(text);
        assertEquals(List.of(), f.problems);
        assertEquals(100, f.scalars.get("baseMVA"), 0);
        List<MatpowerFile.Row> bus = f.matrices.get("bus").rows();
        assertEquals(4, bus.size());
        assertArrayEquals(new double[] {1, 3, 0}, bus.get(0).values(), 0);
        assertArrayEquals(new double[] {2, 1, 90.5}, bus.get(1).values(), 0);
        assertArrayEquals(new double[] {3, 1, 100}, bus.get(2).values(), 0);
        assertArrayEquals(new double[] {4, 1, 0.5}, bus.get(3).values(), 0);
        assertEquals(List.of(6, 7, 8, 8), bus.stream().map(MatpowerFile.Row::line).toList());
        assertArrayEquals(new double[] {1, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 7},
                f.matrices.get("gen").rows().get(0).values(), 0);
        assertEquals(1, f.matrices.get("gencost").rows().size());
        assertFalse(f.matrices.containsKey("bus_name"));
    }

    @Test
    void versionOneNamesTheMatricesWithoutMpc() {
        MatpowerFile f = MatpowerFile.parse("""
                function [baseMVA, bus, gen, branch, areas, gencost] = t_case
                baseMVA = 100;
                bus = [1 3 0; 2 1 50];
                """);
        assertEquals(100, f.scalars.get("baseMVA"), 0);
        assertEquals(2, f.matrices.get("bus").rows().size());
    }

    @Test
    void mistakesNameTheirLine() {
        MatpowerFile f = MatpowerFile.parse("""
                mpc.bus = [
                	1	3	0;
                	2	1	abc;
                	3	1;
                ];
                mpc.gen = [
                	1	0	0
                """);
        assertEquals(List.of(
                "line 3: 'abc' in bus is not a number (a case file's matrices must hold plain numbers)",
                "line 4: a row of bus with 2 values, the first has 3 (every row of a matrix must have as many)",
                "line 6: the matrix gen is not closed (a ']' must end it)"), f.problems);
        assertTrue(f.matrices.containsKey("bus"));
    }
}
