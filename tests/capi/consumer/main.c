/* dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
 * SPDX-License-Identifier: MIT */
#include <dbslabel/dbslabel.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    const char* copy = "DBS is completely safe for toddlers.";
    dbslabel_checker* checker = NULL;
    dbslabel_findings* found = NULL;
    if (dbslabel_checker_new(NULL, &checker, NULL) != DBSLABEL_OK) return 1;
    if (dbslabel_check(checker, copy, strlen(copy), DBSLABEL_INPUT_PLAIN, NULL, &found) !=
        DBSLABEL_OK)
        return 1;
    printf("libdbslabel %s profile %s findings %zu\n", dbslabel_version(),
           dbslabel_checker_profile_name(checker), dbslabel_findings_count(found));
    dbslabel_findings_free(found);
    dbslabel_checker_free(checker);
    return 0;
}
