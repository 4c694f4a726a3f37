// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// dbslabel.h compiles as C++ (with the project's warnings) and links against libdbslabel.so.
#include <dbslabel/dbslabel.h>

#include <cstdio>
#include <cstring>

int main() {
    dbslabel_checker* checker = nullptr;
    if (dbslabel_checker_new(nullptr, &checker, nullptr) != DBSLABEL_OK) return 1;
    const char copy[] = "DBS is painless.";
    dbslabel_findings* found = nullptr;
    const dbslabel_status st =
        dbslabel_check(checker, copy, std::strlen(copy), DBSLABEL_INPUT_PLAIN, nullptr, &found);
    const std::size_t n = dbslabel_findings_count(found);
    dbslabel_findings_free(found);
    dbslabel_checker_free(checker);
    std::printf("dbslabel %s from C++: %zu findings\n", dbslabel_version(), n);
    return st == DBSLABEL_OK && n > 0 ? 0 : 1;
}
