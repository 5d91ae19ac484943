//! The one place TypeScript and JavaScript differ: where types are written. TypeScript puts them in the code
//! (`function f(a: T): R`); the JavaScript dialect puts the same type expressions in JSDoc (`@param {T} a`), which
//! TypeScript and editors read from `.js`/`.mjs` files. Everything else is emitted once, as plain JavaScript.

use crate::export::text::block_comment_safe;

/// Which language the module is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// A `.ts` module.
    TypeScript,
    /// An ES module (`.mjs`, or `.js` in a `"type": "module"` package) with JSDoc types.
    JavaScript,
}

/// A function to emit: its signature's types are written per dialect, its body is the same JavaScript in both.
pub(crate) struct Function<'a> {
    /// Documentation lines.
    pub(crate) doc: Vec<String>,
    /// A `@deprecated` note.
    pub(crate) deprecated: Option<&'a str>,
    /// Whether the module exports it.
    pub(crate) export: bool,
    /// Its name.
    pub(crate) name: &'a str,
    /// Type parameters and their bounds: `[("K", Some("IdType")), ("R", None)]` is `<K extends IdType, R>`.
    pub(crate) template: Template<'a>,
    /// Parameter names and types.
    pub(crate) params: &'a [(&'a str, &'a str)],
    /// The return type.
    pub(crate) returns: &'a str,
    /// The body: JavaScript statements, indented by two spaces, each line ending in `\n`.
    pub(crate) body: &'a str,
}

/// Type parameters, each with an optional bound.
pub(crate) type Template<'a> = &'a [(&'a str, Option<&'a str>)];

/// `<K extends IdType, R>`, or nothing for no parameters.
fn type_params(template: Template<'_>) -> String {
    if template.is_empty() {
        return String::new();
    }
    let params: Vec<String> = template
        .iter()
        .map(|(param, bound)| match bound {
            Some(bound) => format!("{param} extends {bound}"),
            None => (*param).to_owned(),
        })
        .collect();
    format!("<{}>", params.join(", "))
}

/// `@template {IdType} K` and `@template R`, one tag per parameter.
fn template_tags(template: Template<'_>) -> impl Iterator<Item = String> + '_ {
    template.iter().map(|(param, bound)| match bound {
        Some(bound) => format!("@template {{{bound}}} {param}"),
        None => format!("@template {param}"),
    })
}

/// Emits source text in one dialect.
pub(crate) struct Writer {
    dialect: Dialect,
    out: String,
}

impl Writer {
    /// An empty module.
    pub(crate) fn new(dialect: Dialect) -> Writer {
        Writer {
            dialect,
            out: String::new(),
        }
    }

    /// The source text.
    pub(crate) fn finish(self) -> String {
        self.out
    }

    /// Text as it is, the same in both dialects.
    pub(crate) fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A JSDoc block: the lines, then the tags. Nothing when both are empty.
    pub(crate) fn doc(&mut self, lines: &[String], tags: &[String]) {
        let lines: Vec<String> = lines
            .iter()
            .chain(tags)
            .map(|line| block_comment_safe(line))
            .collect();
        match lines.as_slice() {
            [] => {}
            [line] => self.out.push_str(&format!("/** {line} */\n")),
            lines => {
                self.out.push_str("/**\n");
                for line in lines {
                    if line.is_empty() {
                        self.out.push_str(" *\n");
                    } else {
                        self.out.push_str(&format!(" * {line}\n"));
                    }
                }
                self.out.push_str(" */\n");
            }
        }
    }

    /// `export type NAME<PARAM extends BOUND> = TYPE;`, or a JSDoc `@typedef`.
    pub(crate) fn type_alias(
        &mut self,
        doc: &[String],
        tags: &[String],
        name: &str,
        template: Template<'_>,
        ty: &str,
    ) {
        match self.dialect {
            Dialect::TypeScript => {
                self.doc(doc, tags);
                let params = type_params(template);
                self.out
                    .push_str(&format!("export type {name}{params} = {ty};\n"));
            }
            Dialect::JavaScript => {
                let mut tags = tags.to_vec();
                tags.extend(template_tags(template));
                tags.push(format!("@typedef {{{ty}}} {name}"));
                self.doc(doc, &tags);
            }
        }
    }

    /// An exported object type: `export interface NAME { readonly FIELD: TYPE; }`, or a JSDoc `@typedef` with
    /// `@property` tags.
    pub(crate) fn interface(&mut self, doc: &[String], name: &str, fields: &[(&str, &str, &str)]) {
        match self.dialect {
            Dialect::TypeScript => {
                self.doc(doc, &[]);
                self.out.push_str(&format!("export interface {name} {{\n"));
                for (field, ty, about) in fields {
                    self.out.push_str(&format!(
                        "  /** {} */\n  readonly {field}: {ty};\n",
                        block_comment_safe(about)
                    ));
                }
                self.out.push_str("}\n");
            }
            Dialect::JavaScript => {
                let mut tags = vec![format!("@typedef {{object}} {name}")];
                tags.extend(
                    fields
                        .iter()
                        .map(|(field, ty, about)| format!("@property {{{ty}}} {field} {about}")),
                );
                self.doc(doc, &tags);
            }
        }
    }

    /// `const NAME: TYPE = VALUE;` (exported or not), or with a JSDoc `@type`.
    pub(crate) fn constant(
        &mut self,
        doc: &[String],
        export: bool,
        name: &str,
        ty: &str,
        value: &str,
    ) {
        let export = if export { "export " } else { "" };
        match self.dialect {
            Dialect::TypeScript => {
                self.doc(doc, &[]);
                self.out
                    .push_str(&format!("{export}const {name}: {ty} = {value};\n"));
            }
            Dialect::JavaScript => {
                self.doc(doc, &[format!("@type {{{ty}}}")]);
                self.out
                    .push_str(&format!("{export}const {name} = {value};\n"));
            }
        }
    }

    /// A function declaration.
    pub(crate) fn function(&mut self, function: &Function<'_>) {
        let export = if function.export { "export " } else { "" };
        let name = function.name;
        let mut tags: Vec<String> = Vec::new();
        if let Some(note) = function.deprecated {
            tags.push(format!("@deprecated {note}"));
        }
        match self.dialect {
            Dialect::TypeScript => {
                self.doc(&function.doc, &tags);
                let template = type_params(function.template);
                let params: Vec<String> = function
                    .params
                    .iter()
                    .map(|(param, ty)| format!("{param}: {ty}"))
                    .collect();
                self.out.push_str(&format!(
                    "{export}function {name}{template}({}): {} {{\n",
                    params.join(", "),
                    function.returns
                ));
            }
            Dialect::JavaScript => {
                tags.extend(template_tags(function.template));
                for (param, ty) in function.params {
                    tags.push(format!("@param {{{ty}}} {param}"));
                }
                tags.push(format!("@returns {{{}}}", function.returns));
                self.doc(&function.doc, &tags);
                let params: Vec<&str> = function.params.iter().map(|(param, _)| *param).collect();
                self.out.push_str(&format!(
                    "{export}function {name}({}) {{\n",
                    params.join(", ")
                ));
            }
        }
        self.out.push_str(function.body);
        self.out.push_str("}\n");
    }

    /// `(expr as TYPE)`, or the JSDoc cast `/** @type {TYPE} */ (expr)`.
    pub(crate) fn cast(&self, expr: &str, ty: &str) -> String {
        match self.dialect {
            Dialect::TypeScript => format!("{expr} as {ty}"),
            Dialect::JavaScript => format!("/** @type {{{ty}}} */ ({expr})"),
        }
    }

    /// The dialect being written.
    pub(crate) fn dialect(&self) -> Dialect {
        self.dialect
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_function_in_both_dialects() {
        let function = Function {
            doc: vec!["Doubles.".to_owned()],
            deprecated: None,
            export: true,
            name: "twice",
            template: &[],
            params: &[("x", "number")],
            returns: "number",
            body: "  return 2 * x;\n",
        };
        let mut ts = Writer::new(Dialect::TypeScript);
        ts.function(&function);
        assert_eq!(
            ts.finish(),
            "/** Doubles. */\nexport function twice(x: number): number {\n  return 2 * x;\n}\n"
        );
        let mut js = Writer::new(Dialect::JavaScript);
        js.function(&function);
        assert_eq!(
            js.finish(),
            "/**\n * Doubles.\n * @param {number} x\n * @returns {number}\n */\nexport function twice(x) {\n  return 2 * x;\n}\n"
        );
    }
}
