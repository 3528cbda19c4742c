package org.sgls.dispatch.lookahead;

/**
 * One hour's merit order on the copper plate, as a function of k, the MW taken from the bottom of a list of
 * blocks sorted by price. Supply blocks (renewables, imports, load shedding, committed units' output above
 * their minimum) and flexible demand bids (exports, electrolyzers) share one list: starting with every bid
 * served, each further MW of net demand is met by the cheaper of the next supply block and giving up the least
 * valuable bid, which is the next block up the same sorted list. So the clearing cost is the integral of the
 * sorted prices: convex and piecewise linear in the residual demand, O(log n) to evaluate.
 *
 * <p>Besides cost it tracks how much committed-unit output (for their headroom) and electrolyzer demand (for
 * interruptible reserve) lie below k, and it evaluates the stack with one unit's block removed or added
 * without rebuilding it, which is what the per-unit commitment step needs.
 */
final class HourStack {
    static final int SUPPLY = 0;
    static final int BID = 1;
    static final int ELECTROLYZER_BID = 2;
    static final int THERMAL = 3;

    /** Price of absorbing forced output no block can take (overgeneration), per MWh. */
    private final double dumpPricePerMwh;
    /** Price beyond the last block (demand above all supply including shedding), per MWh. */
    private final double tailPricePerMwh;

    private double[] price = new double[0];
    private double[] cumMw = {0};
    private double[] cumCost = {0};
    private double[] cumThermal = {0};
    private double[] cumEly = {0};
    private int[] owner = new int[0];
    private int[] type = new int[0];
    /** the last thermal block at or before each index (-1: none), the first block at or after it that can stand in
     * for thermal output when reserve is short (not thermal, not an electrolyzer bid; n: none) */
    private int[] prevThermal = new int[0];
    private int[] nextStandIn = new int[1];
    /** the block the last search ended in: evaluations of one stack often fall into the same block */
    private int lastBlock;
    /** the block of each unit in the list, -1 when it has none */
    private int[] blockOfUnit = new int[0];
    private int blocks;

    /** Results of the last evaluation besides its cost. */
    double thermalMw;
    double electrolyzerMw;
    /** Where the last evaluation cut the list itself (a unit's blocks taken out or put in are not in the list). */
    private double cutMw;

    HourStack(double dumpPricePerMwh, double tailPricePerMwh) {
        this.dumpPricePerMwh = dumpPricePerMwh;
        this.tailPricePerMwh = tailPricePerMwh;
    }

    /**
     * Rebuilds the list from blocks already sorted by price (ties in a fixed order, so results do not depend on
     * a sort's whims). {@code owners[i]} is the unit index for THERMAL blocks, else -1.
     */
    void rebuild(int n, double[] prices, double[] mws, int[] types, int[] owners) {
        for (int j = 0; j < blocks; j++) {
            if (owner[j] >= 0) {
                blockOfUnit[owner[j]] = -1;
            }
        }
        if (price.length < n) {
            price = new double[n];
            owner = new int[n];
            type = new int[n];
            prevThermal = new int[n];
            nextStandIn = new int[n + 1];
            cumMw = new double[n + 1];
            cumCost = new double[n + 1];
            cumThermal = new double[n + 1];
            cumEly = new double[n + 1];
        }
        blocks = n;
        for (int j = 0; j < n; j++) {
            price[j] = prices[j];
            owner[j] = types[j] == THERMAL ? owners[j] : -1;
            type[j] = types[j];
            if (owner[j] >= 0) {
                if (owner[j] >= blockOfUnit.length) {
                    int old = blockOfUnit.length;
                    blockOfUnit = java.util.Arrays.copyOf(blockOfUnit, Math.max(owner[j] + 1, 2 * old));
                    java.util.Arrays.fill(blockOfUnit, old, blockOfUnit.length, -1);
                }
                blockOfUnit[owner[j]] = j;
            }
            cumMw[j + 1] = cumMw[j] + mws[j];
            cumCost[j + 1] = cumCost[j] + prices[j] * mws[j];
            cumThermal[j + 1] = cumThermal[j] + (types[j] == THERMAL ? mws[j] : 0);
            cumEly[j + 1] = cumEly[j] + (types[j] == ELECTROLYZER_BID ? mws[j] : 0);
            prevThermal[j] = owner[j] >= 0 ? j : j > 0 ? prevThermal[j - 1] : -1;
        }
        nextStandIn[n] = n;
        for (int j = n - 1; j >= 0; j--) {
            nextStandIn[j] = types[j] != THERMAL && types[j] != ELECTROLYZER_BID ? j : nextStandIn[j + 1];
        }
        lastBlock = 0;
    }

    /** Cost of the first k MW of the list (with thermal and electrolyzer MW below k in the fields). */
    double cost(double k) {
        cutMw = k;
        if (k <= 0) {
            thermalMw = 0;
            electrolyzerMw = 0;
            return -dumpPricePerMwh * k;
        }
        double total = cumMw[blocks];
        if (k >= total) {
            thermalMw = cumThermal[blocks];
            electrolyzerMw = cumEly[blocks];
            return cumCost[blocks] + tailPricePerMwh * (k - total);
        }
        int j = blockAt(k);
        double into = k - cumMw[j];
        thermalMw = cumThermal[j] + (owner[j] >= 0 ? into : 0);
        double elyBlock = cumEly[j + 1] - cumEly[j];
        electrolyzerMw = cumEly[j] + (elyBlock > 0 ? into : 0);
        return cumCost[j] + price[j] * into;
    }

    /**
     * The marginal price at k: the price of the block k falls in; NaN outside the list (at or below its start:
     * the zone's demand met by imports, or overgeneration; at or beyond its end), where the zone's own blocks
     * set no price.
     */
    double priceAt(double k) {
        if (k <= 0 || k >= cumMw[blocks]) {
            return Double.NaN;
        }
        return price[blockAt(k)];
    }

    /** MW of the list below its first thermal block (the whole list if it has none). */
    double belowThermalMw() {
        for (int j = 0; j < blocks; j++) {
            if (type[j] == THERMAL) {
                return cumMw[j];
            }
        }
        return cumMw[blocks];
    }

    /** As {@link #cost} with unit {@code unit}'s block taken out of the list. */
    double costWithout(double k, int unit) {
        int j = indexOf(unit);
        if (j < 0) {
            return cost(k);
        }
        double start = cumMw[j];
        double size = cumMw[j + 1] - start;
        if (k <= start) {
            return cost(k);
        }
        double c = cost(k + size) - price[j] * size;
        thermalMw -= size;
        return c;
    }

    /** As {@link #cost} with a unit's block of {@code sizeMw} at {@code pricePerMwh} put into the list. */
    double costWith(double k, double pricePerMwh, double sizeMw) {
        double start = cumMw[insertionPoint(pricePerMwh)];
        if (k <= start) {
            return cost(k);
        }
        if (k <= start + sizeMw) {
            double c = cost(start) + pricePerMwh * (k - start);
            thermalMw += k - start;
            return c;
        }
        double c = cost(k - sizeMw) + pricePerMwh * sizeMw;
        thermalMw += sizeMw;
        return c;
    }

    /**
     * As {@link #costWithout} for a unit with several blocks (the pieces of a convex cost): k is followed up the
     * full list, stepping over the unit's blocks that start below it.
     */
    double costWithoutPieces(double k, int unit) {
        double position = k;
        double removedCost = 0;
        double removedMw = 0;
        for (int j = 0; j < blocks && position > cumMw[j]; j++) {
            if (owner[j] == unit) {
                double size = cumMw[j + 1] - cumMw[j];
                position += size;
                removedCost += price[j] * size;
                removedMw += size;
            }
        }
        double c = cost(position) - removedCost;
        thermalMw -= removedMw;
        return c;
    }

    /**
     * As {@link #costWith} for {@code n} blocks of one unit, prices non-decreasing (the pieces of a convex cost):
     * each goes in after the list's blocks of equal or lower price and after the unit's blocks before it.
     */
    double costWithPieces(double k, double[] pricesPerMwh, double[] sizesMw, int n) {
        double insertedMw = 0;
        double insertedCost = 0;
        for (int b = 0; b < n; b++) {
            double listBelow = cumMw[insertionPoint(pricesPerMwh[b])];
            double start = listBelow + insertedMw;
            if (k <= start) {
                break;
            }
            if (k <= start + sizesMw[b]) {
                double c = cost(listBelow) + insertedCost + pricesPerMwh[b] * (k - start);
                thermalMw += insertedMw + (k - start);
                return c;
            }
            insertedMw += sizesMw[b];
            insertedCost += pricesPerMwh[b] * sizesMw[b];
        }
        double c = cost(k - insertedMw) + insertedCost;
        thermalMw += insertedMw;
        return c;
    }

    /**
     * Cost per hour of holding {@code shortfallMw} more spinning reserve than the last evaluation's dispatch leaves,
     * as the hourly LP would find it: the dearest thermal MW dispatched below the last cut hands over to the
     * cheapest block above it that is not thermal (more import, less export, shedding), each swap freeing a MW of
     * headroom at the two prices' difference, while that is below the shortfall penalty; what is left is short at
     * the penalty. Electrolyzer bids are passed over (giving one up frees as much headroom as it takes away
     * interruptible load), and so are the blocks of {@code excludedUnit} (a unit taken out, or -1).
     */
    double reserveCost(double shortfallMw, double penaltyPerMwh, int excludedUnit) {
        double leftMw = shortfallMw;
        double cost = 0;
        double total = cumMw[blocks];
        double cut = Math.min(cutMw, total);
        if (cut > 0 && blocks > 0) {
            int i = cut >= total ? blocks - 1 : blockAt(cut);
            double downMw = cut - cumMw[i];
            int j = cut >= total ? blocks : i;
            double upMw = j < blocks ? cumMw[j + 1] - cut : Double.POSITIVE_INFINITY;
            while (leftMw > 1e-9) {
                while (i >= 0 && (owner[i] < 0 || owner[i] == excludedUnit || downMw <= 1e-12)) {
                    i = i > 0 ? prevThermal[i - 1] : -1;
                    downMw = i >= 0 ? cumMw[i + 1] - cumMw[i] : 0;
                }
                while (j < blocks && (type[j] == THERMAL || type[j] == ELECTROLYZER_BID || upMw <= 1e-12)) {
                    j = nextStandIn[j + 1];
                    upMw = j < blocks ? cumMw[j + 1] - cumMw[j] : Double.POSITIVE_INFINITY;
                }
                if (i < 0) {
                    break;
                }
                double swapPerMwh = (j < blocks ? price[j] : tailPricePerMwh) - price[i];
                if (swapPerMwh >= penaltyPerMwh) {
                    break;
                }
                double mw = Math.min(leftMw, Math.min(downMw, upMw));
                cost += swapPerMwh * mw;
                leftMw -= mw;
                downMw -= mw;
                upMw -= mw;
            }
        }
        return cost + leftMw * penaltyPerMwh;
    }

    private int indexOf(int unit) {
        return unit < blockOfUnit.length ? blockOfUnit[unit] : -1;
    }

    /** Index of the block containing k (cumMw[j] <= k < cumMw[j+1]). */
    private int blockAt(double k) {
        int last = lastBlock;
        if (last < blocks && cumMw[last] <= k) {
            // the same block, or a few above it: a DP's sweep moves k up a little at a time
            for (int j = last; j < blocks && j <= last + 3; j++) {
                if (j == blocks - 1 || k < cumMw[j + 1]) {
                    lastBlock = j;
                    return j;
                }
            }
        }
        int lo = 0;
        int hi = blocks - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumMw[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastBlock = lo;
        return lo;
    }

    /** First block whose price exceeds {@code p}: a new block goes there (after equal prices). */
    private int insertionPoint(double p) {
        int lo = 0;
        int hi = blocks;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (price[mid] <= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
