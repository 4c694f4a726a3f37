# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
#
# Hostile input (issue 6): the CLI fault tests, one or more per category of CONTRACT.md's input
# faults, each asserting the exit status, the message naming the path (and line), and that the
# other inputs' results are still there; the fuzz crasher replay and the resource-limit and
# accounting unit tests (tests/test_faults*.cpp, test_regression_fuzz.cpp, test_accounting*.cpp,
# which are part of dbslabel_tests).
set(FD ${CMAKE_CURRENT_SOURCE_DIR}/data/faults)
set(FW ${CMAKE_CURRENT_BINARY_DIR}/faults)

# The crasher replay in dbslabel_tests uses the fuzz property checks.
include(${PROJECT_SOURCE_DIR}/fuzz/checks.cmake)
target_link_libraries(dbslabel_tests PRIVATE dbslabel_fuzz_checks)
target_compile_definitions(dbslabel_tests PRIVATE
  DBSLABEL_FUZZ_DIR="${PROJECT_SOURCE_DIR}/fuzz")

if(NOT DBSLABEL_BUILD_TOOLS)
  return()
endif()

add_test(NAME faults.setup COMMAND ${CMAKE_COMMAND} -DDATA=${FD} -DWORKDIR=${FW}
  -P ${FD}/make_fixtures.cmake)
set_tests_properties(faults.setup PROPERTIES FIXTURES_SETUP faults_fixtures LABELS faults)

# dbslabel_fault(NAME STATUS [ERR re] [OUT re] [OUT2 re] [NOT_OUT re] ARGS args...)
function(dbslabel_fault name status)
  cmake_parse_arguments(F "" "ERR;OUT;OUT2;NOT_OUT" "ARGS" ${ARGN})
  set(defs)
  foreach(k ERR OUT OUT2 NOT_OUT)
    if(DEFINED F_${k})
      list(APPEND defs "-D${k}=${F_${k}}")
    endif()
  endforeach()
  add_test(NAME faults.${name}
    COMMAND ${CMAKE_COMMAND} -DBIN=$<TARGET_FILE:dbslabel_cli> -DSTATUS=${status}
            -DDATA=${FD} -DWORKDIR=${FW} ${defs} "-DARGS=${F_ARGS}"
            -P ${FD}/run_fault.cmake)
  set_tests_properties(faults.${name} PROPERTIES LABELS faults SKIP_REGULAR_EXPRESSION "SKIPPED:"
    FIXTURES_REQUIRED faults_fixtures)
endfunction()

# What a finding for good.md and a record of good.csv look like in --format json.
set(GOOD_MD "\"path\": ?\"[^\"]*good\\.md\"")
set(GOOD1 "\"id\": ?\"GOOD1\"")
set(GOOD2 "\"id\": ?\"GOOD2\"")

# --- text ----------------------------------------------------------------------------------
dbslabel_fault(text.missing_path 2 ERR "missing\\.md: no such file" OUT "${GOOD_MD}"
  ARGS text --format json ${FD}/missing.md ${FD}/good.md)
dbslabel_fault(text.unreadable_path 2 ERR "(unreadable\\.md|/proc/self/mem): (cannot|read error)"
  OUT "${GOOD_MD}" ARGS text --format json --input-format markdown @UNREADABLE@ ${FD}/good.md)
dbslabel_fault(text.symlink_loop_dir 1 OUT "${GOOD_MD}" NOT_OUT "\\{ ?\"path\""
  ARGS text --format json ${FW}/loopdir)
dbslabel_fault(text.symlink_loop_named 2 ERR "loop1\\.md: [^\n]*symbolic links"
  OUT "${GOOD_MD}" ARGS text --format json ${FW}/loop1.md ${FD}/good.md)
dbslabel_fault(text.binary_file 2 ERR "binary\\.txt: looks binary" OUT "${GOOD_MD}"
  ARGS text --format json ${FD}/binary.txt ${FD}/good.md)
# A stray NUL does not make a file binary: it is checked, and positions count it as a byte.
dbslabel_fault(text.nul_bytes 1
  OUT "\"path\": ?\"[^\"]*nul\\.txt\", ?\"line\": ?2, ?\"column\": ?[0-9]+"
  OUT2 "\"excerpt\": ?\"[^\"]*toddlers\"" ARGS text --format json ${FD}/nul.txt)
# Invalid bytes count one column each: 'toddlers' is at line 2, column 21, byte 33.
dbslabel_fault(text.invalid_utf8 1
  OUT "\"line\": ?2, ?\"column\": ?[0-9]+, ?\"end_line\": ?2, ?\"end_column\": ?28, ?\"offset\": ?[0-9]+, ?\"length\": ?[0-9]+, ?\"excerpt\": ?\"[^\"]*toddlers\""
  ARGS text --format json ${FD}/invalid-utf8.txt)
dbslabel_fault(text.utf16_bom 2 ERR "utf16\\.md: is UTF-16" OUT "${GOOD_MD}"
  ARGS text --format json ${FD}/utf16.md ${FD}/good.md)
dbslabel_fault(text.empty_file 1 OUT "${GOOD_MD}" NOT_OUT "empty\\.md\", ?\"line\""
  ARGS text --format json ${FD}/empty.md ${FD}/good.md)
dbslabel_fault(text.unterminated_fence 1 OUT "\"line\": ?3," NOT_OUT "infants"
  ARGS text --format json ${FD}/unterminated-fence.md)
dbslabel_fault(text.unterminated_comment 1 OUT "\"line\": ?1," NOT_OUT "cures"
  ARGS text --format json ${FD}/unterminated-comment.html)
# 100k nested <blockquote> (made by make_fixtures.cmake) took 42 s in gumbo: nesting past 512
# elements is flattened, and the claims inside, in text and in a title, are still found.
dbslabel_fault(text.deep_nesting 1
  OUT "\"path\": ?\"[^\"]*deep\\.html\", ?\"line\": ?100002,[^\n]*\"excerpt\": ?\"toddlers\""
  OUT2 "\"path\": ?\"[^\"]*deep\\.html\", ?\"line\": ?100003,[^\n]*\"excerpt\": ?\"Toddlers\""
  ARGS text --format json ${FW}/deep.html ${FD}/good.md)
set_tests_properties(faults.text.deep_nesting PROPERTIES TIMEOUT 30)

# --- records -------------------------------------------------------------------------------
dbslabel_fault(records.missing_path 2 ERR "missing\\.csv: [^\n]*no such file" OUT "${GOOD1}"
  OUT2 "${GOOD2}" ARGS records --format json --as-of 2024-06-01 ${FD}/good.csv ${FD}/missing.csv)
dbslabel_fault(records.unreadable_path 2 ERR "(unreadable\\.md|/proc/self/mem)[^\n]*(cannot|read error)"
  OUT "${GOOD1}" OUT2 "${GOOD2}"
  ARGS records --format json --as-of 2024-06-01 --input-format csv @UNREADABLE@ ${FD}/good.csv)
dbslabel_fault(records.binary_file 2 ERR "binary\\.csv(:[0-9]+)?: error: " OUT "${GOOD1}"
  OUT2 "${GOOD2}" ARGS records --format json --as-of 2024-06-01 ${FD}/binary.csv ${FD}/good.csv)
dbslabel_fault(records.nul_bytes 2 ERR "nul\\.csv:3: error: birth_date" OUT "\"id\": ?\"Z1\""
  OUT2 "\"id\": ?\"Z3\"" ARGS records --format json --as-of 2024-06-01 ${FD}/nul.csv)
dbslabel_fault(records.jsonl_nul_bytes 2 ERR "nul\\.jsonl:2: error: " OUT "\"id\": ?\"Y1\""
  OUT2 "\"id\": ?\"Y3\"" ARGS records --format json --as-of 2024-06-01 ${FD}/nul.jsonl)
dbslabel_fault(records.invalid_utf8 0 OUT "\"id\": ?\"V\\\\ufffd1\"|\"id\": ?\"V\\\\u00ff1\"|\"id\": ?\"V.1\""
  OUT2 "\"id\": ?\"V2\"" ARGS records --format json --fail-level none --as-of 2024-06-01 ${FD}/invalid-utf8.csv)
dbslabel_fault(records.utf16_bom 2 ERR "utf16\\.csv: [^\n]*UTF-16" OUT "${GOOD1}"
  ARGS records --format json --as-of 2024-06-01 ${FD}/utf16.csv ${FD}/good.csv)
dbslabel_fault(records.empty_files 0 OUT "${GOOD1}" OUT2 "${GOOD2}"
  ARGS records --format json --fail-level none --as-of 2024-06-01 ${FD}/empty.csv
       ${FD}/empty.jsonl ${FD}/good.csv)
dbslabel_fault(records.truncated_jsonl 2 ERR "truncated\\.jsonl:2: error: not JSON"
  OUT "\"id\": ?\"T1\"" OUT2 "\"id\": ?\"T3\""
  ARGS records --format json --as-of 2024-06-01 ${FD}/truncated.jsonl)
dbslabel_fault(records.truncated_fhir 2 ERR "truncated\\.json: error: " OUT "${GOOD1}"
  ARGS records --format json --as-of 2024-06-01 ${FD}/truncated.json ${FD}/good.csv)
dbslabel_fault(records.unterminated_quote 2
  ERR "unterminated-quote\\.csv:3: error: a quote that is never closed"
  OUT "\"id\": ?\"Q1\"" OUT2 "\"id\": ?\"Q3\""
  ARGS records --format json --as-of 2024-06-01 ${FD}/unterminated-quote.csv)
dbslabel_fault(records.impossible_dates 2
  ERR "dates\\.csv:2: error: birth_date '2024-02-30' is not a date.*dates\\.csv:3: error: birth_date '0000-00-00' is not a date.*dates\\.csv:4: error: onset_date '2019-02-29' is not a date"
  OUT "\"id\": ?\"D4\"" ARGS records --format json --as-of 2024-06-01 ${FD}/dates.csv)
# NaN and 1e309 are no numbers; a negative age or duration is read and judged outside the
# indication (its consistency criterion not met), so it keeps its verdict at its line.
dbslabel_fault(records.absurd_numbers_csv 2
  ERR "numbers\\.csv:2: error: age_years 'NaN' is not a number.*numbers\\.csv:3: error: age_years '1e309' is not a number"
  OUT "\"line\": ?4, ?\"verdict\": ?\"outside\"[^\n]*age_years -4 is negative"
  OUT2 "\"id\": ?\"N4\"" ARGS records --format json --as-of 2024-06-01 ${FD}/numbers.csv)
dbslabel_fault(records.absurd_numbers_jsonl 2
  ERR "numbers\\.jsonl:1: error: age_years 'NaN' is not a number.*numbers\\.jsonl:2: error: not JSON"
  OUT "\"line\": ?3, ?\"verdict\": ?\"outside\"[^\n]*age_years -4 is negative"
  OUT2 "\"id\": ?\"J4\"" ARGS records --format json --as-of 2024-06-01 ${FD}/numbers.jsonl)
dbslabel_fault(records.symlink_loop_dir 0 ARGS records --format json --as-of 2024-06-01 ${FW}/loopdir)

# --- flags, profiles, configs ----------------------------------------------------------------
dbslabel_fault(flags.unknown_option 2 ERR "unrecogni[sz]ed option" ARGS text --bogus ${FD}/good.md)
dbslabel_fault(flags.bad_jobs 2 ERR "jobs" ARGS text --jobs many ${FD}/good.md)
dbslabel_fault(flags.bad_as_of 2 ERR "--as-of '2024-02-30' is not a date"
  ARGS records --as-of 2024-02-30 ${FD}/good.csv)
dbslabel_fault(flags.bad_records_format 2 ERR "unknown --input-format 'xml'"
  ARGS records --input-format xml ${FD}/good.csv)
dbslabel_fault(flags.bad_text_format 2 ERR "unknown --input-format 'rtf'"
  ARGS text --input-format rtf ${FD}/good.md)
dbslabel_fault(profile.broken_text 2 ERR "broken-profile\\.toml:[0-9]+:[0-9]+: "
  ARGS text --profile ${FD}/broken-profile.toml ${FD}/good.md)
dbslabel_fault(profile.broken_records 2 ERR "broken-profile\\.toml:[0-9]+:[0-9]+: "
  ARGS records --profile ${FD}/broken-profile.toml ${FD}/good.csv)
dbslabel_fault(config.broken 2 ERR "\\.dbslabel\\.toml:2:[0-9]+: " ARGS text ${FD}/config/page.md)

# --- resources and accounting ------------------------------------------------------------------
# Pathological inputs (50 MB lines, 100k nested tags, 10k brackets) must finish: generous
# timeouts, never timed asserts.
add_test(NAME faults.limits COMMAND dbslabel_tests "[limits]")
set_tests_properties(faults.limits PROPERTIES LABELS "faults;slow" TIMEOUT 1500)
add_test(NAME faults.fuzz_regressions COMMAND dbslabel_tests "[fuzz-regression]")
set_tests_properties(faults.fuzz_regressions PROPERTIES LABELS faults TIMEOUT 600)
add_test(NAME faults.accounting_1m COMMAND dbslabel_tests "[accounting-1m]")
set_tests_properties(faults.accounting_1m PROPERTIES LABELS "faults;slow" TIMEOUT 1800)
