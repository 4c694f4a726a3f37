// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// The record fields of CONTRACT.md "Records input" and their conversion from text, shared by
// the CSV and JSON Lines readers. A value that cannot be read (a bad date, a non-numeric age)
// makes the whole record an input error; the builder keeps the first such message.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <dbslabel/patient.hpp>

namespace dbslabel::detail {

enum class field_id {
    id,
    birth_date,
    age_years,
    reference_date,
    diagnosis_codes,
    etiology,
    distribution,
    focal_site,
    onset_date,
    duration_months,
    failed_medications,
    drug_refractory,
    dbs_claimed,
};

/// The field a column or key names (trimmed, case-insensitive), or nullopt for an unknown one.
std::optional<field_id> field_by_name(std::string_view name) noexcept;

/// The field's name as CONTRACT.md writes it.
std::string_view field_name(field_id f) noexcept;

/// True for the `;`-list fields (diagnosis_codes, failed_medications).
constexpr bool is_list_field(field_id f) noexcept {
    return f == field_id::diagnosis_codes || f == field_id::failed_medications;
}

/// Builds one patient from field values. Empty values are absent; list values are split on
/// `;`; every value and list item is trimmed. The first unreadable value sets error().
class patient_builder {
  public:
    /// Starts a new record.
    void reset();
    /// A text value for `f` (a CSV cell, a JSON string); lists are split on ';'.
    void set_text(field_id f, std::string_view value);
    /// A JSON number for `f`; `text` is how it is written (used by text fields such as id).
    void set_number(field_id f, double value, std::string_view text);
    /// One item of a JSON array for a list field (or a one-item array for another field).
    void add_item(field_id f, std::string_view item);
    /// A JSON true/false for `f` (meaningful for drug_refractory and dbs_claimed).
    void set_bool(field_id f, bool value);
    /// Records that `f` has a value of a type it cannot take (an object, say).
    void wrong_type(field_id f, std::string_view type);

    /// Finishes the record: checks the id. Returns false when the record is an input error.
    bool finish();
    const std::string& error() const noexcept { return error_; }
    patient& result() noexcept { return p_; }

  private:
    void fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
    }
    patient p_;
    std::string error_;
};

}  // namespace dbslabel::detail
