using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.Tests.Server;

[TestFixture]
public sealed class ConnectionResolverTests
{
    private const string Secret = "s3cr€t:p@ss/w#rd";
    private string root = null!;

    [SetUp]
    public void CreateRoot() => root = Directory.CreateTempSubdirectory("surveyschema-resolver-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(root, recursive: true);

    [Test]
    public void NothingConfiguredResolvesToNull()
    {
        Assert.That(Resolve(null), Is.Null);
    }

    [Test]
    public void OptionWinsOverEveryOtherSource()
    {
        File.WriteAllText(Path.Combine(root, ".env"), "SURVEYSCHEMA_CONNECTION=Host=dotenv\n");

        var resolved = Resolve(
            "Host=option;Database=a",
            ("SURVEYSCHEMA_CONNECTION", "Host=variable"),
            ("DATABASE_URL", "postgresql://url/db"),
            ("PGHOST", "pghost"));

        Assert.That(Builder(resolved).Host, Is.EqualTo("option"));
        Assert.That(resolved!.Source, Is.EqualTo("--connection"));
    }

    [Test]
    public void BlankOptionCountsAsNotGiven()
    {
        var resolved = Resolve("  ", ("SURVEYSCHEMA_CONNECTION", "Host=variable"));

        Assert.That(resolved!.Source, Is.EqualTo("SURVEYSCHEMA_CONNECTION"));
    }

    [TestCase("SURVEYSCHEMA_CONNECTION", "DATABASE_URL")]
    [TestCase("DATABASE_URL", "SQLALCHEMY_DATABASE_URI")]
    [TestCase("SQLALCHEMY_DATABASE_URI", "PGHOST")]
    public void EarlierVariableWins(string earlier, string later)
    {
        var resolved = Resolve(null, (later, "postgresql://later/db"), (earlier, "postgresql://earlier/db"));

        Assert.That(Builder(resolved).Host, Is.EqualTo("earlier"));
        Assert.That(resolved!.Source, Is.EqualTo(earlier));
    }

    [Test]
    public void PgVariablesBuildTheConnection()
    {
        var resolved = Resolve(
            null,
            ("PGHOST", "db.example"), ("PGPORT", "6543"), ("PGDATABASE", "survey"), ("PGUSER", "app"),
            ("PGPASSWORD", Secret), ("PGSSLMODE", "verify-full"));
        var builder = Builder(resolved);

        Assert.That(
            (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode),
            Is.EqualTo(("db.example", 6543, "survey", "app", Secret, SslMode.VerifyFull)));
        Assert.That(resolved!.Source, Is.EqualTo("PG* variables"));
    }

    [Test]
    public void PgDatabaseAloneIsEnoughAndDefaultsTheHostToLocalhost()
    {
        var builder = Builder(Resolve(null, ("PGDATABASE", "survey")));

        Assert.That((builder.Host, builder.Database), Is.EqualTo(("localhost", "survey")));
    }

    [Test]
    public void PgUserAndPasswordAloneDoNotConfigureAConnection()
    {
        Assert.That(Resolve(null, ("PGUSER", "app"), ("PGPASSWORD", Secret)), Is.Null);
    }

    [Test]
    public void DotEnvIsUsedWhenTheEnvironmentSaysNothing()
    {
        File.WriteAllText(
            Path.Combine(root, ".env"),
            "# local settings\nexport DATABASE_URL=\"postgresql://app:pw@envfile:5433/survey\"\nOTHER=1\n");

        var resolved = Resolve(null);
        var builder = Builder(resolved);

        Assert.That((builder.Host, builder.Port, builder.Database), Is.EqualTo(("envfile", 5433, "survey")));
        Assert.That(resolved!.Source, Is.EqualTo($"DATABASE_URL in {Path.Combine(root, ".env")}"));
    }

    [Test]
    public void DotEnvKeepsTheSameOrderAsTheEnvironment()
    {
        File.WriteAllText(
            Path.Combine(root, ".env"),
            "PGHOST=pg\nSQLALCHEMY_DATABASE_URI=postgresql://alchemy/db\nDATABASE_URL=postgresql://url/db\n");

        Assert.That(Builder(Resolve(null)).Host, Is.EqualTo("url"));
    }

    [Test]
    public void DotEnvPgVariablesAreRead()
    {
        File.WriteAllText(Path.Combine(root, ".env"), "PGHOST=envhost\nPGDATABASE=survey\nPGPASSWORD='" + Secret + "'\n");

        var builder = Builder(Resolve(null));

        Assert.That((builder.Host, builder.Database, builder.Password), Is.EqualTo(("envhost", "survey", Secret)));
    }

    [Test]
    public void EnvironmentWinsOverDotEnv()
    {
        File.WriteAllText(Path.Combine(root, ".env"), "SURVEYSCHEMA_CONNECTION=Host=dotenv\n");

        Assert.That(Builder(Resolve(null, ("PGHOST", "variable"))).Host, Is.EqualTo("variable"));
    }

    [TestCase("postgresql")]
    [TestCase("postgres")]
    [TestCase("postgresql+psycopg2")]
    [TestCase("postgresql+asyncpg")]
    public void UriFormsAreRead(string scheme)
    {
        var encoded = Uri.EscapeDataString(Secret);
        var builder = Builder(Resolve($"{scheme}://survey%20user:{encoded}@db.example:5433/survey%2Ddb?sslmode=require"));

        Assert.That(
            (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database, builder.SslMode),
            Is.EqualTo(("survey user", Secret, "db.example", 5433, "survey-db", SslMode.Require)));
    }

    [Test]
    public void UriWithoutUserPortOrDatabaseLeavesDefaults()
    {
        var builder = Builder(Resolve("postgresql://db.example"));

        Assert.That((builder.Host, builder.Port, builder.Username, builder.Database), Is.EqualTo(("db.example", 5432, (string?)null, (string?)null)));
    }

    [Test]
    public void UriPasswordWithUnencodedAtAndSlashStillParses()
    {
        var builder = Builder(Resolve("postgresql://app:p@ss/w@db.example/survey"));

        Assert.That((builder.Password, builder.Host, builder.Database), Is.EqualTo(("p@ss/w", "db.example", "survey")));
    }

    [Test]
    public void UriWithIpv6AndSeveralHosts()
    {
        Assert.That(Builder(Resolve("postgresql://[::1]:5433/db")).Host, Is.EqualTo("::1"));
        Assert.That(Builder(Resolve("postgresql://a:5432,b:5433/db")).Host, Is.EqualTo("a:5432,b:5433"));
    }

    [Test]
    public void UriWithSocketDirectoryInQuery()
    {
        var builder = Builder(Resolve("postgresql:///survey?host=%2Fvar%2Frun%2Fpostgresql&application_name=cli"));

        Assert.That(
            (builder.Host, builder.Database, builder.ApplicationName),
            Is.EqualTo(("/var/run/postgresql", "survey", "cli")));
    }

    [Test]
    public void NpgsqlKeywordStringPassesThrough()
    {
        var builder = Builder(Resolve($"Host=h;Port=6000;Database=d;Username=u;Password='{Secret}'"));

        Assert.That((builder.Host, builder.Port, builder.Database, builder.Username, builder.Password), Is.EqualTo(("h", 6000, "d", "u", Secret)));
    }

    [Test]
    public void UnsupportedSchemeIsAnErrorNamingTheSourceButNotThePassword()
    {
        var error = Assert.Throws<FormatException>(() => Resolve(null, ("DATABASE_URL", $"mysql://app:{Secret}@h/db")));

        Assert.That(error!.Message, Does.Contain("DATABASE_URL").And.Contain("mysql").And.Not.Contain(Secret));
    }

    [Test]
    public void UnknownUriParameterIsAnError()
    {
        var error = Assert.Throws<FormatException>(() => Resolve($"postgresql://app:{Uri.EscapeDataString(Secret)}@h/db?charset=utf8"));

        Assert.That(error!.Message, Does.Contain("charset").And.Not.Contain(Secret));
    }

    [Test]
    public void InvalidKeywordStringIsAnErrorWithoutThePassword()
    {
        var error = Assert.Throws<FormatException>(() => Resolve($"Password={Secret};Bogus Keyword=1"));

        Assert.That(error!.Message, Does.Contain("--connection").And.Not.Contain(Secret));
    }

    [Test]
    public void DisplayShowsWhereButNeverThePassword()
    {
        var resolved = Resolve($"postgresql://app:{Uri.EscapeDataString(Secret)}@db.example:5433/survey")!;

        Assert.That(resolved.Display, Is.EqualTo("db.example:5433/survey as app (--connection)"));
        Assert.That(resolved.ToString(), Does.Not.Contain(Secret).And.Not.Contain("p@ss"));
    }

    [Test]
    public void RedactRemovesThisConnectionsPasswordFromAnyText()
    {
        var resolved = Resolve(null, ("PGHOST", "h"), ("PGPASSWORD", Secret))!;

        var text = resolved.Redact($"failed: {resolved.ConnectionString} / {Secret} / {Uri.EscapeDataString(Secret)}");

        Assert.That(text, Does.Not.Contain(Secret).And.Not.Contain(Uri.EscapeDataString(Secret)).And.Contain(Redaction.Mask));
    }

    private ResolvedConnection? Resolve(string? option, params (string Key, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Key, v => v.Value);
        return ConnectionResolver.Resolve(option, root, key => environment.GetValueOrDefault(key));
    }

    private static NpgsqlConnectionStringBuilder Builder(ResolvedConnection? resolved)
    {
        Assert.That(resolved, Is.Not.Null);
        return new NpgsqlConnectionStringBuilder(resolved!.ConnectionString);
    }
}
