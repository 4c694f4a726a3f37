// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// What a referral system does before it sends a DBS referral: build the patient from its own
// data, assess it against the built-in indication, and show which criteria fail and why.
#include <iostream>

#include <dbslabel/dbslabel.hpp>

int main() {
    dbslabel::patient p;
    p.id = "REF-2026-0042";
    p.birth_date = dbslabel::partial_date{2020, 9, 14};  // 5 years old on the referral date
    p.reference_date = dbslabel::date{2026, 3, 2};       // the referral
    p.diagnosis_codes = {dbslabel::parse_code("icd10cm:G24.1"), dbslabel::parse_code("G80.3")};
    p.distribution = dbslabel::distribution_kind::generalized;
    p.onset_date = dbslabel::partial_date{2023, 5, 0};  // May 2023, day not recorded
    p.medications = {{"trihexyphenidyl", true, "not tolerated"}, {"baclofen", false, ""}};

    const dbslabel::profile indication = dbslabel::builtin_profile();
    const dbslabel::assessment a = dbslabel::assess(p, indication, dbslabel::date{2026, 6, 1});

    std::cout << p.id << ": " << dbslabel::to_string(a.result) << " (judged at "
              << dbslabel::to_string(a.reference_date) << ")\n";
    for (const dbslabel::criterion_result& c : a.criteria) {
        if (c.status == dbslabel::criterion_status::met) continue;
        std::cout << "  " << dbslabel::to_string(c.name) << ' ' << dbslabel::to_string(c.status)
                  << ": " << c.evidence << '\n';
    }
    return a.result == dbslabel::verdict::within ? 0 : 1;
}
