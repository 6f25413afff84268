#include "Leaf.h"

// The redo of the rows whose value has an uncertainty, as vectors. For each comparison leaf, the interval test
// (Truth.h's arithmetic, operation for operation) and the exact loop's test (the leaf index through the cut) run
// side by side over the packed values and accuracies of those rows, eight at a time; only the rows where the two
// truths differ (an interval that straddles the cut, a NaN accuracy) are rewritten, one at a time, with both
// leaves' truths. Elsewhere the exact loop already wrote the right byte.

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

typedef struct {
    __m256d c, c_minus, c_plus, magnitude_c, low, high;
    // All ones where the exact truth of a NaN, an outside or an inside value is true (yes) or false (no).
    __m256d nan_yes, outside_yes, inside_yes, nan_no, outside_no, inside_no;
} leaf_vectors;

__attribute__((target("avx2")))
static inline __m256d all_if(int condition) { return _mm256_castsi256_pd(_mm256_set1_epi64x(condition ? -1 : 0)); }

__attribute__((target("avx2")))
static leaf_vectors vectors(const a11y_leaf *l) {
    leaf_vectors k;
    k.c = _mm256_set1_pd(l->constant);
    k.c_minus = _mm256_set1_pd(l->constant - 0.0);
    k.c_plus = _mm256_set1_pd(l->constant + 0.0);
    k.magnitude_c = _mm256_set1_pd(magnitude(l->constant));
    k.low = _mm256_set1_pd(l->low);
    k.high = _mm256_set1_pd(l->high);
    k.nan_yes = all_if(l->nan == TRUE_CODE);
    k.outside_yes = all_if(l->outside == TRUE_CODE);
    k.inside_yes = all_if(l->inside == TRUE_CODE);
    k.nan_no = all_if(l->nan == FALSE_CODE);
    k.outside_no = all_if(l->outside == FALSE_CODE);
    k.inside_no = all_if(l->inside == FALSE_CODE);
    return k;
}

// All ones in the lanes (of four rows) whose interval truth differs from the exact loop's, where the accuracy is
// not zero. `x OP c` with accuracy `e` against an exact constant is truth_code(op, x, e, c, 0): the same adds,
// subtractions and comparisons, lane by lane (`c - 0` and `c + 0` as there). eps = 1e-9 × max(1, |x|, |c|):
// max_pd orders differently from swift_max only when x is NaN, and then every test is false whatever eps is.
__attribute__((target("avx2")))
static inline __attribute__((always_inline)) __m256d differs(int op, __m256d x, __m256d e, const leaf_vectors *k) {
    const __m256d sign = _mm256_set1_pd(-0.0), one = _mm256_set1_pd(1), nano = _mm256_set1_pd(1e-9), zero = _mm256_setzero_pd();
    const __m256d eps = _mm256_mul_pd(nano, _mm256_max_pd(_mm256_max_pd(_mm256_andnot_pd(sign, x), k->magnitude_c), one));
    __m256d yes, no;
    switch (op) {
    case A11Y_OP_LESS_OR_EQUAL: // less_or_equal(x, e, c, 0)
        yes = _mm256_cmp_pd(_mm256_add_pd(x, e), _mm256_add_pd(k->c_minus, eps), _CMP_LE_OQ);
        no = _mm256_cmp_pd(_mm256_sub_pd(x, e), _mm256_add_pd(k->c_plus, eps), _CMP_GT_OQ);
        break;
    case A11Y_OP_LESS: // less(x, e, c, 0)
        yes = _mm256_cmp_pd(_mm256_add_pd(x, e), _mm256_sub_pd(k->c_minus, eps), _CMP_LT_OQ);
        no = _mm256_cmp_pd(_mm256_sub_pd(x, e), _mm256_sub_pd(k->c_plus, eps), _CMP_GE_OQ);
        break;
    case A11Y_OP_GREATER_OR_EQUAL: // less_or_equal(c, 0, x, e)
        yes = _mm256_cmp_pd(k->c_plus, _mm256_add_pd(_mm256_sub_pd(x, e), eps), _CMP_LE_OQ);
        no = _mm256_cmp_pd(k->c_minus, _mm256_add_pd(_mm256_add_pd(x, e), eps), _CMP_GT_OQ);
        break;
    case A11Y_OP_GREATER: // less(c, 0, x, e)
        yes = _mm256_cmp_pd(k->c_plus, _mm256_sub_pd(_mm256_sub_pd(x, e), eps), _CMP_LT_OQ);
        no = _mm256_cmp_pd(k->c_minus, _mm256_sub_pd(_mm256_add_pd(x, e), eps), _CMP_GE_OQ);
        break;
    default: {
        // Apart: false for ==, true for !=; else unknown (the accuracy is not zero); NaN fails the test: unknown.
        const __m256d apart = _mm256_cmp_pd(_mm256_andnot_pd(sign, _mm256_sub_pd(x, k->c)), _mm256_add_pd(_mm256_add_pd(e, zero), eps), _CMP_GT_OQ);
        yes = op == A11Y_OP_EQUAL ? zero : apart;
        no = op == A11Y_OP_EQUAL ? apart : zero;
        break;
    }
    }
    no = _mm256_andnot_pd(yes, no);
    // The exact loop's truth, from the leaf index: inside (3), outside (1, 2), NaN (0).
    const __m256d g = _mm256_cmp_pd(x, k->low, _CMP_GE_OQ), l = _mm256_cmp_pd(x, k->high, _CMP_LE_OQ);
    const __m256d inside = _mm256_and_pd(g, l), outside = _mm256_xor_pd(g, l), nan = _mm256_andnot_pd(_mm256_or_pd(g, l), _mm256_castsi256_pd(_mm256_set1_epi64x(-1)));
    const __m256d exact_yes = _mm256_or_pd(_mm256_or_pd(_mm256_and_pd(inside, k->inside_yes), _mm256_and_pd(outside, k->outside_yes)), _mm256_and_pd(nan, k->nan_yes));
    const __m256d exact_no = _mm256_or_pd(_mm256_or_pd(_mm256_and_pd(inside, k->inside_no), _mm256_and_pd(outside, k->outside_no)), _mm256_and_pd(nan, k->nan_no));
    const __m256d differ = _mm256_or_pd(_mm256_xor_pd(yes, exact_yes), _mm256_xor_pd(no, exact_no));
    return _mm256_and_pd(differ, _mm256_cmp_pd(e, zero, _CMP_NEQ_UQ));
}

// Eight rows from `x` and `e`: a bit per row whose truth differs for `l` (or for `same`, a second comparison on the same column).
__attribute__((target("avx2")))
static inline __attribute__((always_inline)) unsigned differing(int op, const double *x, const double *e, const leaf_vectors *k,
                                                                const a11y_leaf *same, const leaf_vectors *ks) {
    const __m256d x0 = _mm256_loadu_pd(x), x1 = _mm256_loadu_pd(x + 4), e0 = _mm256_loadu_pd(e), e1 = _mm256_loadu_pd(e + 4);
    __m256d d0 = differs(op, x0, e0, k), d1 = differs(op, x1, e1, k);
    if (same) {
        d0 = _mm256_or_pd(d0, differs(same->op, x0, e0, ks));
        d1 = _mm256_or_pd(d1, differs(same->op, x1, e1, ks));
    }
    return (unsigned)_mm256_movemask_pd(d0) | (unsigned)_mm256_movemask_pd(d1) << 4;
}

__attribute__((target("avx2")))
static inline __attribute__((always_inline)) void redo_op(int op, const a11y_leaf_rule *rule, const a11y_leaf *l, const a11y_leaf *same,
                                                          const a11y_uncertain_rows *rows, const double *a, const double *a_accuracy,
                                                          const double *b, const double *b_accuracy, uint8_t *out) {
    const leaf_vectors k = vectors(l), ks = same ? vectors(same) : k;
    const size_t n = rows->count;
    size_t j = 0;
    for (; j < n; j += 8) {
        unsigned differ;
        if (j + 8 <= n) {
            differ = differing(op, rows->values + j, rows->accuracies + j, &k, same, &ks);
        } else {
            // The last rows, padded with exact NaNs (an accuracy of zero never differs).
            double x[8], e[8];
            for (size_t t = 0; t < 8; t++) {
                x[t] = j + t < n ? rows->values[j + t] : __builtin_nan("");
                e[t] = j + t < n ? rows->accuracies[j + t] : 0;
            }
            differ = differing(op, x, e, &k, same, &ks);
        }
        while (differ) {
            const size_t i = (size_t)rows->rows[j + (size_t)__builtin_ctz(differ)];
            differ &= differ - 1;
            out[i] = rule_byte(rule, i, a, a_accuracy, b, b_accuracy);
        }
    }
}

__attribute__((target("avx2")))
void a11y_redo_avx2(const a11y_leaf_rule *rule, const a11y_leaf *l, const a11y_leaf *same_column, const a11y_uncertain_rows *rows,
                    const double *a, const double *a_accuracy, const double *b, const double *b_accuracy, uint8_t *out) {
    switch (l->op) {
    case A11Y_OP_EQUAL: redo_op(A11Y_OP_EQUAL, rule, l, same_column, rows, a, a_accuracy, b, b_accuracy, out); break;
    case A11Y_OP_NOT_EQUAL: redo_op(A11Y_OP_NOT_EQUAL, rule, l, same_column, rows, a, a_accuracy, b, b_accuracy, out); break;
    case A11Y_OP_LESS: redo_op(A11Y_OP_LESS, rule, l, same_column, rows, a, a_accuracy, b, b_accuracy, out); break;
    case A11Y_OP_LESS_OR_EQUAL: redo_op(A11Y_OP_LESS_OR_EQUAL, rule, l, same_column, rows, a, a_accuracy, b, b_accuracy, out); break;
    case A11Y_OP_GREATER: redo_op(A11Y_OP_GREATER, rule, l, same_column, rows, a, a_accuracy, b, b_accuracy, out); break;
    default: redo_op(A11Y_OP_GREATER_OR_EQUAL, rule, l, same_column, rows, a, a_accuracy, b, b_accuracy, out); break;
    }
}
#else
// No vector redo on this architecture: every row is rewritten.
void a11y_redo_avx2(const a11y_leaf_rule *rule, const a11y_leaf *l, const a11y_leaf *same_column, const a11y_uncertain_rows *rows,
                    const double *a, const double *a_accuracy, const double *b, const double *b_accuracy, uint8_t *out) {
    (void)l;
    (void)same_column;
    for (size_t k = 0; k < rows->count; k++) {
        const size_t i = (size_t)rows->rows[k];
        out[i] = rule_byte(rule, i, a, a_accuracy, b, b_accuracy);
    }
}
#endif
