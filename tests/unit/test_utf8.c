/*
 * test_utf8.c -- the UTF-8 checker and decoder: byte-order marks, NUL
 * bytes, and each kind of invalid sequence counted as Unicode's maximal
 * subparts, with the offset of the first.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "text.h"

typedef struct result {
    int rc;
    uint64_t body_start, n_invalid, first_invalid;
    char err[256];
} result;

static result check(const char *bytes, size_t n)
{
    result r;
    rp_docbuf d;
    rp_docbuf_init(&d);
    d.doc.text = bytes;
    d.doc.len = n;
    r.err[0] = '\0';
    r.rc = rp_utf8_check(&d, r.err, sizeof r.err);
    r.body_start = d.body_start;
    r.n_invalid = d.n_invalid;
    r.first_invalid = d.first_invalid;
    rp_docbuf_free(&d);
    return r;
}
#define CHECK(lit) check(lit, sizeof(lit) - 1)

static void valid_text_has_nothing_invalid(void **state)
{
    (void)state;
    result r = CHECK("Côte d’Ivoire, 世界, пра́ва, 😀 and plain ASCII long enough for words");
    assert_int_equal(r.rc, 0);
    assert_int_equal(r.n_invalid, 0);
    assert_int_equal(r.body_start, 0);
    r = CHECK("");
    assert_int_equal(r.rc, 0);
    assert_int_equal(r.n_invalid, 0);
}

static void utf8_bom_is_skipped(void **state)
{
    (void)state;
    result r = CHECK("\xEF\xBB\xBFReport of the Secretary-General");
    assert_int_equal(r.rc, 0);
    assert_int_equal(r.body_start, 3);
    assert_int_equal(r.n_invalid, 0);
}

static void utf16_and_utf32_boms_are_refused(void **state)
{
    (void)state;
    result r = CHECK("\xFF\xFER\0e\0p\0");
    assert_int_equal(r.rc, -1);
    assert_non_null(strstr(r.err, "UTF-16LE"));
    assert_non_null(strstr(r.err, "iconv -f UTF-16 -t UTF-8"));
    r = CHECK("\xFE\xFF\0R\0e");
    assert_int_equal(r.rc, -1);
    assert_non_null(strstr(r.err, "UTF-16BE"));
    r = CHECK("\xFF\xFE\0\0R\0\0\0");
    assert_int_equal(r.rc, -1);
    assert_non_null(strstr(r.err, "UTF-32LE"));
    assert_non_null(strstr(r.err, "iconv -f UTF-32"));
    r = CHECK("\0\0\xFE\xFF\0\0\0R");
    assert_int_equal(r.rc, -1);
    assert_non_null(strstr(r.err, "UTF-32BE"));
}

static void nul_bytes_are_binary(void **state)
{
    (void)state;
    result r = CHECK("text then a NUL here:\0 and more text after it");
    assert_int_equal(r.rc, -1);
    assert_non_null(strstr(r.err, "byte 21"));
    assert_non_null(strstr(r.err, "NUL"));
    assert_null(strstr(r.err, "UTF-16"));
    /* UTF-16 without a byte-order mark: a NUL in every other byte */
    r = CHECK("R\0e\0p\0o\0r\0t\0 \0o\0f\0 \0t\0h\0e\0");
    assert_int_equal(r.rc, -1);
    assert_non_null(strstr(r.err, "byte 1:"));
    assert_non_null(strstr(r.err, "UTF-16 without a byte-order mark"));
}

static void stray_continuation_bytes(void **state)
{
    (void)state;
    result r = CHECK("ab\x80" "cd");
    assert_int_equal(r.rc, 0);
    assert_int_equal(r.n_invalid, 1);
    assert_int_equal(r.first_invalid, 2);
    r = CHECK("x\x80\xBF\x9Fy"); /* three strays: three maximal subparts */
    assert_int_equal(r.n_invalid, 3);
    assert_int_equal(r.first_invalid, 1);
}

static void overlong_forms(void **state)
{
    (void)state;
    result r = CHECK("a\xC0\xAF"); /* C0 never leads; AF is then a stray */
    assert_int_equal(r.n_invalid, 2);
    assert_int_equal(r.first_invalid, 1);
    r = CHECK("\xE0\x80\xAF"); /* E0 80 is not a valid prefix */
    assert_int_equal(r.n_invalid, 3);
    assert_int_equal(r.first_invalid, 0);
    r = CHECK("\xF0\x80\x80\xAF");
    assert_int_equal(r.n_invalid, 4);
}

static void surrogates_and_out_of_range(void **state)
{
    (void)state;
    result r = CHECK("ok \xED\xA0\x80 ok"); /* U+D800 */
    assert_int_equal(r.n_invalid, 3);
    assert_int_equal(r.first_invalid, 3);
    r = CHECK("\xF4\x90\x80\x80"); /* U+110000 */
    assert_int_equal(r.n_invalid, 4);
    r = CHECK("\xF5\x80"); /* F5 can never lead */
    assert_int_equal(r.n_invalid, 2);
    r = CHECK("\xFF");
    assert_int_equal(r.n_invalid, 1);
}

static void sequences_cut_short(void **state)
{
    (void)state;
    result r = CHECK("the euro sign \xE2\x82"); /* cut at end of file */
    assert_int_equal(r.rc, 0);
    assert_int_equal(r.n_invalid, 1);
    assert_int_equal(r.first_invalid, 14);
    r = CHECK("\xF0\x9F\x98"); /* three of four bytes: one maximal subpart */
    assert_int_equal(r.n_invalid, 1);
    r = CHECK("\xE2\x82" "A\xE2\x82\xAC"); /* cut by an ASCII byte, then a good euro sign */
    assert_int_equal(r.n_invalid, 1);
    assert_int_equal(r.first_invalid, 0);
}

static void invalid_after_long_ascii_run(void **state)
{
    (void)state;
    /* the 8-bytes-at-a-time fast path must not skip the bad byte */
    result r = CHECK("0123456789abcdef0123456789abcdef\x80xyz");
    assert_int_equal(r.n_invalid, 1);
    assert_int_equal(r.first_invalid, 32);
}

static void decode_gives_code_points(void **state)
{
    (void)state;
    int32_t cp = 0;
    assert_int_equal(rp_utf8_decode((const unsigned char *)"A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(rp_utf8_decode((const unsigned char *)"\xC3\xB4", 2, &cp), 2);
    assert_int_equal(cp, 0xF4); /* ô */
    assert_int_equal(rp_utf8_decode((const unsigned char *)"\xE2\x80\x99", 3, &cp), 3);
    assert_int_equal(cp, 0x2019);
    assert_int_equal(rp_utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(rp_utf8_decode((const unsigned char *)"\xF4\x8F\xBF\xBF", 4, &cp), 4);
    assert_int_equal(cp, 0x10FFFF);
    /* invalid: 0, and rp_utf8_invalid_len says how much to skip */
    assert_int_equal(rp_utf8_decode((const unsigned char *)"\xE2\x80\x99", 2, &cp), 0);
    assert_int_equal(rp_utf8_invalid_len((const unsigned char *)"\xE2\x80\x99", 2), 2);
    assert_int_equal(rp_utf8_decode((const unsigned char *)"\xC0\x80", 2, &cp), 0);
    assert_int_equal(rp_utf8_invalid_len((const unsigned char *)"\xC0\x80", 2), 1);
    assert_int_equal(rp_utf8_invalid_len((const unsigned char *)"\xF0\x9F\x98" "A", 4), 3);
    assert_int_equal(rp_utf8_invalid_len((const unsigned char *)"\xED\xA0\x80", 3), 1);
    assert_int_equal(rp_utf8_decode((const unsigned char *)"", 0, &cp), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_text_has_nothing_invalid),
        cmocka_unit_test(utf8_bom_is_skipped),
        cmocka_unit_test(utf16_and_utf32_boms_are_refused),
        cmocka_unit_test(nul_bytes_are_binary),
        cmocka_unit_test(stray_continuation_bytes),
        cmocka_unit_test(overlong_forms),
        cmocka_unit_test(surrogates_and_out_of_range),
        cmocka_unit_test(sequences_cut_short),
        cmocka_unit_test(invalid_after_long_ascii_run),
        cmocka_unit_test(decode_gives_code_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
