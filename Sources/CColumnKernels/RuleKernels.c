#include "CColumnKernels.h"
#include "Table.h"

// The table and count kernels: plain scalar C, a line-for-line transcription of the Swift reference
// arithmetic (TableKernel.lookup, ValueKernels.truth, CountComparison.truth), so every double is the
// one the interpreter computes (Truth.h turns off contraction into fused multiply-adds).

uint8_t a11y_truth(int op, double x, double ex, double y, double ey) { return truth_code(op, x, ex, y, ey); }

static inline double interpolate(double input, double tolerance, double ax, double bx, double ay, double by, int linear) {
    if (magnitude(input - ax) <= tolerance) return ay;
    if (magnitude(input - bx) <= tolerance) return by;
    if (!linear) return ay;
    const double span = bx - ax;
    if (!(span > 0)) return ay;
    const double rise = by - ay;
    if (__builtin_isfinite(span) && __builtin_isfinite(rise)) return ay + (input - ax) / span * rise;
    // Rows far apart (±1e308): halves and weights, as the model does.
    const double t = (input / 2 - ax / 2) / (bx / 2 - ax / 2);
    return ay * (1 - t) + by * t;
}

double a11y_table_lookup(const double *x, const double *y, size_t n, int linear, double input) {
    if (n == 0) return __builtin_nan("");
    const double tolerance = 1e-9 * swift_max(1, magnitude(input));
    if (input < x[0] - tolerance || input > x[n - 1] + tolerance) return __builtin_nan("");
    size_t low = 0, high = n - 1;
    while (high - low > 1) {
        const size_t mid = (low + high) / 2;
        if (x[mid] <= input) low = mid; else high = mid;
    }
    return interpolate(input, tolerance, x[low], x[high], y[low], y[high], linear);
}

// A small cache of lookups by bit pattern, as TableKernel.Lookup.cached: 64 sets of two entries, the
// newer first; empty entries hold a NaN pattern, which no input has. It returns the lookup's double.
typedef struct { uint64_t bits; double output; } cache_entry;

static inline double cached_lookup(cache_entry *cache, const double *x, const double *y, size_t n, int linear, double input) {
    uint64_t bits;
    __builtin_memcpy(&bits, &input, sizeof bits);
    const size_t set = (size_t)(((bits ^ (bits >> 32)) * 0x9E3779B97F4A7C15ull) >> 58) << 1;
    if (cache[set].bits == bits) return cache[set].output;
    if (cache[set + 1].bits == bits) return cache[set + 1].output;
    const double output = a11y_table_lookup(x, y, n, linear, input);
    cache[set + 1] = cache[set];
    cache[set].bits = bits;
    cache[set].output = output;
    return output;
}

void a11y_table_compare_portable(const table_rule *r, size_t count, uint8_t *out) {
    cache_entry cache[128];
    uint64_t empty;
    const double nan = __builtin_nan("");
    __builtin_memcpy(&empty, &nan, sizeof empty);
    for (int k = 0; k < 128; k++) { cache[k].bits = empty; cache[k].output = 0; }
    for (size_t i = 0; i < count; i++) {
        const uint8_t w = r->when ? r->when[i] : TRUE_CODE;
        if (w != TRUE_CODE) {
            out[i] = w == FALSE_CODE ? r->codes[3] : r->codes[UNKNOWN_CODE];
            continue;
        }
        const double s = r->input[i];
        out[i] = table_row_with(r, i, s == s ? cached_lookup(cache, r->x, r->y, r->n, r->linear, s) : nan);
    }
}

void a11y_table_compare_at(int at, const double *x, const double *y, size_t n, int linear,
                           const double *input, const double *input_accuracy,
                           const double *other, const double *other_accuracy, double constant, double constant_accuracy,
                           int op, int table_on_left, const uint8_t *when, const uint8_t codes[4], size_t count, uint8_t *out) {
    const table_rule rule = {x, y, n, linear, input, input_accuracy, other, other_accuracy, constant, constant_accuracy,
                             op, table_on_left, when, codes};
    const int available = a11y_kernels_level_cached();
    if ((at < 0 || at > available ? available : at) >= 1) a11y_table_compare_avx2(&rule, count, out);
    else a11y_table_compare_portable(&rule, count, out);
}

void a11y_table_compare(const double *x, const double *y, size_t n, int linear,
                        const double *input, const double *input_accuracy,
                        const double *other, const double *other_accuracy, double constant, double constant_accuracy,
                        int op, int table_on_left, const uint8_t *when, const uint8_t codes[4], size_t count, uint8_t *out) {
    a11y_table_compare_at(-1, x, y, n, linear, input, input_accuracy, other, other_accuracy, constant, constant_accuracy,
                          op, table_on_left, when, codes, count, out);
}

uint8_t a11y_count_truth(int op, int count_on_left, ptrdiff_t sure, ptrdiff_t maybe, double c, double ec) {
    const double value = (double)sure + (double)maybe / 2, spread = (double)maybe / 2;
    return count_on_left ? truth_code(op, value, spread, c, ec) : truth_code(op, c, ec, value, spread);
}

void a11y_count_compare(const uint8_t *filter, const ptrdiff_t *starts, const bool *surveyed, const uint8_t *when,
                        const uint8_t *truths, ptrdiff_t side, uint8_t unsurveyed,
                        int op, int count_on_left, double c, double ec, const uint8_t codes[4], size_t subjects, uint8_t *out) {
    for (size_t s = 0; s < subjects; s++) {
        const uint8_t w = when ? when[s] : TRUE_CODE;
        if (w != TRUE_CODE) {
            out[s] = w == FALSE_CODE ? codes[3] : codes[UNKNOWN_CODE];
            continue;
        }
        uint8_t truth = unsurveyed;
        if (surveyed[s]) {
            const ptrdiff_t start = starts[s], end = starts[s + 1];
            ptrdiff_t sure = end - start, maybe = 0;
            if (filter) {
                // Truth codes: false 0, unknown 1, true 2; the high bit is sure, the low one maybe. Both
                // counts in one 64-bit sum (sure in the low half, maybe in the high one), one add a row.
                static const uint64_t weight[4] = {0, 1ull << 32, 1, 1 | 1ull << 32};
                uint64_t sums = 0;
                for (ptrdiff_t i = start; i < end; i++) sums += weight[filter[i] & 3];
                sure = (ptrdiff_t)(uint32_t)sums;
                maybe = (ptrdiff_t)(sums >> 32);
            }
            truth = sure < side && maybe < side ? truths[sure * side + maybe] : a11y_count_truth(op, count_on_left, sure, maybe, c, ec);
        }
        out[s] = codes[truth];
    }
}
