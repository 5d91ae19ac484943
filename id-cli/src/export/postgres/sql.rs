//! SQL text that is safe whatever the manifest and the command line hold: identifiers, string literals and
//! dollar-quoted function bodies.

/// Keywords that PostgreSQL (13 to 17) does not take as a plain identifier everywhere: the reserved, the
/// type-or-function-name and the column-name categories of `pg_get_keywords()`. A schema named after one is quoted,
/// as `quote_ident` does; an extra entry only quotes a name that did not need it.
const KEYWORDS: &str = "\
    all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both case \
    cast char character check coalesce collate collation column concurrently constraint create cross current_catalog \
    current_date current_role current_schema current_time current_timestamp current_user dec decimal default \
    deferrable desc distinct do else end except exists extract false fetch float for foreign freeze from full grant \
    greatest group grouping having ilike in initially inner inout int integer intersect interval into is isnull join \
    json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar json_serialize \
    json_table json_value lateral leading least left like limit localtime localtimestamp merge_action national \
    natural nchar none normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay \
    placing position precision primary real references returning right row select session_user setof similar \
    smallint some substring symmetric system_user table tablesample then time timestamp to trailing treat trim true \
    union unique user using values varchar variadic verbose when where window with xmlattributes xmlconcat \
    xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable";

/// PostgreSQL's limit on identifiers, in bytes; a longer one is silently truncated.
pub(crate) const MAX_IDENTIFIER: usize = 63;

/// `--schema NAME`, checked: any name PostgreSQL can create, which the script quotes when it must.
pub(crate) fn schema_name(name: &str) -> Result<String, String> {
    if name.is_empty() {
        return Err("the schema name is empty".to_owned());
    }
    if name.len() > MAX_IDENTIFIER {
        return Err(format!(
            "the schema name is {} bytes long; PostgreSQL allows at most {MAX_IDENTIFIER}",
            name.len()
        ));
    }
    if name.contains(char::is_control) {
        // PostgreSQL cannot store NUL, and a line break would end the script's comments that name the schema.
        return Err("the schema name contains a control character".to_owned());
    }
    if name.starts_with("pg_") {
        return Err(
            "names starting with `pg_` are reserved for PostgreSQL's own schemas".to_owned(),
        );
    }
    Ok(name.to_owned())
}

/// `name` as an SQL identifier: as it is when PostgreSQL reads it unchanged, else in double quotes.
pub(crate) fn ident(name: &str) -> String {
    let plain = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.split(' ').any(|keyword| keyword == name);
    if plain {
        name.to_owned()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// `text` as a string literal. With a backslash in it, an `E'…'` literal, which reads the same whatever
/// `standard_conforming_strings` says (as `quote_literal` does).
pub(crate) fn literal(text: &str) -> String {
    let quoted = text.replace('\'', "''");
    if text.contains('\\') {
        format!("E'{}'", quoted.replace('\\', "\\\\"))
    } else {
        format!("'{quoted}'")
    }
}

/// `body` between dollar quotes whose closing tag first appears where it is meant to: `$$` when possible.
pub(crate) fn dollar_quoted(body: &str) -> String {
    std::iter::once(String::new())
        .chain((0..).map(|n| format!("body{n}")))
        .map(|tag| format!("${tag}$"))
        .map(|delimiter| (format!("{delimiter}{body}{delimiter}"), delimiter))
        .find(|(quoted, delimiter)| {
            quoted[delimiter.len()..].find(delimiter.as_str()) == Some(body.len())
        })
        .map(|(quoted, _)| quoted)
        .unwrap_or_default()
}

/// Text for a `--` comment: line breaks become spaces.
pub(crate) fn comment_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keyword_list_is_one_word_per_space() {
        let words: Vec<&str> = KEYWORDS.split(' ').collect();
        assert!(
            words.len() > 150
                && words
                    .iter()
                    .all(|word| !word.is_empty() && !word.contains(char::is_whitespace))
        );
        assert!(words.contains(&"user") && words.contains(&"json_table"));
    }

    #[test]
    fn identifiers_are_quoted_only_when_needed() {
        assert_eq!(ident("ids"), "ids");
        assert_eq!(ident("_ids2"), "_ids2");
        assert_eq!(ident("user"), "\"user\"");
        assert_eq!(ident("Ids"), "\"Ids\"");
        assert_eq!(ident("2ids"), "\"2ids\"");
        assert_eq!(ident("my \"ids\""), "\"my \"\"ids\"\"\"");
        assert_eq!(ident("idé"), "\"idé\"");
    }

    #[test]
    fn literals_survive_quotes_and_backslashes() {
        assert_eq!(literal("it's"), "'it''s'");
        assert_eq!(literal(r"a\'b"), r"E'a\\''b'");
    }

    #[test]
    fn dollar_quotes_pick_an_unused_tag() {
        assert_eq!(dollar_quoted("SELECT 1"), "$$SELECT 1$$");
        assert_eq!(dollar_quoted("a $$ b"), "$body0$a $$ b$body0$");
        assert_eq!(dollar_quoted("$$ $body0$"), "$body1$$$ $body0$$body1$");
        assert_eq!(dollar_quoted("ends in $"), "$body0$ends in $$body0$");
    }

    #[test]
    fn schema_names_are_checked() {
        assert_eq!(schema_name("ids").unwrap(), "ids");
        assert_eq!(schema_name("My IDs").unwrap(), "My IDs");
        assert!(schema_name("").unwrap_err().contains("empty"));
        assert!(
            schema_name(&"a".repeat(64))
                .unwrap_err()
                .contains("64 bytes")
        );
        assert!(schema_name("pg_ids").unwrap_err().contains("`pg_`"));
        assert!(
            schema_name("a\nb")
                .unwrap_err()
                .contains("control character")
        );
    }
}
