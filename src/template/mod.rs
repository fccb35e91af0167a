//! TEMPORARY stub until the go-template engine lands.
#[derive(Debug)]
pub struct TemplateError(pub String);
impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for TemplateError {}
pub fn execute(_t: &str, _d: &serde_json::Value) -> Result<String, TemplateError> {
    Err(TemplateError("unimplemented".into()))
}
