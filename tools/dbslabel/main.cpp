// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The command line: parses options, hands them to the commands in lib/app, maps the result to
// an exit status (0 clean, 1 findings, 2 usage or input error).
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <iostream>

#include <dbslabel/error.hpp>
#include <dbslabel/profile_file.hpp>
#include <dbslabel/version.hpp>

#include "app/info_commands.hpp"
#include "app/records_command.hpp"
#include "app/text_command.hpp"
#include "text/lexicon_terms.hpp"

namespace po = boost::program_options;

namespace {

constexpr int exit_usage = 2;

struct command_help {
    const char* name;
    const char* synopsis;
    const char* description;
    const char* exit_status;
    const char* examples;
};

const char* const general_help =
    "NAME\n"
    "    dbslabel - find claims about deep brain stimulation for dystonia that go beyond its\n"
    "    labelling\n\n"
    "SYNOPSIS\n"
    "    dbslabel text    [options] [PATH...]   marketing copy: files, directories, - for stdin\n"
    "    dbslabel records [options] [PATH...]   patient or case records (CSV, JSONL, FHIR R4)\n"
    "    dbslabel rules   [options]             the rules: id, severity, clause, examples\n"
    "    dbslabel indication [options]          the encoded indication and policy values\n"
    "    dbslabel --version | --help\n\n"
    "    'dbslabel COMMAND --help' describes each command.\n\n"
    "EXIT STATUS\n"
    "    0 nothing at or above the fail level; 1 findings at or above it; 2 a usage error or\n"
    "    an input that could not be read.\n";

const command_help text_help = {
    "text", "dbslabel text [options] [PATH...]",
    "Checks marketing copy (web pages, brochures, press releases) for claims that go beyond\n"
    "    the indication of the profile: efficacy claims, ages under the minimum, secondary or\n"
    "    unlisted forms of dystonia, use before medication or in acute dystonia, safety and\n"
    "    regulatory overclaims, and a missing humanitarian device statement. PATH may be a\n"
    "    file, a directory (recursed in sorted order; .txt .md .markdown .html .htm files) or\n"
    "    - for standard input (the default when no PATH is given).",
    "    0  no finding at or above --fail-level\n"
    "    1  findings at or above --fail-level\n"
    "    2  a usage error, a broken profile, or an input that could not be read (every other\n"
    "       input is still checked and reported)",
    "    dbslabel text site/\n"
    "        Check every page of a site and print findings like a compiler.\n"
    "    dbslabel text --format json --fail-level error brochure.md > findings.json\n"
    "        Write JSON and fail only on errors."};

const command_help records_help = {
    "records", "dbslabel records [options] [PATH...]",
    "Judges patient or case records against the indication: seven criteria (diagnosis, age,\n"
    "    primary, subtype, chronic, refractory, consistency), each met, not_met or unknown with\n"
    "    its evidence, and a verdict (within, outside, insufficient). Reads CSV (.csv), JSON\n"
    "    Lines (.jsonl, .ndjson) and FHIR R4 Bundles or resources (.json). PATH may be a file,\n"
    "    a directory (recursed) or - for standard input. Every record read gets a verdict or\n"
    "    an input error with its line; the text output ends with that count.",
    "    0  no record finding at or above --fail-level\n"
    "    1  record-outside (error) or record-insufficient (warning) findings at or above it\n"
    "    2  a usage error, or a record or input that could not be read (all others are still\n"
    "       judged and reported)",
    "    dbslabel records --as-of 2026-06-01 export.csv\n"
    "        Judge a registry export as of a date.\n"
    "    dbslabel records --format json --fail-level none bundle.json > verdicts.json\n"
    "        Write every verdict with its criteria as JSON."};

const command_help rules_help = {
    "rules", "dbslabel rules [--format text|json] [--lexicon [--profile FILE|NAME]]",
    "Prints every rule: its id, default severity, the clause of the indication it rests on,\n"
    "    one line of description, a violating example and its compliant counterpart. With\n"
    "    --lexicon, prints instead every literal term of the profile's vocabularies, one a line\n"
    "    (the list a plain multi-string search such as 'rg -F -f' would look for).",
    "    0  always, unless a usage error (2)",
    "    dbslabel rules\n"
    "        List the rules.\n"
    "    dbslabel rules --format json | jq '.rules[].id'\n"
    "        The rule ids, for a dashboard.\n"
    "    dbslabel rules --lexicon > terms.txt\n"
    "        The vocabulary as search terms."};

const command_help indication_help = {
    "indication", "dbslabel indication [--profile FILE|NAME] [--format text|json]",
    "Prints the indication the checks use: the labelling, its clauses with their text, and\n"
    "    the values the checks depend on (minimum ages, listed subtypes, whether effectiveness\n"
    "    is demonstrated, the required statement, the therapy names, and the policy values\n"
    "    chronic_months and failed_trials), each with where it came from (built-in or the\n"
    "    file, line and column of a profile).",
    "    0  printed\n"
    "    2  a usage error or a broken profile (the message names file:line:column)",
    "    dbslabel indication\n"
    "        The built-in HDE labelling and its default policy values.\n"
    "    dbslabel indication --profile clinic.toml --format json\n"
    "        A user's profile (for example base = \"dystonia-pma\") as JSON."};

void print_help(const command_help& h, const po::options_description& opts) {
    std::cout << "NAME\n    dbslabel " << h.name << "\n\nSYNOPSIS\n    " << h.synopsis
              << "\n\nDESCRIPTION\n    " << h.description << "\n\nOPTIONS\n"
              << opts << "\nEXIT STATUS\n"
              << h.exit_status << "\n\nEXAMPLES\n"
              << h.examples << '\n';
}

po::options_description common_options() {
    po::options_description o("Common options");
    o.add_options()                                                 //
        ("help,h", "print this help and exit")                      //
        ("quiet,q", "print no diagnostics on stderr, only errors")  //
        ("verbose,v", "print progress and details on stderr");
    return o;
}

void setup_logging(const po::variables_map& vm) {
    auto logger = spdlog::stderr_color_mt("dbslabel");
    logger->set_pattern("dbslabel: %^%l%$: %v");
    spdlog::set_default_logger(logger);
    if (vm.count("quiet"))
        spdlog::set_level(spdlog::level::err);
    else if (vm.count("verbose"))
        spdlog::set_level(spdlog::level::debug);
    else
        spdlog::set_level(spdlog::level::warn);
}

po::variables_map parse(const std::vector<std::string>& args, const po::options_description& all,
                        const po::positional_options_description* positional) {
    po::variables_map vm;
    po::command_line_parser parser(args);
    parser.options(all);
    if (positional) parser.positional(*positional);
    po::store(parser.run(), vm);
    po::notify(vm);
    return vm;
}

// The options both checks take.
void add_check_options(po::options_description& opts, std::string& format, std::string& fail_level,
                       std::string& profile, std::string& color) {
    opts.add_options()  //
        ("format,f", po::value(&format)->default_value("text"),
         "output: text, json, jsonl (one object a line), sarif (SARIF 2.1.0), github "
         "(workflow commands), html (reviewer report)")  //
        ("fail-level", po::value(&fail_level)->default_value("warning"),
         "what makes the exit status 1: error, warning or none")  //
        ("profile,p", po::value(&profile),
         "a profile TOML file, or a built-in name (dystonia-hde, dystonia-pma); default "
         "dystonia-hde")  //
        ("color", po::value(&color)->default_value("auto"),
         "colour in the text format: auto (on a terminal), always, never");
}

// Parses options plus any number of PATH arguments into `paths`.
po::variables_map parse_with_paths(const std::vector<std::string>& args,
                                   const po::options_description& opts,
                                   std::vector<std::string>& paths) {
    po::options_description hidden;
    hidden.add_options()("path", po::value(&paths));
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("path", -1);
    return parse(args, all, &pos);
}

bool want_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    if (mode != "auto") throw dbslabel::usage_error("unknown --color '" + mode + "'");
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

int cmd_text(const std::vector<std::string>& args) {
    dbslabel::detail::text_options o;
    std::string color = "auto";
    po::options_description opts = common_options();
    add_check_options(opts, o.format, o.fail_level, o.profile, color);
    opts.add_options()  //
        ("input-format", po::value(&o.input_format)->default_value("auto"),
         "auto (by extension: .md .markdown Markdown, .html .htm HTML, else plain), plain, "
         "markdown or html")  //
        ("config", po::value(&o.config),
         "a .dbslabel.toml to use for every input instead of the nearest one")  //
        ("no-config", po::bool_switch(&o.no_config), "use no .dbslabel.toml")   //
        ("jobs,j", po::value(&o.jobs)->default_value(0),
         "threads to use (0: one per core); output is the same for every value");
    po::variables_map vm = parse_with_paths(args, opts, o.paths);
    if (vm.count("help")) {
        print_help(text_help, opts);
        return 0;
    }
    setup_logging(vm);
    if (vm["fail-level"].defaulted()) o.fail_level.clear();  // a .dbslabel.toml may set it
    o.color = o.format == "text" && want_color(color);
    o.progress = isatty(STDERR_FILENO) && !vm.count("quiet");
    return dbslabel::detail::run_text(o, std::cout);
}

int cmd_records(const std::vector<std::string>& args) {
    dbslabel::detail::records_options o;
    std::string color = "auto";
    po::options_description opts = common_options();
    add_check_options(opts, o.format, o.fail_level, o.profile, color);
    opts.add_options()  //
        ("input-format", po::value(&o.input_format)->default_value("auto"),
         "auto (by extension: .csv CSV, .jsonl .ndjson JSON Lines, .json FHIR R4), csv, jsonl "
         "or fhir")  //
        ("as-of", po::value(&o.as_of),
         "YYYY-MM-DD: the reference date for records that give none (default: today)");
    po::variables_map vm = parse_with_paths(args, opts, o.paths);
    if (vm.count("help")) {
        print_help(records_help, opts);
        return 0;
    }
    setup_logging(vm);
    o.color = o.format == "text" && want_color(color);
    o.progress = isatty(STDERR_FILENO) && !vm.count("quiet");
    return dbslabel::detail::run_records(o, std::cout, std::cerr);
}

int cmd_rules(const std::vector<std::string>& args) {
    std::string format, profile_arg;
    po::options_description opts = common_options();
    opts.add_options()                                                           //
        ("format,f", po::value(&format)->default_value("text"), "text or json")  //
        ("lexicon", "print the vocabulary's literal terms, one a line")          //
        ("profile,p", po::value(&profile_arg),
         "with --lexicon: a profile TOML file or built-in name (adds its names)");
    po::variables_map vm = parse(args, opts, nullptr);
    if (vm.count("help")) {
        print_help(rules_help, opts);
        return 0;
    }
    setup_logging(vm);
    if (vm.count("lexicon")) {
        const dbslabel::profile p = profile_arg.empty() ? dbslabel::builtin_profile()
                                                        : dbslabel::resolve_profile(profile_arg);
        for (const std::string& term : dbslabel::detail::lexicon_terms(p))
            std::cout << term << '\n';
        return 0;
    }
    return dbslabel::detail::run_rules(format, std::cout);
}

int cmd_indication(const std::vector<std::string>& args) {
    std::string format, profile_arg;
    po::options_description opts = common_options();
    opts.add_options()                                                           //
        ("format,f", po::value(&format)->default_value("text"), "text or json")  //
        ("profile,p", po::value(&profile_arg),
         "a profile TOML file, or a built-in name; default dystonia-hde");
    po::variables_map vm = parse(args, opts, nullptr);
    if (vm.count("help")) {
        print_help(indication_help, opts);
        return 0;
    }
    setup_logging(vm);
    const dbslabel::profile p =
        profile_arg.empty() ? dbslabel::builtin_profile() : dbslabel::resolve_profile(profile_arg);
    return dbslabel::detail::run_indication(p, format, std::cout);
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << "dbslabel: no command given (text, records, rules, indication); try "
                     "'dbslabel --help'\n";
        return exit_usage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        if (command == "--version" || command == "-V") {
            std::cout << "dbslabel " << dbslabel::version_string << '\n';
            return 0;
        }
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << general_help;
            return 0;
        }
        if (command == "text") return cmd_text(args);
        if (command == "records") return cmd_records(args);
        if (command == "rules") return cmd_rules(args);
        if (command == "indication") return cmd_indication(args);
        std::cerr << "dbslabel: unknown command '" << command
                  << "' (text, records, rules, indication)\n";
        return exit_usage;
    } catch (const po::error& e) {
        std::cerr << "dbslabel " << command << ": " << e.what() << '\n';
        return exit_usage;
    } catch (const dbslabel::error& e) {
        std::cerr << "dbslabel: " << e.what() << '\n';
        return exit_usage;
    } catch (const std::exception& e) {
        std::cerr << "dbslabel: internal error: " << e.what() << '\n';
        return exit_usage;
    }
}
