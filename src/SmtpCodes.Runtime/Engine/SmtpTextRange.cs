namespace SmtpCodes
{
    /// <summary>Where a piece of text lies (an address in a header, compared where it is rather than copied).</summary>
    internal struct SmtpTextRange
    {
        /// <summary>No text.</summary>
        internal static readonly SmtpTextRange Empty = Whole(string.Empty);

        internal SmtpMimeText Text;
        internal int Start;
        internal int End;

        /// <summary>All of a text (a string stays itself: <see cref="ToString"/> returns it, not a copy).</summary>
        internal static SmtpTextRange Whole(SmtpMimeText text) => new SmtpTextRange { Text = text, Start = 0, End = text.Length };

        /// <summary>Whether the range holds what <paramref name="value"/> holds from <paramref name="start"/> to <paramref name="end"/>, ignoring case as <c>StringComparison.OrdinalIgnoreCase</c> does.</summary>
        internal bool EqualsIgnoreCase(SmtpMimeText value, int start, int end)
        {
            return End - Start == end - start && SmtpMimeText.Compare(Text, Start, value, start, end - start, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        internal int Length => End - Start;

        /// <summary>The range as a new string.</summary>
        public override string ToString()
        {
            return Length == 0 ? string.Empty : Text.Substring(Start, End - Start);
        }
    }
}
