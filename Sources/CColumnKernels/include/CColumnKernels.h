#ifndef A11Y_COLUMN_KERNELS_H
#define A11Y_COLUMN_KERNELS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/// The columnar engine's innermost loops over exact columns, in C so that one build carries both a
/// portable loop and an AVX2 loop chosen at run time (`a11y_kernels_avx2`).
///
/// A *leaf* tests one column of doubles against a closed interval: its index for a value `x` is
/// `(x >= low) | (x <= high) << 1`, so 3 is inside, 1 and 2 are outside and 0 is NaN (when
/// `low <= high`). Every exact test of the engine folds into one (a threshold's cut point with an
/// infinite other end, an enum value's interval, a bool column against [0, 0], `present` against the
/// whole line). The bytes written are looked up in a 16-byte table by the leaves' indexes, so one
/// loop writes outcome codes directly, whatever the rule's `when`, `and` or `or` around the leaves.

/// `out[i] = table[leaf(a[i])]`, for `count` rows.
void a11y_leaf1(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);

/// `out[i] = table[leaf_a(a[i]) | leaf_b(b[i]) << 2]`, for `count` rows.
void a11y_leaf2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                const uint8_t table[16], size_t count, uint8_t *out);

/// The portable loops (any CPU), for tests that compare the two versions.
void a11y_leaf1_portable(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);
void a11y_leaf2_portable(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                         const uint8_t table[16], size_t count, uint8_t *out);

/// The AVX2 loops: call only when `a11y_kernels_level()` is at least 1.
void a11y_leaf1_avx2(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);
void a11y_leaf2_avx2(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                     const uint8_t table[16], size_t count, uint8_t *out);

/// The AVX-512 loops (AVX-512 F, BW and VL): call only when `a11y_kernels_level()` is 2.
void a11y_leaf1_avx512(const double *a, double a_low, double a_high, const uint8_t table[16], size_t count, uint8_t *out);
void a11y_leaf2_avx512(const double *a, double a_low, double a_high, const double *b, double b_low, double b_high,
                       const uint8_t table[16], size_t count, uint8_t *out);

/// What this CPU runs (and this build has): 2 AVX-512, 1 AVX2, 0 the portable loops only. The
/// dispatching `a11y_leaf1` and `a11y_leaf2` ask once and take the best.
int a11y_kernels_level(void);

/// One leaf of a fused rule, for `a11y_leaf_rule_run`: its interval, the truth codes of a NaN, an
/// outside and an inside value, and for a comparison its operator (`A11Y_OP_…`; -1: not a comparison)
/// and constant, to redo the rows whose value has an uncertainty with the interpreter's interval test.
typedef struct {
    double low, high, constant;
    int32_t op;
    uint8_t nan, outside, inside;
} a11y_leaf;

/// A rule (or condition) of one or two leaves, compiled once: the byte for each pair of leaf indexes
/// (`table`) and for each pair of truth codes at `3 × a + b` (`by_truths`).
typedef struct {
    a11y_leaf a, b;
    /// 1 or 2.
    int32_t leaves;
    /// Whether the second leaf's uncertain rows are redone (a second comparison not on the first's column).
    int32_t redo_b;
    uint8_t table[16];
    uint8_t by_truths[16];
} a11y_leaf_rule;

/// The rows of a column whose value has an uncertainty, in order, with their values and accuracies copied
/// next to each other (`count` of each), so that the redo reads them as vectors.
typedef struct {
    const int32_t *rows;
    const double *values;
    const double *accuracies;
    size_t count;
} a11y_uncertain_rows;

/// A whole leaf rule over `count` rows: the dispatching loop, then the rows in `a_rows` (`b_rows`) whose
/// value in `a` (`b`) has an uncertainty (`a_accuracy`, `b_accuracy`; NULL: all exact) redone. Where the CPU
/// has AVX2, the uncertain rows' interval tests run as vectors over their packed values, and only the rows
/// whose truth differs from the exact loop's are rewritten.
void a11y_leaf_rule_run(const a11y_leaf_rule *rule, const double *a, const double *a_accuracy, const a11y_uncertain_rows *a_rows,
                        const double *b, const double *b_accuracy, const a11y_uncertain_rows *b_rows, size_t count, uint8_t *out);

/// `a11y_leaf_rule_run` with the loops of `level` (0 portable, 1 AVX2, 2 AVX-512; at most `a11y_kernels_level()`),
/// for tests that compare the versions.
void a11y_leaf_rule_run_at(int level, const a11y_leaf_rule *rule, const double *a, const double *a_accuracy, const a11y_uncertain_rows *a_rows,
                           const double *b, const double *b_accuracy, const a11y_uncertain_rows *b_rows, size_t count, uint8_t *out);

/// Comparison operators, as the table and count kernels take them.
enum {
    A11Y_OP_EQUAL = 0, A11Y_OP_NOT_EQUAL = 1, A11Y_OP_LESS = 2, A11Y_OP_LESS_OR_EQUAL = 3,
    A11Y_OP_GREATER = 4, A11Y_OP_GREATER_OR_EQUAL = 5
};

/// The interpreter's truth code (false 0, unknown 1, true 2) of `x ± ex OP y ± ey`, NaN unknown:
/// the arithmetic of `ValueKernels.truth`, operation for operation.
uint8_t a11y_truth(int op, double x, double ex, double y, double ey);

/// `Table.lookup`'s value at `input` over rows `x` (inputs, ascending) and `y` (outputs), `n` rows;
/// NaN outside the rows. The arithmetic of `TableKernel.lookup`, operation for operation.
double a11y_table_lookup(const double *x, const double *y, size_t n, int linear, double input);

/// A rule `table(input) OP other` (or `other OP table(input)` when `table_on_left` is 0) over `count`
/// rows: where `when` (truth codes; NULL: always true) is false, `codes[3]` (inapplicable), unknown
/// `codes[1]`; else `codes[truth]`. `other` NULL: the constant. Accuracy pointers NULL: all exact. A
/// lookup whose input has an uncertainty is widened to the hull of the outputs at its ends and middle.
void a11y_table_compare(const double *x, const double *y, size_t n, int linear,
                        const double *input, const double *input_accuracy,
                        const double *other, const double *other_accuracy, double constant, double constant_accuracy,
                        int op, int table_on_left, const uint8_t *when, const uint8_t codes[4], size_t count, uint8_t *out);

/// `a11y_table_compare` with the loop of `level` (0 the scalar loop, 1 or 2 the AVX2 loop; at most
/// `a11y_kernels_level()`, -1 the best this CPU runs), for tests that compare the versions. The vector
/// loop looks four rows up at once where the table has 2 to 32 rows in ascending order (its segment
/// found by counting the rows at or below the input); other tables, rows with an uncertain input and
/// the last rows take the scalar arithmetic.
void a11y_table_compare_at(int level, const double *x, const double *y, size_t n, int linear,
                           const double *input, const double *input_accuracy,
                           const double *other, const double *other_accuracy, double constant, double constant_accuracy,
                           int op, int table_on_left, const uint8_t *when, const uint8_t codes[4], size_t count, uint8_t *out);

/// `a11y_table_lookup` at each of `count` inputs (NaN ones included) by the loop of `level`, as
/// `a11y_table_compare_at` chooses it, for tests that compare the doubles bit for bit.
void a11y_table_values_at(int level, const double *x, const double *y, size_t n, int linear, const double *input, size_t count, double *out);

/// The truth of `count OP c` (`c OP count` when `count_on_left` is 0) for `sure` and `maybe` instances:
/// the count is sure + maybe/2 with accuracy maybe/2.
uint8_t a11y_count_truth(int op, int count_on_left, ptrdiff_t sure, ptrdiff_t maybe, double c, double ec);

/// A subject rule `count(parts.KIND where filter) OP c` over `subjects` subjects: each surveyed subject's
/// segment `starts[s]..<starts[s + 1]` of `filter` truth codes (NULL: no filter, every instance counts)
/// gives (sure, maybe), looked up in `truths[sure * side + maybe]` below `side`, else compared; an
/// unsurveyed subject takes `unsurveyed`. Outcome bytes as `a11y_table_compare`.
void a11y_count_compare(const uint8_t *filter, const ptrdiff_t *starts, const bool *surveyed, const uint8_t *when,
                        const uint8_t *truths, ptrdiff_t side, uint8_t unsurveyed,
                        int op, int count_on_left, double c, double ec, const uint8_t codes[4], size_t subjects, uint8_t *out);

#endif
