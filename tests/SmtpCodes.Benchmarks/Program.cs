using BenchmarkDotNet.Running;

namespace SmtpCodes.Benchmarks;

/// <summary>Runs the benchmarks the command line selects (--filter, --job); see docs/benchmarks.md.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
