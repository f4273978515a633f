package org.lumen.viewer.stream;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The order in which a series' slices are fetched: the focused slice, {@code ahead} neighbours in the scroll
 * direction, {@code behind} neighbours the other way, then the rest in bisection order (both ends, the middle,
 * the quarters, the eighths...) so that a reformatted (MPR) view has evenly spread slices early and gets finer
 * as more arrive. Pure and deterministic.
 */
public final class SliceOrder {
    private SliceOrder() {}

    /**
     * @param count     slices in the series
     * @param focus     the slice on the screen (0-based)
     * @param direction +1 scrolling towards higher indices, -1 towards lower, 0 still (treated as +1)
     * @param ahead     neighbours fetched next in the scroll direction
     * @param behind    neighbours fetched next against it
     * @return every index in {@code [0, count)} once
     */
    public static int[] of(int count, int focus, int direction, int ahead, int behind) {
        if (count < 0 || focus < 0 || (count > 0 && focus >= count) || ahead < 0 || behind < 0) {
            throw new IllegalArgumentException("slice " + focus + " of " + count + ", ahead " + ahead + ", behind " + behind);
        }
        int step = direction < 0 ? -1 : 1;
        boolean[] taken = new boolean[count];
        int[] order = new int[count];
        int n = 0;
        if (count == 0) {
            return order;
        }
        n = take(order, n, taken, focus);
        for (int k = 1; k <= ahead; k++) {
            n = take(order, n, taken, focus + step * k);
        }
        for (int k = 1; k <= behind; k++) {
            n = take(order, n, taken, focus - step * k);
        }
        n = take(order, n, taken, 0);
        n = take(order, n, taken, count - 1);
        Deque<int[]> intervals = new ArrayDeque<>();
        intervals.add(new int[] {0, count - 1});
        while (!intervals.isEmpty()) {
            int[] iv = intervals.poll();
            if (iv[1] - iv[0] < 2) {
                continue;
            }
            int mid = (iv[0] + iv[1]) >>> 1;
            n = take(order, n, taken, mid);
            intervals.add(new int[] {iv[0], mid});
            intervals.add(new int[] {mid, iv[1]});
        }
        if (n != count) {
            throw new IllegalStateException("order covers " + n + " of " + count + ": " + Arrays.toString(order));
        }
        return order;
    }

    private static int take(int[] order, int n, boolean[] taken, int index) {
        if (index < 0 || index >= taken.length || taken[index]) {
            return n;
        }
        taken[index] = true;
        order[n] = index;
        return n + 1;
    }
}
