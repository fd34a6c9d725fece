using System.Diagnostics;
using Dapper;
using Npgsql;
using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>Nothing waits forever (issue 10, items 7 and 8): every statement against a target runs under one lock
/// timeout and, blocked, fails within it naming the locked relation and the blocking session; a run whose revision
/// lock is lost stops.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class BoundedWaitTests
{
    [Test]
    public async Task AnUpgradeBlockedByAReaderFailsWithinTheLockTimeoutNamingTheTableAndTheReader()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("one", "CREATE TABLE public.one (id int);");
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"))).ExitCode, Is.Zero);
        project.Add("two", "ALTER TABLE public.one ADD COLUMN x int;");
        await using var reader = new NpgsqlConnection(database.ConnectionString);
        await reader.OpenAsync();
        await using var transaction = await reader.BeginTransactionAsync();
        await reader.ExecuteAsync("SELECT * FROM public.one", transaction: transaction);

        var clock = Stopwatch.StartNew();
        var result = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade", "--lock-timeout", "2s")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), result.ToString());
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain("lock timeout").And.Contain($"one is locked by pid {reader.ProcessID}").And.Contain("query started"), result.ToString());
        Assert.That(await TargetQueries.ColumnExistsAsync(database.ConnectionString, "public.one", "x"), Is.False);
    }

    [Test]
    public async Task ADeployBlockedByAnOpenTransactionFailsWithinTheLockTimeoutNamingTheBlocker()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            await using var holder = new NpgsqlConnection(from.ConnectionString);
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await holder.ExecuteAsync("LOCK TABLE public.projects IN ACCESS EXCLUSIVE MODE", transaction: transaction);

            var clock = Stopwatch.StartNew();
            var result = await CliDatabase.DeployAsync("--plan", json, "--lock-timeout", "1s", "--no-rehearsal", "--connection", from.ConnectionString).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), result.ToString());
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Error, Does.Contain("lock timeout").And.Contain($"projects is locked by pid {holder.ProcessID}"), result.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task ATerminatedLockSessionStopsTheRunBeforeItCommits()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("slow", "CREATE TABLE public.slow (id int);\nDO $$ BEGIN PERFORM pg_sleep(3); END $$;");

        var run = CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));
        // Once the revision's statement sleeps, end the session that holds the lock. This query's own text matches
        // the LIKE too: without excluding itself it found the lock as soon as it was taken, and could end the
        // session while the run still used it for its checks, before the revision began.
        var lockPid = 0;
        for (var attempt = 0; attempt < 600 && lockPid == 0; attempt++)
        {
            await Task.Delay(50);
            lockPid = await TargetQueries.ScalarAsync<int?>(database.ConnectionString,
                $"""
                SELECT l.pid FROM pg_locks l
                WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND l.objid = ({RevisionLock.Key} & 4294967295)::oid
                  AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = current_database() AND a.query LIKE '%PERFORM pg_sleep%' AND a.state = 'active'
                      AND a.pid <> pg_backend_pid())
                LIMIT 1
                """) ?? 0;
        }

        Assert.That(lockPid, Is.Not.Zero, "the run took the lock");
        await TargetQueries.ExecuteAsync(database.ConnectionString, $"SELECT pg_terminate_backend({lockPid})");
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain(RevisionProblemCodes.LockLost).And.Contain("revision lock was lost"), result.ToString());
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.slow"), Is.False, "nothing of the unit committed");
    }
}
