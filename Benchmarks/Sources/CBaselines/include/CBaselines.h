#ifndef A11Y_C_BASELINES_H
#define A11Y_C_BASELINES_H

#include <stddef.h>
#include <stdint.h>

/// libyaml's event loop over a buffer, counting events; -1 on a parse error.
long a11y_libyaml_count_events(const unsigned char *bytes, size_t length);

/// The hand-written columnar loop: for each of `rules` rules, compare column `columns[r]` of a
/// row-count `rows` matrix (column-major `values`) with `thresholds[r]` using `ops[r]`
/// (0 <=, 1 >=, 2 <, 3 >), writing 2 (true), 0 (false) or 1 (NaN: unknown) into `out` (rules × rows).
void a11y_columnar_thresholds(const double *values, size_t rows, const int32_t *columns, const double *thresholds,
                              const int32_t *ops, size_t rules, uint8_t *out);

#endif
