// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Reads what the built-in profiles allow, using the header-only core alone.
#include <dbslabel/profile.hpp>
#include <iostream>

int main() {
    for (const std::string& name : dbslabel::builtin_profile_names()) {
        const dbslabel::profile p = dbslabel::builtin_profile(name);
        std::cout << p.name << ": minimum age " << p.min_age_years;
        for (const dbslabel::subtype_age& a : p.subtype_ages)
            std::cout << ", " << a.subtype << " from " << a.min_age_years;
        std::cout << "; subtypes:";
        for (const std::string& s : p.subtypes) std::cout << ' ' << s;
        std::cout << "; chronic after " << p.chronic_months << " months (policy)\n";
    }
}
