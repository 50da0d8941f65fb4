/* Times cv_generate (QR -> PNG, the request below) through the C ABI: median of N calls, each
 * timed alone, including cv_artifacts_free. Compare with `cargo run --release -p codevault-c
 * --example overhead`, which times the same request through the Rust facade. See BENCH.md.
 *
 *   overhead [iterations]   (default 3000) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "codevault.h"

static const char REQUEST[] =
    "{\"data\": \"https://example.com/codevault?utm_source=print\", \"options\": {\"ecc\": \"H\"},"
    " \"outputs\": [\"png\"]}";

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3000;
  if (n < 1) n = 1;
  double *t = malloc((size_t)n * sizeof *t);
  for (int i = -n / 10; i < n; i++) { /* the first tenth warms up */
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    cv_artifacts *out = NULL;
    if (cv_generate(REQUEST, sizeof REQUEST - 1, &out) != CV_OK) {
      fprintf(stderr, "cv_generate failed\n");
      return 1;
    }
    cv_artifacts_free(out);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (i >= 0) t[i] = (double)(b.tv_sec - a.tv_sec) * 1e6 + (double)(b.tv_nsec - a.tv_nsec) / 1e3;
  }
  qsort(t, (size_t)n, sizeof *t, cmp);
  printf("C   cv_generate (QR -> PNG): median %.1f us, p10 %.1f us, p90 %.1f us (n=%d)\n",
         t[n / 2], t[n / 10], t[n * 9 / 10], n);
  free(t);
  return 0;
}
