// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Checks one piece of marketing copy and prints each finding with the words it rests on: what a
// content-management system would run before publishing a page.
#include <dbslabel/dbslabel.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    std::string copy = "Deep brain stimulation helps children as young as four walk again.\n";
    dbslabel::input_format format = dbslabel::input_format::plain;
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        std::ostringstream buf;
        buf << in.rdbuf();
        copy = buf.str();
        format = dbslabel::format_for_path(argv[1]);
    }
    const dbslabel::text_checker checker(dbslabel::builtin_profile());
    for (const dbslabel::finding& f : checker.check(copy, format)) {
        std::cout << f.rule << " (" << f.clause << ") at " << f.where.line << ':' << f.where.column
                  << " '" << f.excerpt << "': " << f.message << '\n';
    }
}
