namespace SurveySchema.Diff;

/// <summary>What the differ found: the operations, and remarks about differences no operation can or
/// should fix (column order, for one).</summary>
public sealed record SchemaDifference(EquatableArray<Operation> Operations, EquatableArray<Remark> Remarks);
