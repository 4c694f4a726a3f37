# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
#
# The fuzz property checks as a library, used by the fuzz targets and by dbslabel_tests (which
# replays committed crashers through them). Included from fuzz/ and tests/, defined once.
include_guard(GLOBAL)
add_library(dbslabel_fuzz_checks STATIC
  ${PROJECT_SOURCE_DIR}/fuzz/checks_common.cpp ${PROJECT_SOURCE_DIR}/fuzz/checks_text.cpp
  ${PROJECT_SOURCE_DIR}/fuzz/checks_records.cpp ${PROJECT_SOURCE_DIR}/fuzz/checks_profile.cpp
  ${PROJECT_SOURCE_DIR}/fuzz/checks_run.cpp)
target_link_libraries(dbslabel_fuzz_checks PUBLIC dbslabel::dbslabel PRIVATE dbslabel_warnings)
target_include_directories(dbslabel_fuzz_checks
  PUBLIC ${PROJECT_SOURCE_DIR}/fuzz ${PROJECT_SOURCE_DIR}/lib)
