/* A tiny test harness for the C API tests: CHECK counts, file and directory helpers. */
#ifndef CV_TEST_H
#define CV_TEST_H

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codevault.h"

static int cv_passed = 0;
static int cv_failed = 0;

static inline void cv_check(int ok, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static inline void cv_check(int ok, const char *file, int line, const char *fmt, ...) {
  if (ok) {
    cv_passed++;
    return;
  }
  cv_failed++;
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "FAIL %s:%d: ", file, line);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

/* CHECK(condition, printf-style description) */
#define CHECK(cond, ...) cv_check((cond) ? 1 : 0, __FILE__, __LINE__, __VA_ARGS__)

/* The thread's last error message (static buffer, for diagnostics). */
static inline const char *cv_test_last_error(void) {
  static char buf[4096];
  size_t n = 0;
  if (cv_last_error_message(buf, sizeof buf, &n) != CV_OK) {
    return "(cv_last_error_message failed)";
  }
  return buf;
}

/* Reads a whole file; NUL-terminated, length in *len. NULL on failure. Free with free(). */
static inline char *cv_test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    return NULL;
  }
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf != NULL && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
    n += got;
    if (cap - n - 1 == 0) {
      char *bigger = realloc(buf, cap * 2);
      if (bigger == NULL) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = bigger;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf != NULL) {
    buf[n] = '\0';
    *len = n;
  }
  return buf;
}

static inline int cv_test_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline int cv_test_ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Sorted names of the `*.json` files in `dir`, `*.golden.json` left out. Free with
 * cv_test_free_list. */
static inline char **cv_test_list_json(const char *dir, size_t *count) {
  *count = 0;
  DIR *d = opendir(dir);
  if (d == NULL) {
    return NULL;
  }
  size_t cap = 64;
  char **names = malloc(cap * sizeof *names);
  struct dirent *e;
  while (names != NULL && (e = readdir(d)) != NULL) {
    if (!cv_test_ends_with(e->d_name, ".json") || cv_test_ends_with(e->d_name, ".golden.json")) {
      continue;
    }
    if (*count == cap) {
      char **bigger = realloc(names, 2 * cap * sizeof *names);
      if (bigger == NULL) {
        break;
      }
      names = bigger;
      cap *= 2;
    }
    names[(*count)++] = strdup(e->d_name);
  }
  closedir(d);
  if (names != NULL) {
    qsort(names, *count, sizeof *names, cv_test_cmp);
  }
  return names;
}

static inline void cv_test_free_list(char **names, size_t count) {
  for (size_t i = 0; i < count; i++) {
    free(names[i]);
  }
  free(names);
}

/* Prints the summary line and returns the exit status. */
static inline int cv_test_finish(const char *name) {
  printf("%s: %d passed, %d failed\n", name, cv_passed, cv_failed);
  return cv_failed == 0 ? 0 : 1;
}

#endif /* CV_TEST_H */
