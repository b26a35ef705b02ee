namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    /// <summary>An SMTP enhanced mail system status code (RFC 3463): class.subject.detail, such as 5.1.1.</summary>
    /// <remarks>The class is 2 (success), 4 (persistent transient failure) or 5 (permanent failure); the subject is 0 to 7; the detail 0 to 999. Vendors use details beyond the IANA registry (IsKnown is false for them).</remarks>
    public readonly partial struct SmtpEnhancedStatusCode : global::System.IEquatable<SmtpEnhancedStatusCode>
    {
        private readonly int classValue;
        private readonly int subjectValue;
        private readonly int detailValue;

        /// <summary>Creates a code from its three numbers.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The class is not 2, 4 or 5, the subject not 0 to 7, or the detail not 0 to 999.</exception>
        public SmtpEnhancedStatusCode(int @class, int subject, int detail)
        {
            if (@class != 2 && @class != 4 && @class != 5)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(@class), @class, "The class of an enhanced status code is 2, 4 or 5.");
            }

            if (subject < 0 || subject > 7)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(subject), subject, "The subject of an enhanced status code is 0 to 7.");
            }

            if (detail < 0 || detail > 999)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(detail), detail, "The detail of an enhanced status code is 0 to 999.");
            }

            classValue = @class;
            subjectValue = subject;
            detailValue = detail;
        }

        // For values already checked (parsing, the static members): no second check. The last parameter only tells this constructor apart.
        private SmtpEnhancedStatusCode(int @class, int subject, int detail, bool valuesAreChecked)
        {
            classValue = @class;
            subjectValue = subject;
            detailValue = detail;
        }

        /// <summary>The class: what the client must do (success, transient or permanent failure).</summary>
        public SmtpReplyClass Class => (SmtpReplyClass)classValue;

        /// <summary>The subject number (0 to 7).</summary>
        public int Subject => subjectValue;

        /// <summary>The detail number (0 to 999).</summary>
        public int Detail => detailValue;

        /// <summary>What the subject concerns (addressing, mailbox, mail system, network, protocol, content, security).</summary>
        public SmtpStatusSubject SubjectKind => (SmtpStatusSubject)subjectValue;

        // The key of the generated lookups by subject and detail (SmtpCatalogLayout.EnhancedKey).
        private int Key => (subjectValue * SmtpCatalogLayout.EnhancedKeyStride) + detailValue;

        /// <summary>Reads a code written as class.subject.detail ("5.1.1"); white space around it is allowed.</summary>
#if SMTPCODES_NULLABLE
        public static bool TryParse(string? text, out SmtpEnhancedStatusCode code)
#else
        public static bool TryParse(string text, out SmtpEnhancedStatusCode code)
#endif
        {
            if (text is null)
            {
                code = default(SmtpEnhancedStatusCode);
                return false;
            }

#if SMTPCODES_SPAN
            return TryParseCore(global::System.MemoryExtensions.AsSpan(text), out code);
#else
            return TryParseCore(text, out code);
#endif
        }

#if SMTPCODES_SPAN
        /// <summary>Reads a code written as class.subject.detail ("5.1.1") without allocating.</summary>
        public static bool TryParse(global::System.ReadOnlySpan<char> text, out SmtpEnhancedStatusCode code) => TryParseCore(text, out code);

#else
        /// <summary>
        /// Reads a code as <see cref="TryParse(string, out SmtpEnhancedStatusCode)"/> does, from a text the bounce reader
        /// holds (a string or the start of its buffer), as the span overload does where there are spans: no string of it.
        /// </summary>
        internal static bool TryParse(SmtpMimeText text, out SmtpEnhancedStatusCode code) => TryParseCore(text, out code);

#endif
        /// <summary>Reads a code written as class.subject.detail ("5.1.1").</summary>
        /// <exception cref="global::System.FormatException">The text is not an enhanced status code.</exception>
        public static SmtpEnhancedStatusCode Parse(string text)
        {
            if (!TryParse(text, out var code))
            {
                throw new global::System.FormatException("'" + text + "' is not an enhanced status code: expected class.subject.detail such as 5.1.1, with class 2, 4 or 5 and subject 0 to 7.");
            }

            return code;
        }

        private static bool TryParseCore(SmtpText text, out SmtpEnhancedStatusCode code)
        {
            code = default(SmtpEnhancedStatusCode);
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            // class '.' subject '.' 1 to 3 detail digits: 5 to 7 characters.
            if (end - start < 5 || end - start > 7 || text[start + 1] != '.' || text[start + 3] != '.')
            {
                return false;
            }

            var classDigit = text[start] - '0';
            var subject = text[start + 2] - '0';
            if ((classDigit != 2 && classDigit != 4 && classDigit != 5) || subject < 0 || subject > 7)
            {
                return false;
            }

            var detail = 0;
            for (var index = start + 4; index < end; index++)
            {
                var digit = text[index] - '0';
                if (digit < 0 || digit > 9)
                {
                    return false;
                }

                detail = (detail * 10) + digit;
            }

            code = new SmtpEnhancedStatusCode(classDigit, subject, detail, true);
            return true;
        }

        /// <summary>The code as RFC 3463 writes it, such as "5.1.1".</summary>
        public override string ToString() => classValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "." + subjectValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "." + detailValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Whether both codes have the same class, subject and detail.</summary>
        public bool Equals(SmtpEnhancedStatusCode other) => classValue == other.classValue && subjectValue == other.subjectValue && detailValue == other.detailValue;

        /// <summary>Whether the object is a code with the same class, subject and detail.</summary>
#if SMTPCODES_NULLABLE
        public override bool Equals(object? obj) => obj is SmtpEnhancedStatusCode other && Equals(other);
#else
        public override bool Equals(object obj) => obj is SmtpEnhancedStatusCode other && Equals(other);
#endif

        /// <summary>A hash of class, subject and detail.</summary>
        public override int GetHashCode() => (((classValue * 8) + subjectValue) * 1000) + detailValue;

        /// <summary>Whether both codes are equal.</summary>
        public static bool operator ==(SmtpEnhancedStatusCode left, SmtpEnhancedStatusCode right) => left.Equals(right);

        /// <summary>Whether the codes differ.</summary>
        public static bool operator !=(SmtpEnhancedStatusCode left, SmtpEnhancedStatusCode right) => !left.Equals(right);
    }
}
