namespace SurveySchema.Diff.Differs;

/// <summary>Buckets that give the differ's output a readable default order. Correctness comes from the
/// planner's dependency graph; the phase only breaks ties.</summary>
internal enum DiffPhase
{
    /// <summary>Declared roles: before anything grants to them.</summary>
    CreateRoles,
    Rename,
    DropDependents,
    DropConstraints,
    DropIndexes,
    DropColumns,
    DropTables,
    DropObjects,
    DropContainers,
    CreateContainers,
    CreateTypes,
    CreateSequences,
    CreateFunctions,
    CreateTables,

    /// <summary>Columns moved onto a recreated enum: before the column's own changes, which then apply to the new type.</summary>
    ConvertTypes,
    AlterColumns,
    CreateConstraints,
    CreateIndexes,
    CreateViews,
    CreateDependents,
    Grants,
    Comments,
}
