#ifndef A11Y_TABLE_H
#define A11Y_TABLE_H

#include "CColumnKernels.h"
#include "Truth.h"

// One row of the table kernel, shared by the scalar loop (RuleKernels.c) and the vector loop's
// uncertain and leftover rows (TableVector.c): the arithmetic of TableKernel.Lookup and
// ValueKernels.truth, operation for operation.

typedef struct {
    const double *x, *y;
    size_t n;
    int linear;
    const double *input, *input_accuracy, *other, *other_accuracy;
    double constant, constant_accuracy;
    int op, table_on_left;
    const uint8_t *when, *codes;
} table_rule;

// The byte for a row whose `when` holds, with the table's value `value` at the row's input already
// looked up (NaN for a NaN input): widened if the input has an uncertainty, then compared.
static inline __attribute__((always_inline)) uint8_t table_row_with(const table_rule *r, size_t i, double value) {
    const double s = r->input[i];
    double spread = 0;
    if (s == s) {
        const double e = r->input_accuracy ? r->input_accuracy[i] : 0;
        if (e != 0 && value == value) {
            // The hull of the outputs at the input's ends and middle (TableKernel.Lookup.widened).
            const double low = a11y_table_lookup(r->x, r->y, r->n, r->linear, s - e), high = a11y_table_lookup(r->x, r->y, r->n, r->linear, s + e);
            if (low != low || high != high) {
                value = __builtin_nan("");
                spread = 0;
            } else {
                const double lo = swift_min(swift_min(low, high), value), hi = swift_max(swift_max(low, high), value);
                value = (lo + hi) / 2;
                spread = (hi - lo) / 2;
            }
        }
    }
    const double v = r->other ? r->other[i] : r->constant;
    const double ev = r->other ? (r->other_accuracy ? r->other_accuracy[i] : 0) : r->constant_accuracy;
    const uint8_t truth = r->table_on_left ? truth_code(r->op, value, spread, v, ev) : truth_code(r->op, v, ev, value, spread);
    return r->codes[truth];
}

// The byte for row i: the `when`, the lookup (uncached), the widening and the comparison.
static inline uint8_t table_row(const table_rule *r, size_t i) {
    const uint8_t w = r->when ? r->when[i] : TRUE_CODE;
    if (w != TRUE_CODE) return w == FALSE_CODE ? r->codes[3] : r->codes[UNKNOWN_CODE];
    const double s = r->input[i];
    return table_row_with(r, i, s == s ? a11y_table_lookup(r->x, r->y, r->n, r->linear, s) : __builtin_nan(""));
}

// The scalar loop (RuleKernels.c) and the vector loop (TableVector.c, for the AVX2 and AVX-512 levels).
void a11y_table_compare_portable(const table_rule *rule, size_t count, uint8_t *out);
void a11y_table_compare_avx2(const table_rule *rule, size_t count, uint8_t *out);

// a11y_kernels_level(), asked once (ColumnKernels.c).
int a11y_kernels_level_cached(void);

#endif
