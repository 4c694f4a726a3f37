// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT
#include <dbslabel/dbslabel.hpp>
#include <iostream>

int main() {
    const dbslabel::profile p = dbslabel::builtin_profile("dystonia-hde");
    const dbslabel::text_checker checker(p);
    const auto findings = checker.check("Deep brain stimulation is risk-free.");
    std::cout << "dbslabel " << dbslabel::version_string << " profile " << p.name << " min age "
              << p.min_age_years << " findings " << findings.size() << '\n';
    return findings.empty() ? 1 : 0;
}
