using System;
using System.Collections.Generic;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// Whether this run only proves that every benchmark builds and runs (CI's <c>--job dry</c>), in which case the
/// benchmarks whose every case compiles a code base or an engine in process (each case is a process of its own) take a
/// smaller parameter set from their <c>[ParamsSource]</c>: every benchmark method still runs, with fewer cases. A
/// measuring run keeps the full sets. The switch is the environment variable <see cref="Variable"/>: <c>1</c> for the
/// smaller sets, <c>0</c> for the full ones; unset, <see cref="Program"/> sets it to <c>1</c> when the command line
/// asks for the dry job, so the benchmark processes it starts inherit it (docs/benchmarks.md).
/// </summary>
public static class SmokeRun
{
    public const string Variable = "SMTPCODES_BENCHMARK_SMOKE";

    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Sets <see cref="Variable"/> to <c>1</c> when it is unset and the arguments ask for the dry job.</summary>
    public static void FromArguments(IReadOnlyList<string> args)
    {
        if (Environment.GetEnvironmentVariable(Variable) is null && AskForDryJob(args))
        {
            Environment.SetEnvironmentVariable(Variable, "1");
        }
    }

    /// <summary>The full set, or the smoke set in a smoke run.</summary>
    public static IEnumerable<T> Cases<T>(IEnumerable<T> full, IEnumerable<T> smoke) => IsOn ? smoke : full;

    // BenchmarkDotNet's job option: "--job dry", "-j dry" or "--job=dry", the job's name in any case.
    private static bool AskForDryJob(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            bool named = args[i] is "--job" or "-j" && i + 1 < args.Count && IsDry(args[i + 1]);
            if (named || (args[i].StartsWith("--job=", StringComparison.Ordinal) && IsDry(args[i]["--job=".Length..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDry(string job) => job.Equals("dry", StringComparison.OrdinalIgnoreCase);
}
