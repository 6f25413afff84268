@_exported import A11yModel
@_exported import A11yCatalog
@_exported import A11yEvaluation
