package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.sgls.timeseries.Profile;

/**
 * Deep equality of model objects. Records compare component by component; {@link Profile}, which has no
 * equals of its own, compares by values. Exact: a round trip must not move a single bit.
 */
final class SameModel {
    private SameModel() {
    }

    static void assertSame(Object expected, Object actual) {
        compare(expected, actual, "scenario");
    }

    private static void compare(Object a, Object b, String where) {
        if (a == null || b == null) {
            assertTrue(a == null && b == null, where + ": one side is null");
            return;
        }
        assertEquals(a.getClass(), b.getClass(), where + ": type");
        if (a instanceof Profile pa) {
            Profile pb = (Profile) b;
            assertEquals(pa.length(), pb.length(), where + ": profile length");
            for (int i = 0; i < pa.length(); i++) {
                if (Double.compare(pa.at(i), pb.at(i)) != 0) {
                    fail(where + "[" + i + "]: " + pa.at(i) + " != " + pb.at(i));
                }
            }
        } else if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            assertEquals(la.size(), lb.size(), where + ": list size");
            for (int i = 0; i < la.size(); i++) {
                compare(la.get(i), lb.get(i), where + "[" + i + "]");
            }
        } else if (a.getClass().isRecord()) {
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                try {
                    compare(rc.getAccessor().invoke(a), rc.getAccessor().invoke(b), where + "." + rc.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else {
            assertEquals(a, b, where);
        }
    }
}
