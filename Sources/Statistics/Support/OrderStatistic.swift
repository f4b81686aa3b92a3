/// The k-th smallest of a set of numbers without sorting them all: quickselect (Hoare's
/// partition, median-of-three pivot), linear time on average. The simulated limits of the SII and
/// RII read two order statistics a level from 10,000 draws, so a full sort did needless work.
enum OrderStatistic {
    /// The `k`-th smallest (0-based) of `values`, which are reordered; `values` must not be empty
    /// and hold no NaN.
    static func select(_ k: Int, in values: inout [Double]) -> Double {
        precondition(values.indices.contains(k), "order statistic out of range")
        return values.withUnsafeMutableBufferPointer { v in
            var (low, high) = (0, v.count - 1)
            while high > low {
                let mid = low + (high - low) / 2
                if v[mid] < v[low] { v.swapAt(mid, low) }
                if v[high] < v[low] { v.swapAt(high, low) }
                if v[high] < v[mid] { v.swapAt(high, mid) }
                let pivot = v[mid]
                var (i, j) = (low, high)
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while pivot < v[j] { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                // Now v[low...j] ≤ pivot ≤ v[i...high], and anything between equals the pivot.
                if k <= j {
                    high = j
                } else if k >= i {
                    low = i
                } else {
                    return v[k]
                }
            }
            return v[k]
        }
    }
}
