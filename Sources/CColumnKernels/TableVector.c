#include "Table.h"

// The table kernel four rows at a time (AVX2). Each lane does what TableKernel.lookup and
// ValueKernels.truth do, operation for operation, so every double is the scalar loop's:
//
// - the segment: the binary search over ascending rows ends at low = min(max(k - 1, 0), n - 2), k the
//   number of rows at or below the input (a NaN input has k = 0, as the search): the last j <= n - 2
//   with x[j] <= input, or 0, so each lane takes its two rows by blends over the rows (no gathers,
//   which cost more than the blends for the few rows of a table on this CPU);
// - every branch of the interpolation is computed and the lane takes the one the scalar code returns
//   (outside, then the first row within the tolerance, the second, a step table or a span not above
//   0, finite differences, or halves and weights for rows ±1e308 apart, computed only when a lane needs them);
// - the comparison is the interval test with its operator fixed per loop (one loop per operator, side
//   and interpolation), its truth as two masks (true, false; neither is unknown).
//
// A row whose input has an uncertainty takes the hull of two more vector lookups (at its ends), only in
// the groups of four that have one. The last rows take the scalar arithmetic of Table.h. No contraction into fused multiply-adds (Truth.h; the target has no FMA).

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define VECTOR static inline __attribute__((target("avx2"), always_inline))

VECTOR __m256d vabs(__m256d x) { return _mm256_andnot_pd(_mm256_set1_pd(-0.0), x); }

// swift_min(x, y): y < x ? y : x (NaN as Swift.min).
VECTOR __m256d vmin(__m256d x, __m256d y) { return _mm256_blendv_pd(x, y, _mm256_cmp_pd(y, x, _CMP_LT_OQ)); }

// swift_max(x, y): y >= x ? y : x (NaN as Swift.max).
VECTOR __m256d vmax(__m256d x, __m256d y) { return _mm256_blendv_pd(x, y, _mm256_cmp_pd(y, x, _CMP_GE_OQ)); }

// a11y_table_lookup at four inputs, for a table of 2 or more rows in ascending order.
VECTOR __m256d vlookup(const double *x, const double *y, size_t n, int linear, __m256d s) {
    const __m256d one = _mm256_set1_pd(1), zero = _mm256_setzero_pd();
    const __m256d tolerance = _mm256_mul_pd(_mm256_set1_pd(1e-9), vmax(one, vabs(s)));
    const __m256d outside = _mm256_or_pd(_mm256_cmp_pd(s, _mm256_sub_pd(_mm256_set1_pd(x[0]), tolerance), _CMP_LT_OQ),
                                         _mm256_cmp_pd(s, _mm256_add_pd(_mm256_set1_pd(x[n - 1]), tolerance), _CMP_GT_OQ));
    // The segment's rows: the last j <= n - 2 with x[j] <= s (j = 0 if none), picked by blends in
    // ascending order (the rows ascend, so the lanes' masks only ever turn off as j grows).
    __m256d ax = _mm256_set1_pd(x[0]), bx = _mm256_set1_pd(x[1]), ay = _mm256_set1_pd(y[0]), by = _mm256_set1_pd(y[1]);
    for (size_t j = 1; j + 1 < n; j++) {
        const __m256d at = _mm256_cmp_pd(_mm256_set1_pd(x[j]), s, _CMP_LE_OQ);
        ax = _mm256_blendv_pd(ax, _mm256_set1_pd(x[j]), at);
        bx = _mm256_blendv_pd(bx, _mm256_set1_pd(x[j + 1]), at);
        ay = _mm256_blendv_pd(ay, _mm256_set1_pd(y[j]), at);
        by = _mm256_blendv_pd(by, _mm256_set1_pd(y[j + 1]), at);
    }
    __m256d result = ay;
    if (linear) {
        const __m256d span = _mm256_sub_pd(bx, ax), rise = _mm256_sub_pd(by, ay);
        const __m256d infinity = _mm256_set1_pd(__builtin_inf());
        const __m256d finite = _mm256_and_pd(_mm256_cmp_pd(vabs(span), infinity, _CMP_LT_OQ), _mm256_cmp_pd(vabs(rise), infinity, _CMP_LT_OQ));
        const __m256d rising = _mm256_cmp_pd(span, zero, _CMP_GT_OQ);
        __m256d between = _mm256_add_pd(ay, _mm256_mul_pd(_mm256_div_pd(_mm256_sub_pd(s, ax), span), rise));
        if (_mm256_movemask_pd(_mm256_andnot_pd(finite, rising))) {
            // Rows far apart (±1e308): halves and weights, as the model does.
            const __m256d two = _mm256_set1_pd(2);
            const __m256d ahalf = _mm256_div_pd(ax, two);
            const __m256d t = _mm256_div_pd(_mm256_sub_pd(_mm256_div_pd(s, two), ahalf), _mm256_sub_pd(_mm256_div_pd(bx, two), ahalf));
            const __m256d weighted = _mm256_add_pd(_mm256_mul_pd(ay, _mm256_sub_pd(one, t)), _mm256_mul_pd(by, t));
            between = _mm256_blendv_pd(weighted, between, finite);
        }
        result = _mm256_blendv_pd(ay, between, rising);
    }
    result = _mm256_blendv_pd(result, by, _mm256_cmp_pd(vabs(_mm256_sub_pd(s, bx)), tolerance, _CMP_LE_OQ));
    result = _mm256_blendv_pd(result, ay, _mm256_cmp_pd(vabs(_mm256_sub_pd(s, ax)), tolerance, _CMP_LE_OQ));
    return _mm256_blendv_pd(result, _mm256_set1_pd(__builtin_nan("")), outside);
}

// epsilon(a, b) of Truth.h.
VECTOR __m256d vepsilon(__m256d a, __m256d b) {
    return _mm256_mul_pd(_mm256_set1_pd(1e-9), vmax(_mm256_set1_pd(1), vmax(vabs(a), vabs(b))));
}

// truth_code(op, x, ex, y, ey) as masks: `*yes` where true, `*no` where false.
VECTOR void vtruth(const int op, __m256d x, __m256d ex, __m256d y, __m256d ey, __m256d *yes, __m256d *no) {
    switch (op) {
    case A11Y_OP_LESS_OR_EQUAL:
    case A11Y_OP_GREATER_OR_EQUAL: {
        // less_or_equal(a, ea, b, eb), with the sides swapped for >=.
        const int swap = op == A11Y_OP_GREATER_OR_EQUAL;
        const __m256d a = swap ? y : x, ea = swap ? ey : ex, b = swap ? x : y, eb = swap ? ex : ey;
        const __m256d eps = vepsilon(a, b);
        const __m256d t = _mm256_cmp_pd(_mm256_add_pd(a, ea), _mm256_add_pd(_mm256_sub_pd(b, eb), eps), _CMP_LE_OQ);
        const __m256d f = _mm256_cmp_pd(_mm256_sub_pd(a, ea), _mm256_add_pd(_mm256_add_pd(b, eb), eps), _CMP_GT_OQ);
        *yes = t;
        *no = _mm256_andnot_pd(t, f);
        return;
    }
    case A11Y_OP_LESS:
    case A11Y_OP_GREATER: {
        const int swap = op == A11Y_OP_GREATER;
        const __m256d a = swap ? y : x, ea = swap ? ey : ex, b = swap ? x : y, eb = swap ? ex : ey;
        const __m256d eps = vepsilon(a, b);
        const __m256d t = _mm256_cmp_pd(_mm256_add_pd(a, ea), _mm256_sub_pd(_mm256_sub_pd(b, eb), eps), _CMP_LT_OQ);
        const __m256d f = _mm256_cmp_pd(_mm256_sub_pd(a, ea), _mm256_sub_pd(_mm256_add_pd(b, eb), eps), _CMP_GE_OQ);
        *yes = t;
        *no = _mm256_andnot_pd(t, f);
        return;
    }
    default: {
        const __m256d zero = _mm256_setzero_pd();
        const __m256d eps = vepsilon(x, y);
        const __m256d apart = _mm256_cmp_pd(vabs(_mm256_sub_pd(x, y)), _mm256_add_pd(_mm256_add_pd(ex, ey), eps), _CMP_GT_OQ);
        const __m256d exact = _mm256_and_pd(_mm256_cmp_pd(ex, zero, _CMP_EQ_OQ), _mm256_cmp_pd(ey, zero, _CMP_EQ_OQ));
        const __m256d known = _mm256_cmp_pd(x, y, _CMP_ORD_Q);
        const __m256d different = _mm256_and_pd(known, apart), same = _mm256_and_pd(known, _mm256_andnot_pd(apart, exact));
        *yes = op == A11Y_OP_EQUAL ? same : different;
        *no = op == A11Y_OP_EQUAL ? different : same;
        return;
    }
    }
}

// Four bits as four bytes (bit j in byte j).
static inline __attribute__((always_inline)) uint32_t spread4(unsigned bits) {
    return (bits & 1) | (bits & 2) << 7 | (bits & 4) << 14 | (bits & 8) << 21;
}

// Rows i ..< i + 4, for the operator, side and interpolation the loop was made for.
VECTOR void four_rows(const table_rule *r, __m128i lookup, size_t i, uint8_t *out, const int op, const int table_on_left, const int linear) {
    const uint8_t *codes = r->codes;
    if (r->when) {
        const uint8_t *w = r->when + i;
        if (w[0] != TRUE_CODE && w[1] != TRUE_CODE && w[2] != TRUE_CODE && w[3] != TRUE_CODE) {
            for (int j = 0; j < 4; j++) out[i + j] = w[j] == FALSE_CODE ? codes[3] : codes[UNKNOWN_CODE];
            return;
        }
    }
    const __m256d s = _mm256_loadu_pd(r->input + i);
    __m256d value = vlookup(r->x, r->y, r->n, linear, s);
    value = _mm256_blendv_pd(value, _mm256_set1_pd(__builtin_nan("")), _mm256_cmp_pd(s, s, _CMP_UNORD_Q));
    const __m256d zero = _mm256_setzero_pd();
    __m256d spread = zero;
    const __m256d e = r->input_accuracy ? _mm256_loadu_pd(r->input_accuracy + i) : zero;
    // An uncertain input (e != 0, NaN included) with a value: the hull of the outputs at its ends and
    // middle (TableKernel.Lookup.widened), NaN if an end is outside.
    const __m256d widen = _mm256_and_pd(_mm256_cmp_pd(e, zero, _CMP_NEQ_UQ), _mm256_cmp_pd(value, value, _CMP_ORD_Q));
    if (_mm256_movemask_pd(widen)) {
        const __m256d low = vlookup(r->x, r->y, r->n, linear, _mm256_sub_pd(s, e)), high = vlookup(r->x, r->y, r->n, linear, _mm256_add_pd(s, e));
        const __m256d lo = vmin(vmin(low, high), value), hi = vmax(vmax(low, high), value);
        const __m256d two = _mm256_set1_pd(2);
        const __m256d ends = _mm256_cmp_pd(low, high, _CMP_ORD_Q);
        const __m256d hull = _mm256_blendv_pd(_mm256_set1_pd(__builtin_nan("")), _mm256_div_pd(_mm256_add_pd(lo, hi), two), ends);
        const __m256d half = _mm256_and_pd(_mm256_div_pd(_mm256_sub_pd(hi, lo), two), ends);
        value = _mm256_blendv_pd(value, hull, widen);
        spread = _mm256_blendv_pd(zero, half, widen);
    }
    const __m256d v = r->other ? _mm256_loadu_pd(r->other + i) : _mm256_set1_pd(r->constant);
    const __m256d ev = r->other ? (r->other_accuracy ? _mm256_loadu_pd(r->other_accuracy + i) : zero) : _mm256_set1_pd(r->constant_accuracy);
    __m256d yes, no;
    if (table_on_left) vtruth(op, value, spread, v, ev, &yes, &no);
    else vtruth(op, v, ev, value, spread, &yes, &no);
    const unsigned t = (unsigned)_mm256_movemask_pd(yes), f = (unsigned)_mm256_movemask_pd(no);
    // Each row's index into `lookup`: its truth (bit 0 true, bit 1 false; neither unknown) and above it
    // its `when` (0 holds, 1 unknown, 2 false).
    uint32_t w4 = 0x02020202u;
    if (r->when) __builtin_memcpy(&w4, r->when + i, 4);
    const uint32_t index = spread4(t) | spread4(f) << 1 | (0x02020202u - w4) << 2;
    const uint32_t bytes = (uint32_t)_mm_cvtsi128_si32(_mm_shuffle_epi8(lookup, _mm_cvtsi32_si128((int)index)));
    __builtin_memcpy(out + i, &bytes, 4);
}

VECTOR void vector_loop(const table_rule *r, size_t count, uint8_t *out, const int op, const int table_on_left, const int linear) {
    const uint8_t *codes = r->codes;
    const __m128i lookup = _mm_setr_epi8((char)codes[UNKNOWN_CODE], (char)codes[TRUE_CODE], (char)codes[FALSE_CODE], (char)codes[UNKNOWN_CODE],
                                         (char)codes[UNKNOWN_CODE], (char)codes[UNKNOWN_CODE], (char)codes[UNKNOWN_CODE], (char)codes[UNKNOWN_CODE],
                                         (char)codes[3], (char)codes[3], (char)codes[3], (char)codes[3], 0, 0, 0, 0);
    size_t i = 0;
    for (; i + 4 <= count; i += 4) four_rows(r, lookup, i, out, op, table_on_left, linear);
    for (; i < count; i++) out[i] = table_row(r, i);
}

__attribute__((target("avx2")))
static void vector_values(const double *x, const double *y, size_t n, int linear, const double *input, size_t count, double *out) {
    size_t i = 0;
    for (; i + 4 <= count; i += 4) _mm256_storeu_pd(out + i, vlookup(x, y, n, linear, _mm256_loadu_pd(input + i)));
    for (; i < count; i++) out[i] = a11y_table_lookup(x, y, n, linear, input[i]);
}

#define LOOPS(OP)                                                                                     \
    case OP:                                                                                          \
        if (r->table_on_left) { if (r->linear) vector_loop(r, count, out, OP, 1, 1); else vector_loop(r, count, out, OP, 1, 0); } \
        else { if (r->linear) vector_loop(r, count, out, OP, 0, 1); else vector_loop(r, count, out, OP, 0, 0); }             \
        return;

__attribute__((target("avx2")))
void a11y_table_compare_avx2(const table_rule *r, size_t count, uint8_t *out) {
    int ascending = r->n >= 2 && r->n <= 32;
    for (size_t j = 1; ascending && j < r->n; j++) ascending = r->x[j - 1] <= r->x[j];
    if (!ascending) {
        a11y_table_compare_portable(r, count, out);
        return;
    }
    switch (r->op) {
    LOOPS(A11Y_OP_EQUAL)
    LOOPS(A11Y_OP_NOT_EQUAL)
    LOOPS(A11Y_OP_LESS)
    LOOPS(A11Y_OP_LESS_OR_EQUAL)
    LOOPS(A11Y_OP_GREATER)
    LOOPS(A11Y_OP_GREATER_OR_EQUAL)
    default: a11y_table_compare_portable(r, count, out); return;
    }
}

void a11y_table_values_at(int at, const double *x, const double *y, size_t n, int linear, const double *input, size_t count, double *out) {
    const int available = a11y_kernels_level_cached();
    int ascending = n >= 2 && n <= 32;
    for (size_t j = 1; ascending && j < n; j++) ascending = x[j - 1] <= x[j];
    if ((at < 0 || at > available ? available : at) >= 1 && ascending) {
        vector_values(x, y, n, linear, input, count, out);
        return;
    }
    for (size_t i = 0; i < count; i++) out[i] = a11y_table_lookup(x, y, n, linear, input[i]);
}

#else
void a11y_table_values_at(int at, const double *x, const double *y, size_t n, int linear, const double *input, size_t count, double *out) {
    for (size_t i = 0; i < count; i++) out[i] = a11y_table_lookup(x, y, n, linear, input[i]);
}

void a11y_table_compare_avx2(const table_rule *r, size_t count, uint8_t *out) { a11y_table_compare_portable(r, count, out); }
#endif
