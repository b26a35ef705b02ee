using System.Linq;
using BenchmarkDotNet.Running;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// Runs the benchmarks the command line selects (--filter, --job); see docs/benchmarks.md. The exit code is not 0
/// when a benchmark failed to build or run, so CI's dry run (--job dry) fails with it. A dry run takes the smaller
/// parameter sets of <see cref="SmokeRun"/>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        SmokeRun.FromArguments(args);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.BuildResult.IsBuildSuccess || !report.Success));
        return failed ? 1 : 0;
    }
}
