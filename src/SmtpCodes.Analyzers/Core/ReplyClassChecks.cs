using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// A hand-written range of reply codes, half-open [Low, High), and the generated call that says the same:
/// [500, 600) is <c>IsPermanent()</c>, [400, ∞) is <c>GetClass() &gt;= SmtpReplyClass.Transient</c>.
/// </summary>
internal readonly struct ClassCheck
{
    private static readonly string[] ClassNames = { "Unknown", "Preliminary", "Success", "Intermediate", "Transient", "Permanent" };
    private static readonly string?[] ClassMethods = { null, null, "IsSuccess", "IsIntermediate", "IsTransient", "IsPermanent" };

    private ClassCheck(string method, bool negated, string? op, int digit)
    {
        Method = method;
        Negated = negated;
        Operator = op;
        Digit = digit;
    }

    /// <summary>The generated method: <c>IsPermanent</c> and its kin, or <c>GetClass</c> compared by <see cref="Operator"/>.</summary>
    public string Method { get; }

    /// <summary>For an <c>IsX</c> method: the check is <c>!IsX()</c>.</summary>
    public bool Negated { get; }

    /// <summary>For <c>GetClass</c>: <c>&gt;=</c>, <c>&lt;</c>, <c>==</c> or <c>!=</c>; null for an <c>IsX</c> method.</summary>
    public string? Operator { get; }

    /// <summary>The class digit the check is about (5 for IsPermanent, 4 for GetClass() &gt;= Transient).</summary>
    public int Digit { get; }

    /// <summary>The <c>SmtpReplyClass</c> member of <see cref="Digit"/>.</summary>
    public string ClassName => ClassNames[Digit];

    /// <summary>True for the check of one class (<c>IsSuccess()</c>, <c>GetClass() == Preliminary</c>), not of a run of them.</summary>
    public bool IsSingleClass => Operator is null or "==" or "!=";

    /// <summary>The call as the message shows it.</summary>
    public string Display => Operator is null
        ? (Negated ? "!" : string.Empty) + Method + "()"
        : "GetClass() " + Operator + " SmtpReplyClass." + ClassName;

    /// <summary>The opposite check: <c>!IsSuccess()</c> for <c>IsSuccess()</c>, <c>GetClass() &lt; X</c> for <c>GetClass() &gt;= X</c>.</summary>
    public ClassCheck Negate() => Operator switch
    {
        null => new ClassCheck(Method, !Negated, null, Digit),
        ">=" => new ClassCheck(Method, false, "<", Digit),
        "<" => new ClassCheck(Method, false, ">=", Digit),
        "==" => new ClassCheck(Method, false, "!=", Digit),
        _ => new ClassCheck(Method, false, "==", Digit),
    };

    /// <summary>The check for codes in [low, high); null bounds are open. Null when the range is no class (for example [550, 560)).</summary>
    public static ClassCheck? ForRange(long? low, long? high)
    {
        // 100 and 600 bound every reply code: a check against them is a validity check, not a class.
        if (low is <= 100)
        {
            low = null;
        }

        if (high is >= 600)
        {
            high = null;
        }

        if (low is { } l && (l % 100 != 0 || l > 500))
        {
            return null;
        }

        if (high is { } h && (h % 100 != 0 || h < 200))
        {
            return null;
        }

        if (low is { } from && high is { } to)
        {
            return to - from == 100 ? Single((int)(from / 100), negate: false) : null;
        }

        if (low is { } start)
        {
            int digit = (int)(start / 100);
            return digit == 5 ? Single(digit, negate: false) : Compare(">=", digit);
        }

        if (high is { } end)
        {
            return Compare("<", (int)(end / 100));
        }

        return null;
    }

    /// <summary>The check for codes whose first digit is <paramref name="digit"/>.</summary>
    public static ClassCheck? Single(int digit, bool negate)
    {
        if (digit is < 1 or > 5)
        {
            return null;
        }

        if (ClassMethods[digit] is { } method)
        {
            return new ClassCheck(method, negate, null, digit);
        }

        return Compare(negate ? "!=" : "==", digit);
    }

    private static ClassCheck Compare(string op, int digit) => new("GetClass", negated: false, op, digit);

    /// <summary>The integer value of a literal (through casts, <c>(SmtpStatusCode)500</c>), or null.</summary>
    public static long? LiteralValue(IOperation operation)
        => operation.WalkDownConversions() is ILiteralOperation { ConstantValue: { HasValue: true, Value: { } value } }
            && value is int or long or short or uint or ushort
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The class digit of a literal <c>"5"</c> or <c>'5'</c>, or null.</summary>
    public static int? DigitLiteral(IOperation operation)
    {
        object? value = operation.WalkDownConversions() is ILiteralOperation literal && literal.ConstantValue.HasValue ? literal.ConstantValue.Value : null;
        char? digit = value switch
        {
            char c => c,
            string { Length: 1 } s => s[0],
            _ => null,
        };
        return digit is >= '1' and <= '5' ? digit.Value - '0' : null;
    }
}
