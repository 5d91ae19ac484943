//! The SQL script being written: every function in one shape, `CREATE OR REPLACE` so that loading it again replaces
//! what it made before.

use super::sql::{dollar_quoted, ident, literal};

/// A function of the script. Each one is `IMMUTABLE STRICT PARALLEL SAFE`: it depends on its arguments only, gives
/// NULL for NULL, and may run in parallel workers, so indexes, generated columns and `CHECK` constraints can use it.
pub(crate) struct Function<'a> {
    /// Its name in the schema.
    pub(crate) name: &'a str,
    /// Parameter names and types. A parameter cannot be renamed by `CREATE OR REPLACE`, so these names are fixed.
    pub(crate) params: &'a [(&'a str, &'a str)],
    /// The return type.
    pub(crate) returns: &'a str,
    /// `sql` or `plpgsql`.
    pub(crate) language: &'a str,
    /// The body, each line ending in `\n`; `@schema@` stands for the schema.
    pub(crate) body: String,
    /// Its `COMMENT ON FUNCTION`, which `\df+` and database tools show.
    pub(crate) comment: String,
}

/// A script being written for one schema.
pub(crate) struct Script {
    schema: String,
    out: String,
}

impl Script {
    /// An empty script whose objects live in `schema` (unquoted).
    pub(crate) fn new(schema: &str) -> Script {
        Script {
            schema: ident(schema),
            out: String::new(),
        }
    }

    /// The script's text.
    pub(crate) fn finish(self) -> String {
        self.out
    }

    /// Text as it is.
    pub(crate) fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// `schema.name`, quoted as needed.
    pub(crate) fn qualified(&self, name: &str) -> String {
        format!("{}.{}", self.schema, ident(name))
    }

    /// `CREATE OR REPLACE FUNCTION` and its comment.
    pub(crate) fn function(&mut self, function: &Function<'_>) {
        let name = self.qualified(function.name);
        let params: Vec<String> = function
            .params
            .iter()
            .map(|(param, ty)| format!("{param} {ty}"))
            .collect();
        let types: Vec<&str> = function.params.iter().map(|(_, ty)| *ty).collect();
        let body = function.body.replace("@schema@", &self.schema);
        self.out.push_str(&format!(
            "\nCREATE OR REPLACE FUNCTION {name}({}) RETURNS {}\nLANGUAGE {} IMMUTABLE STRICT PARALLEL SAFE\n\
             AS {};\nCOMMENT ON FUNCTION {name}({}) IS {};\n",
            params.join(", "),
            function.returns,
            function.language,
            dollar_quoted(&format!("\n{body}")),
            types.join(", "),
            literal(&function.comment),
        ));
    }
}
