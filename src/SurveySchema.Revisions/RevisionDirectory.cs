using System.Collections.Immutable;
using System.Text;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Revisions;

/// <summary>The outcome of loading a revisions directory: a chain, or the problems that refuse it.</summary>
public sealed record ChainLoadResult(RevisionChain? Chain, ImmutableArray<RevisionProblem> Problems)
{
    public bool Succeeded => Chain is not null;
}

/// <summary>Reads <c>&lt;project&gt;/revisions</c> into a <see cref="RevisionChain"/>, refusing a hole, a fork, an
/// unpaired file, a header that contradicts its file name or parent, any file that revisions.sum
/// does not list with the same sha256, and any file PostgreSQL's parser rejects.</summary>
public static class RevisionDirectory
{
    public static ChainLoadResult Load(string directory)
    {
        var problems = ImmutableArray.CreateBuilder<RevisionProblem>();
        if (!System.IO.Directory.Exists(directory))
        {
            problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest, $"no revisions directory at {directory}"));
            return new ChainLoadResult(null, problems.ToImmutable());
        }

        List<LoadedFile> files;
        try
        {
            files = ReadFiles(directory, problems);
        }
        catch (PgQueryUnavailableException exception)
        {
            problems.Add(new RevisionProblem(DiagnosticCodes.ParserUnavailable, exception.Message));
            return new ChainLoadResult(null, problems.ToImmutable());
        }

        var manifest = ReadManifest(directory, files.Count > 0, problems);
        if (manifest is not null)
        {
            CheckManifest(directory, manifest, files, problems);
        }

        var revisions = Pair(files, problems);
        CheckSequence(directory, revisions, problems);
        return problems.Count > 0
            ? new ChainLoadResult(null, problems.ToImmutable())
            : new ChainLoadResult(new RevisionChain(directory, revisions, manifest ?? ChecksumManifest.Empty), []);
    }

    private sealed record LoadedFile(RevisionFileName Name, RevisionFile File, RevisionHeader Header);

    private static List<LoadedFile> ReadFiles(string directory, ImmutableArray<RevisionProblem>.Builder problems)
    {
        var files = new List<LoadedFile>();
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.sql").Order(StringComparer.Ordinal))
        {
            var name = RevisionFileName.TryParse(Path.GetFileName(path));
            if (name is null)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.BadFileName,
                    "not a revision file name: expected NNNN_slug.up.sql or NNNN_slug.down.sql", path));
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (SurveySchema.Parsing.Text.Utf8Check.FirstInvalid(bytes) is { } invalid)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.InvalidUtf8, SurveySchema.Parsing.Text.Utf8Check.Message(invalid.Byte), path, invalid.Line, invalid.Column));
                continue;
            }

            var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
            var (script, scriptProblems) = ScriptSplitter.Split(text, path);
            problems.AddRange(scriptProblems);
            var file = new RevisionFile(path, text, ChecksumManifest.Sha256(bytes), script);
            files.Add(new LoadedFile(name, file, RevisionHeader.Parse(text)));
        }

        return files;
    }

    private static ChecksumManifest? ReadManifest(string directory, bool hasFiles, ImmutableArray<RevisionProblem>.Builder problems)
    {
        var path = Path.Combine(directory, ChecksumManifest.FileName);
        if (!File.Exists(path))
        {
            if (hasFiles)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest,
                    $"{ChecksumManifest.FileName} is missing: every revision file must be listed with its sha256 (docs/revisions.md)", path));
            }

            return null;
        }

        var (manifest, manifestProblems) = ChecksumManifest.Parse(File.ReadAllText(path), path);
        problems.AddRange(manifestProblems);
        return manifest;
    }

    private static void CheckManifest(string directory, ChecksumManifest manifest, List<LoadedFile> files, ImmutableArray<RevisionProblem>.Builder problems)
    {
        var manifestPath = Path.Combine(directory, ChecksumManifest.FileName);
        foreach (var loaded in files)
        {
            var file = loaded.File;
            if (!manifest.Entries.TryGetValue(file.FileName, out var recorded))
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest,
                    $"revision {loaded.Name.Id}: {file.FileName} is not listed in {ChecksumManifest.FileName} (sha256 {file.Checksum})", file.Path));
            }
            else if (recorded != file.Checksum)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.ChecksumMismatch,
                    $"revision {loaded.Name.Id}: {file.FileName} does not match {ChecksumManifest.FileName}: recorded sha256 {recorded}, file sha256 {file.Checksum}", file.Path));
            }
        }

        foreach (var name in manifest.Entries.Keys)
        {
            if (!File.Exists(Path.Combine(directory, name)))
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.Manifest,
                    $"{ChecksumManifest.FileName} lists {name}, which is not in the directory", manifestPath));
            }
        }
    }

    private static ImmutableArray<Revision> Pair(List<LoadedFile> files, ImmutableArray<RevisionProblem>.Builder problems)
    {
        var revisions = ImmutableArray.CreateBuilder<Revision>();
        foreach (var group in files.GroupBy(file => file.Name.Number).OrderBy(group => group.Key))
        {
            var stems = group.Select(file => $"{file.Name.Id}_{file.Name.Slug}").Distinct(StringComparer.Ordinal).ToList();
            if (stems.Count > 1)
            {
                problems.Add(new RevisionProblem(RevisionProblemCodes.Fork,
                    $"fork: {stems.Count} revisions numbered {group.First().Name.Id} ({string.Join(", ", stems)}); renumber all but one",
                    group.Last().File.Path));
                continue;
            }

            var up = group.FirstOrDefault(file => file.Name.Direction == RevisionDirection.Up);
            var down = group.FirstOrDefault(file => file.Name.Direction == RevisionDirection.Down);
            if (up is null || down is null)
            {
                var present = (up ?? down)!;
                var missing = RevisionFileName.Format(present.Name.Id, present.Name.Slug, up is null ? RevisionDirection.Up : RevisionDirection.Down);
                problems.Add(new RevisionProblem(RevisionProblemCodes.MissingPair,
                    $"revision {present.Name.Id}: {missing} is missing; every revision is an up/down pair", present.File.Path));
                continue;
            }

            var description = string.IsNullOrWhiteSpace(up.Header.Description) ? up.Name.Slug.Replace('_', ' ') : up.Header.Description;
            revisions.Add(new Revision(up.Name.Id, up.Name.Number, up.Name.Slug, description, up.File, down.File));
            CheckHeaderId(up, problems);
            CheckHeaderId(down, problems);
        }

        return revisions.ToImmutable();
    }

    private static void CheckHeaderId(LoadedFile file, ImmutableArray<RevisionProblem>.Builder problems)
    {
        if (file.Header.Id is { } id && id != file.Name.Id)
        {
            problems.Add(new RevisionProblem(RevisionProblemCodes.HeaderMismatch,
                $"the header says revision {id}, the file name says {file.Name.Id}", file.File.Path, file.Header.IdLine, 1));
        }
    }

    private static void CheckSequence(string directory, ImmutableArray<Revision> revisions, ImmutableArray<RevisionProblem>.Builder problems)
    {
        var previous = (Revision?)null;
        foreach (var revision in revisions)
        {
            var expected = (previous?.Number ?? 0) + 1;
            if (revision.Number != expected)
            {
                var missing = expected == revision.Number - 1
                    ? RevisionFileName.FormatId(expected)
                    : $"{RevisionFileName.FormatId(expected)}–{RevisionFileName.FormatId(revision.Number - 1)}";
                problems.Add(new RevisionProblem(RevisionProblemCodes.Hole,
                    $"hole in the chain: {missing} missing between {previous?.Id ?? RevisionChain.Base} and {revision.Id}",
                    Path.Combine(directory, revision.Up.FileName)));
            }

            foreach (var file in new[] { revision.Up, revision.Down })
            {
                var header = RevisionHeader.Parse(file.Text);
                var parent = previous?.Id ?? RevisionHeader.NoParent;
                var says = header.Revises;
                var saysNone = says is null || says.Length == 0 || says is RevisionHeader.NoParent or RevisionChain.Base;
                if (header.Revises is not null && (previous is null ? !saysNone : says != parent))
                {
                    problems.Add(new RevisionProblem(RevisionProblemCodes.HeaderMismatch,
                        $"revision {revision.Id} says it revises {says}, but the chain puts {parent} before it (a fork from a merge? renumber it)",
                        file.Path, header.RevisesLine, 1));
                }
            }

            previous = revision;
        }
    }
}
