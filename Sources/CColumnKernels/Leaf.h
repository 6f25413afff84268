#ifndef A11Y_LEAF_H
#define A11Y_LEAF_H

#include "CColumnKernels.h"
#include "Truth.h"

// A leaf's index for a value: (x >= low) | (x <= high) << 1 (NaN fails both).
static inline __attribute__((always_inline)) unsigned leaf(double x, double low, double high) {
    return (unsigned)(x >= low) | (unsigned)(x <= high) << 1;
}

// A leaf's truth code for row i, its uncertainty included (the Swift reference is FusedLeaf.truth(row:of:) in CKernelEquivalenceTests).
static inline __attribute__((always_inline)) uint8_t leaf_truth(const a11y_leaf *l, const double *v, const double *accuracy, size_t i) {
    const double x = v[i];
    if (l->op >= 0 && accuracy && accuracy[i] != 0) return truth_code(l->op, x, accuracy[i], l->constant, 0);
    const unsigned index = leaf(x, l->low, l->high);
    return index == 3 ? l->inside : (index == 0 ? l->nan : l->outside);
}

// Row i's byte from both leaves' truth codes, uncertainties included.
static inline __attribute__((always_inline)) uint8_t rule_byte(const a11y_leaf_rule *rule, size_t i, const double *a, const double *a_accuracy,
                                                               const double *b, const double *b_accuracy) {
    const uint8_t tb = rule->leaves == 2 ? leaf_truth(&rule->b, b, b_accuracy, i) : 0;
    return rule->by_truths[3 * leaf_truth(&rule->a, a, a_accuracy, i) + tb];
}

// The vector redo of the uncertain rows (UncertainRows.c): for the AVX2 and AVX-512 levels.
void a11y_redo_avx2(const a11y_leaf_rule *rule, const a11y_leaf *l, const a11y_leaf *same_column, const a11y_uncertain_rows *rows,
                    const double *a, const double *a_accuracy, const double *b, const double *b_accuracy, uint8_t *out);

#endif
