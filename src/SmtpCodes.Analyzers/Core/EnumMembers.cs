using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Analyzers.Core;

internal static class EnumMembers
{
    /// <summary>Value to member name; the first declared member wins when two share a value.</summary>
    public static Dictionary<long, string> ByValue(INamedTypeSymbol enumType)
    {
        var names = new Dictionary<long, string>();
        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field && !(value is ulong big && big > long.MaxValue))
            {
                long key = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                if (!names.ContainsKey(key))
                {
                    names.Add(key, field.Name);
                }
            }
        }

        return names;
    }
}
