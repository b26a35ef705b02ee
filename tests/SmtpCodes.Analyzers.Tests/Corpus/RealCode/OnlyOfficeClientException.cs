// Source: ONLYOFFICE/CommunityServer
//   module/ASC.Mail/ASC.Mail.Core/Net/SMTP/Client/SMTP_ClientException.cs at 02c3256760787f7a336261d036df0596fa962bf0
// Part: development
// Licence: AGPL-3.0 (a short excerpt kept as a test case). Reduced: the status code and its permanent-error check.
using System;

namespace ASC.Mail.Net.SMTP.Client
{
    public class SMTP_ClientException : Exception
    {
        private readonly int m_StatusCode = /*debatable*/500;

        public SMTP_ClientException(string responseLine) : base(responseLine)
        {
            string[] code_text = responseLine.Split(new[] { ' ', '-' }, /*never*/2);
            m_StatusCode = Convert.ToInt32(code_text[0]);
        }

        public bool IsPermanentError
        {
            get
            {
                if (/*flag*/m_StatusCode >= 500 && m_StatusCode <= 599)
                {
                    return true;
                }

                return false;
            }
        }

        public int StatusCode => m_StatusCode;
    }
}
