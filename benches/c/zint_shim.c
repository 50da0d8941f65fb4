/*
 * The libzint side of benches/benches/symbologies.rs: encode `data` as the named symbology with
 * zint's own defaults plus the given options, matrix only (no output file), the way a C caller
 * uses libzint: create, set options, encode, delete. Returns the symbol width, 0 on failure.
 * Compiled by benches/build.rs only with the `libzint` feature (needs Debian's libzint-dev).
 */
#include <string.h>
#include <zint.h>

static int symbology_id(const char *name) {
    static const struct { const char *name; int id; } table[] = {
        {"datamatrix", BARCODE_DATAMATRIX}, {"pdf417", BARCODE_PDF417},
        {"aztec", BARCODE_AZTEC},           {"aztec-rune", BARCODE_AZRUNE},
        {"code128", BARCODE_CODE128},       {"gs1-128", BARCODE_GS1_128},
        {"ean13", BARCODE_EANX},            {"ean8", BARCODE_EANX},
        {"upca", BARCODE_UPCA},             {"upce", BARCODE_UPCE},
        {"code39", BARCODE_CODE39},         {"code93", BARCODE_CODE93},
        {"itf", BARCODE_C25INTER},          {"itf14", BARCODE_ITF14},
        {"codabar", BARCODE_CODABAR},       {"imb", BARCODE_USPS_IMAIL},
        {"postnet", BARCODE_POSTNET},       {"rm4scc", BARCODE_RM4SCC},
        {"qr", BARCODE_QRCODE},             {"maxicode", BARCODE_MAXICODE},
        {"dotcode", BARCODE_DOTCODE},       {"hanxin", BARCODE_HANXIN},
        {"micropdf417", BARCODE_MICROPDF417},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].name, name) == 0) return table[i].id;
    return -1;
}

int cv_zint_encode(const char *symbology, int option_1, int option_2, int option_3, int gs1,
                   const unsigned char *data, int length) {
    int id = symbology_id(symbology);
    if (id < 0) return 0;
    struct zint_symbol *s = ZBarcode_Create();
    if (!s) return 0;
    s->symbology = id;
    if (option_1 >= 0) s->option_1 = option_1;
    if (option_2 >= 0) s->option_2 = option_2;
    if (option_3 >= 0) s->option_3 = option_3;
    if (gs1) s->input_mode = GS1_MODE;
    int rc = ZBarcode_Encode(s, data, length);
    int width = rc < ZINT_ERROR ? s->width : 0;
    ZBarcode_Delete(s);
    return width;
}
