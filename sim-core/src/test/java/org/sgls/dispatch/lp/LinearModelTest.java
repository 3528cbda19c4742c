package org.sgls.dispatch.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names made from their parts only when read, and the dump that reads them. */
class LinearModelTest {
    @Test
    void namesJoinOwnerQuantityAndStepOrStandAsGiven() {
        LinearModel m = new LinearModel();
        int p = m.addVariable("coal1", "p", 3, 0, 100, 250);
        int fixed = m.addVariable("bat1_ctg_2", 0, 1, 0);
        int balance = m.addRow("north", "balance", 3, 80, 80);
        int cost = m.addRow("bat1_cost_to_go", 0, 1);
        m.addTerm(balance, p, 1);
        m.addTerm(cost, fixed, 1);
        assertEquals("coal1_p_3", m.variableName(p));
        assertEquals("bat1_ctg_2", m.variableName(fixed));
        assertEquals("north_balance_3", m.rowName(balance));
        assertEquals("bat1_cost_to_go", m.rowName(cost));
        String dump = m.dump();
        assertTrue(dump.contains("  250.0 coal1_p_3\n"), dump);
        assertTrue(dump.contains("  north_balance_3: 80.0 <= +1.0 coal1_p_3 <= 80.0\n"), dump);
        assertTrue(dump.contains("  0.0 <= bat1_ctg_2 <= 1.0\n"), dump);
    }
}
