/* Runs one CodeVault request (JSON in) and prints the artifacts (JSON out), then writes each
 * output to a file named out-<index>.<format>.
 *
 *   generate_json [request.json]    (default: a built-in request for an SVG and a PNG)
 *
 * Build: see docs/quickstart-c.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codevault.h"

static const char *const DEFAULT_REQUEST =
    "{\"data\": \"https://example.com\", \"options\": {\"ecc\": \"Q\"},"
    " \"style\": {\"dark\": \"#1a237e\", \"module_size\": 6}, \"outputs\": [\"svg\", \"png\"]}";

static const char *const EXTENSIONS[] = {"bin", "svg", "png", "txt", "matrix.txt"};

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  char *buf = NULL;
  if (fseek(f, 0, SEEK_END) == 0) {
    long size = ftell(f);
    if (size >= 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)size + 1)) != NULL) {
      *len = fread(buf, 1, (size_t)size, f);
      buf[*len] = '\0';
    }
  }
  fclose(f);
  return buf;
}

static int report(const char *what, cv_result r) {
  /* A buffer exactly as long as the message: cv_last_error_length() + 1. */
  size_t len = cv_last_error_length() + 1, n = 0;
  char *message = malloc(len);
  if (message != NULL && cv_last_error_message(message, len, &n) == CV_OK) {
    fprintf(stderr, "%s: %s (%u): %s\n", what, cv_error_name(r), r, message);
  }
  free(message);
  return 1;
}

int main(int argc, char **argv) {
  size_t len = strlen(DEFAULT_REQUEST);
  char *owned = NULL;
  const char *request = DEFAULT_REQUEST;
  if (argc > 1) {
    if ((owned = read_file(argv[1], &len)) == NULL) {
      perror(argv[1]);
      return 1;
    }
    request = owned;
  }

  /* JSON out: the same shape every CodeVault binding returns (bytes as base64). */
  cv_bytes *json = NULL;
  cv_result r = cv_generate_json(request, len, &json);
  if (r != CV_OK) {
    free(owned);
    return report("cv_generate_json", r);
  }
  printf("%.200s%s\n", (const char *)cv_bytes_data(json), cv_bytes_len(json) > 200 ? "..." : "");
  cv_bytes_free(json);

  /* Typed: walk the artifacts and write each to a file. */
  cv_artifacts *artifacts = NULL;
  r = cv_generate(request, len, &artifacts);
  free(owned);
  if (r != CV_OK) {
    return report("cv_generate", r);
  }
  cv_symbol_info info;
  if (cv_artifacts_get_info(artifacts, &info) == CV_OK) {
    printf("%s version %s, %zux%zu modules, %zu of %zu data bits\n", info.symbology_name,
           info.version, info.width, info.height, info.data_bits, info.capacity_bits);
  }
  for (size_t i = 0; i < cv_artifacts_len(artifacts); i++) {
    cv_output_format format;
    const char *media_type;
    const uint8_t *bytes;
    size_t n;
    if (cv_artifacts_get(artifacts, i, &format, &media_type, &bytes, &n) != CV_OK) continue;
    char path[64];
    snprintf(path, sizeof path, "out-%zu.%s", i, EXTENSIONS[format <= 4 ? format : 0]);
    FILE *f = fopen(path, "wb");
    if (f != NULL) {
      fwrite(bytes, 1, n, f);
      fclose(f);
    }
    printf("%s: %s, %zu bytes\n", path, media_type, n);
  }
  cv_artifacts_free(artifacts);
  return 0;
}
